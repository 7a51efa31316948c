"""The start-up input-method choice: a pure function of the environment and the plugins (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.ui.app.input_method import (
    IBUS_USE_PORTAL,
    IM_MODULE,
    IM_MODULES,
    choose_input_method,
    ibus_address_known,
    requested_modules,
)

WHEEL = {"ibus", "compose", "xim", "qtvirtualkeyboard"}  # what the PySide6 wheels ship
X11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


@pytest.mark.parametrize("requested", ["fcitx", "fcitx5", "FCITX"])
def test_fcitx_without_its_plugin_switches_to_ibus(requested: str) -> None:
    choice = choose_input_method({**X11, IM_MODULE: requested}, WHEEL)
    assert choice.module == "ibus"
    assert choice.environment == {IM_MODULE: "ibus"}
    assert "no fcitx plugin" in choice.reason


def test_fcitx_with_a_loadable_plugin_is_kept() -> None:
    choice = choose_input_method({**X11, IM_MODULE: "fcitx"}, WHEEL | {"fcitx", "fcitx5"})
    assert choice.module == "fcitx"
    assert not choice.changed


def test_ibus_request_is_left_as_it_is() -> None:
    choice = choose_input_method({**X11, IM_MODULE: "ibus"}, WHEEL)
    assert (choice.module, choice.environment) == ("ibus", {})


def test_none_turns_input_methods_off_and_stays_off() -> None:
    choice = choose_input_method({**X11, IM_MODULE: "none"}, WHEEL)
    assert not choice.changed


def test_fcitx_without_any_ibus_plugin_changes_nothing() -> None:
    choice = choose_input_method({**X11, IM_MODULE: "fcitx"}, {"compose"})
    assert choice.module is None and not choice.changed
    assert "neither" in choice.reason


def test_unknown_module_is_left_to_qt() -> None:
    choice = choose_input_method({**X11, IM_MODULE: "uim"}, WHEEL)
    assert not choice.changed


def test_plural_list_outranks_the_singular_variable() -> None:
    env = {**X11, IM_MODULES: "fcitx;wayland", IM_MODULE: "ibus"}
    assert requested_modules(env) == ["fcitx", "wayland"]
    choice = choose_input_method(env, WHEEL)
    assert choice.environment == {IM_MODULE: "ibus", IM_MODULES: "ibus"}


def test_plural_list_with_a_present_module_is_kept() -> None:
    choice = choose_input_method({**X11, IM_MODULES: "fcitx;ibus"}, WHEEL)
    assert not choice.changed


@pytest.mark.parametrize(
    "hint", [{"XMODIFIERS": "@im=fcitx"}, {"XMODIFIERS": "@im=fcitx5"}, {"GTK_IM_MODULE": "fcitx"}]
)
def test_fcitx_named_only_for_other_toolkits_on_x11_selects_ibus(hint: dict[str, str]) -> None:
    choice = choose_input_method({**X11, **hint}, WHEEL)
    assert choice.environment == {IM_MODULE: "ibus"}
    assert next(iter(hint)) in choice.reason


def test_fcitx_hint_on_wayland_is_left_to_the_text_input_protocol() -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", "XMODIFIERS": "@im=fcitx"}
    choice = choose_input_method(env, WHEEL)
    assert not choice.changed
    assert "Wayland" in choice.reason


def test_explicit_fcitx_on_wayland_still_switches() -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0", IM_MODULE: "fcitx"}
    assert choose_input_method(env, WHEEL).environment == {IM_MODULE: "ibus"}


def test_wayland_session_forced_onto_xcb_counts_as_x11() -> None:
    env = {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "w", "QT_QPA_PLATFORM": "xcb"}
    choice = choose_input_method({**env, "GTK_IM_MODULE": "fcitx"}, WHEEL)
    assert choice.module == "ibus"


def test_nothing_requested_changes_nothing() -> None:
    choice = choose_input_method(dict(X11), WHEEL)
    assert not choice.changed and choice.module is None


def test_ibus_portal_when_no_address_file_is_there() -> None:
    choice = choose_input_method({**X11, IM_MODULE: "fcitx"}, WHEEL, ibus_address_known=False)
    assert choice.environment == {IM_MODULE: "ibus", IBUS_USE_PORTAL: "1"}
    assert "portal" in choice.reason


def test_address_file_for_this_display_is_found(tmp_path: Path) -> None:
    bus = tmp_path / "ibus" / "bus"
    bus.mkdir(parents=True)
    env = {"XDG_CONFIG_HOME": str(tmp_path), "DISPLAY": ":5.0"}
    assert not ibus_address_known(env)
    (bus / "0123abcd-unix-5").write_text("IBUS_ADDRESS=unix:path=/x\n", encoding="utf-8")
    assert ibus_address_known(env)
    assert not ibus_address_known({**env, "DISPLAY": ":6"})


def test_wayland_address_file_is_named_for_the_wayland_display(tmp_path: Path) -> None:
    (tmp_path / "ibus" / "bus").mkdir(parents=True)
    (tmp_path / "ibus" / "bus" / "0123abcd-unix-wayland-0").write_text("x", encoding="utf-8")
    env = {"XDG_CONFIG_HOME": str(tmp_path), "WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":1"}
    assert ibus_address_known(env)


def test_ibus_address_variable_needs_no_file(tmp_path: Path) -> None:
    assert ibus_address_known({"IBUS_ADDRESS": "unix:path=/x", "XDG_CONFIG_HOME": str(tmp_path)})
