"""Pick the Qt input-method module before QApplication exists, so fcitx5 users can type Japanese.

The PySide6 wheels (and so ``make run`` and the PyInstaller bundle) ship only Qt's
``ibus`` and ``compose`` input-context plugins. A desktop that runs fcitx5 usually
exports ``QT_IM_MODULE=fcitx``; Qt then finds no plugin of that name and falls back
to ``compose``, which cannot type Japanese (the same failure as hydrus #1794). The
distribution's fcitx5 Qt 6 plugin is built against the system Qt's private API and
cannot be loaded into the wheel's Qt. fcitx5 also answers the IBus D-Bus protocol
(its ``ibusfrontend`` addon), so Qt's own IBus plugin reaches it: that is the
fallback chosen here.

:func:`choose_input_method` is the decision, a pure function of the environment
and the plugin keys this Qt can load; :func:`apply_input_method` reads both from
the running process, sets the environment and logs the choice. Qt is imported
only inside :func:`available_input_methods` (``QLibraryInfo`` and
``QPluginLoader`` work without an application).
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

IM_MODULE = "QT_IM_MODULE"
IM_MODULES = "QT_IM_MODULES"  # Qt 6.8+: a ';' list, read before QT_IM_MODULE
IBUS_USE_PORTAL = "IBUS_USE_PORTAL"
FCITX_NAMES = frozenset({"fcitx", "fcitx5"})
IBUS = "ibus"
NOTHING_REQUESTED = "no input method requested; left to Qt"
# What the fcitx5 plugin file answers to when its metadata cannot be read.
_KEYS_BY_FILE = {"fcitx5": ("fcitx", "fcitx5"), "fcitx": ("fcitx",)}


@dataclass(frozen=True)
class InputMethodChoice:
    """What to set before QApplication: ``environment`` to apply, ``reason`` to log."""

    module: str | None  # the module Qt will use, None when left to Qt's own default
    reason: str
    environment: dict[str, str] = field(default_factory=dict)

    @property
    def changed(self) -> bool:
        return bool(self.environment)


def requested_modules(env: Mapping[str, str]) -> list[str]:
    """The modules Qt will try, in order: QT_IM_MODULES (';' list) else QT_IM_MODULE."""
    for variable in (IM_MODULES, IM_MODULE):
        names = [part.strip().lower() for part in env.get(variable, "").split(";")]
        names = [name for name in names if name]
        if names:
            return names
    return []


def _fcitx_hint(env: Mapping[str, str]) -> str | None:
    """The variable that names fcitx for other toolkits (X11 XIM, GTK), if any."""
    modifiers = env.get("XMODIFIERS", "").replace(" ", "").lower()
    if any(f"@im={name}" in modifiers for name in FCITX_NAMES):
        return f"XMODIFIERS={env['XMODIFIERS']}"
    if env.get("GTK_IM_MODULE", "").strip().lower() in FCITX_NAMES:
        return f"GTK_IM_MODULE={env['GTK_IM_MODULE']}"
    return None


def _wayland_session(env: Mapping[str, str]) -> bool:
    """True when Qt will run on Wayland, where it has the compositor's text-input protocol."""
    platform = env.get("QT_QPA_PLATFORM", "").lower()
    if platform:
        return platform.startswith("wayland")
    return env.get("XDG_SESSION_TYPE", "").lower() == "wayland" and bool(env.get("WAYLAND_DISPLAY"))


def choose_input_method(
    env: Mapping[str, str], available: Collection[str], ibus_address_known: bool = True
) -> InputMethodChoice:
    """Decide the input-method module for this start.

    ``available`` holds the keys of the input-context plugins this Qt can load
    (lower case). ``ibus_address_known`` says whether Qt's IBus plugin can find a
    bus address (``IBUS_ADDRESS`` or the address file an IBus daemon, or fcitx5's
    IBus frontend, writes); without one the plugin is pointed at the
    ``org.freedesktop.portal.IBus`` name on the session bus, which fcitx5 owns too.
    """
    keys = {key.lower() for key in available}
    requested = requested_modules(env)
    variable = IM_MODULES if env.get(IM_MODULES, "").strip(" ;") else IM_MODULE
    if requested:
        asked = f"{variable}={env[variable]}"
        if "none" in requested or any(name in keys for name in requested):
            return InputMethodChoice(requested[0], f"{asked}: kept, this Qt has the plugin")
        if not FCITX_NAMES.intersection(requested):
            return InputMethodChoice(None, f"{asked}: no such plugin in this Qt; left to Qt")
    else:
        hint = _fcitx_hint(env)
        if hint is None:
            return InputMethodChoice(None, NOTHING_REQUESTED)
        if _wayland_session(env):
            return InputMethodChoice(None, f"{hint} on Wayland: left to Qt's text-input protocol")
        asked = hint
    if IBUS not in keys:
        return InputMethodChoice(None, f"{asked}: neither an fcitx nor an ibus plugin in this Qt")
    environment = {IM_MODULE: IBUS}
    if env.get(IM_MODULES):
        environment[IM_MODULES] = IBUS
    reason = f"{asked} but this Qt has no fcitx plugin: using ibus (fcitx5's IBus frontend)"
    if not ibus_address_known and not env.get(IBUS_USE_PORTAL):
        environment[IBUS_USE_PORTAL] = "1"
        reason += " through the IBus portal (no IBus address file)"
    return InputMethodChoice(IBUS, reason, environment)


def _metadata(path: Path) -> dict[str, Any]:
    """A plugin's JSON metadata, which Qt reads from the file without loading the library."""
    from PySide6.QtCore import QPluginLoader

    return dict(QPluginLoader(str(path)).metaData())


def _plugin_keys(meta: dict[str, Any], path: Path) -> list[str]:
    """The keys an input-context plugin answers to (its metadata, else its file name)."""
    inner = meta.get("MetaData")
    keys = [str(key).lower() for key in inner.get("Keys", [])] if isinstance(inner, dict) else []
    if keys:
        return keys
    stem = path.name.split(".", 1)[0].removeprefix("lib").removesuffix("platforminputcontextplugin")
    return list(_KEYS_BY_FILE.get(stem, (stem,)))


def plugin_folders() -> list[Path]:
    """Where this Qt looks for input-context plugins: its own plugins folder (the wheel's,
    or the bundle's ``_internal/PySide6/Qt/plugins``) and ``QT_PLUGIN_PATH``."""
    from PySide6.QtCore import QLibraryInfo

    roots = [QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)]
    roots += [part for part in os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep) if part]
    return [Path(root) / "platforminputcontexts" for root in roots]


def available_input_methods(folders: list[Path] | None = None) -> set[str]:
    """Keys of the input-context plugins found in ``folders`` (default: :func:`plugin_folders`).

    A plugin built for another Qt (a distribution's fcitx5 plugin on ``QT_PLUGIN_PATH``)
    uses that Qt's private API and fails to load here, so only plugins whose metadata
    names this Qt's major.minor version count.
    """
    from PySide6.QtCore import QLibraryInfo

    running = QLibraryInfo.version()
    major, minor = running.majorVersion(), running.minorVersion()
    keys: set[str] = set()
    for folder in plugin_folders() if folders is None else folders:
        for path in sorted(folder.glob("*.so")) if folder.is_dir() else []:
            meta = _metadata(path)
            version = int(meta.get("version") or 0)  # QT_VERSION it was built with
            if (version >> 16, (version >> 8) & 0xFF) == (major, minor):
                keys.update(_plugin_keys(meta, path))
    return keys


def ibus_address_known(env: Mapping[str, str]) -> bool:
    """Whether Qt's IBus plugin will find a bus address outside portal mode.

    Mirrors how the plugin looks: ``IBUS_ADDRESS``, else ``IBUS_ADDRESS_FILE``, else
    ``$XDG_CONFIG_HOME/ibus/bus/<machine-id>-<host>-<display>``.
    """
    if env.get("IBUS_ADDRESS"):
        return True
    if env.get("IBUS_ADDRESS_FILE"):
        return Path(env["IBUS_ADDRESS_FILE"]).is_file()
    config = env.get("XDG_CONFIG_HOME") or Path(env.get("HOME", "~")).expanduser() / ".config"
    folder = Path(config) / "ibus" / "bus"
    if not folder.is_dir():
        return False
    if env.get("WAYLAND_DISPLAY"):
        host, display = "unix", env["WAYLAND_DISPLAY"]
    else:
        host, _, rest = env.get("DISPLAY", ":0").partition(":")
        host, display = host or "unix", rest.split(".", 1)[0] or "0"
    return any(folder.glob(f"*-{host}-{display}"))


def apply_input_method(env: dict[str, str] | None = None) -> InputMethodChoice:
    """Choose the module for this process and set it in ``env`` (default ``os.environ``).

    Call before QApplication exists; Qt reads the variables when it creates the
    platform integration. Anything but a plain desktop start (macOS, Windows) is left alone.
    """
    target = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return InputMethodChoice(None, "not Linux: the platform's own input method")
    if not requested_modules(target) and _fcitx_hint(target) is None:
        choice = InputMethodChoice(None, NOTHING_REQUESTED)
    else:  # only then is it worth reading the plugins' metadata
        found = available_input_methods()
        choice = choose_input_method(target, found, ibus_address_known(target))
    target.update(choice.environment)
    log.info("input method: %s", choice.reason)
    if choice.changed:  # one line where a user looking for "why no Japanese?" will see it
        print(f"kosei: input method: {choice.reason}", file=sys.stderr)
    return choice
