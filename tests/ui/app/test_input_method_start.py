"""Kosei started with QT_IM_MODULE=fcitx, on a Qt holding only the IBus plugin, still has one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from editor.ui.app.input_method import (
    IM_MODULE,
    IM_MODULES,
    apply_input_method,
    available_input_methods,
)

ROOT = Path(__file__).resolve().parents[3]
PROBE = Path(__file__).with_name("input_method_probe.py")
IBUS_PLUGIN = "libibusplatforminputcontextplugin.so"
SYSTEM_PLUGINS = Path("/usr/lib/x86_64-linux-gnu/qt6/plugins/platforminputcontexts")

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux input methods")


def test_this_qt_has_the_ibus_plugin_and_no_fcitx_one() -> None:
    keys = available_input_methods()
    assert "ibus" in keys
    assert not keys & {"fcitx", "fcitx5"}


def test_a_plugin_built_for_another_qt_does_not_count(tmp_path: Path) -> None:
    if not (SYSTEM_PLUGINS / "libfcitx5platforminputcontextplugin.so").exists():
        pytest.skip(f"no distribution fcitx5 Qt 6 plugin in {SYSTEM_PLUGINS}")
    assert not available_input_methods([SYSTEM_PLUGINS]) & {"fcitx", "fcitx5"}


def test_empty_plugin_folder_offers_nothing(tmp_path: Path) -> None:
    assert available_input_methods([tmp_path]) == set()


def test_apply_sets_the_environment_it_is_given(tmp_path: Path) -> None:
    env = {"DISPLAY": ":0", IM_MODULE: "fcitx5", "XDG_CONFIG_HOME": str(tmp_path)}
    choice = apply_input_method(env)
    assert env[IM_MODULE] == "ibus" and choice.module == "ibus"


def _start(tmp_path: Path, **variables: str) -> tuple[dict[str, object], str]:
    post = tmp_path / "post.md"
    post.write_text("# 日本語の投稿\n\n本文。\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in (IM_MODULE, IM_MODULES)}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"), **variables)
    command = [sys.executable, str(PROBE), "--timeout", "60", "--", str(post), "--new-window"]
    command += ["--settings", str(tmp_path / "s.json"), "--data-dir", str(tmp_path / "data")]
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, timeout=120)
    stderr = done.stderr.decode(errors="replace")
    assert done.returncode == 0, stderr[-2000:]
    [line] = [json.loads(raw) for raw in done.stdout.splitlines() if raw.startswith(b"{")]
    return line, stderr


def test_kosei_started_with_fcitx_ends_with_the_ibus_input_context(tmp_path: Path) -> None:
    facts, stderr = _start(tmp_path, QT_IM_MODULE="fcitx")
    assert facts["qt_im_module"] == "ibus"
    assert facts["plugins"] == [IBUS_PLUGIN]  # Qt created the IBus input context
    assert facts["input_method"] and facts["focus_object_is_editor"]
    assert facts["editor_accepts_input_method"]
    assert "kosei: input method: QT_IM_MODULE=fcitx but this Qt has no fcitx plugin" in stderr


def test_kosei_started_with_ibus_keeps_it_and_says_nothing(tmp_path: Path) -> None:
    facts, stderr = _start(tmp_path, QT_IM_MODULE="ibus")
    assert facts["plugins"] == [IBUS_PLUGIN]
    assert "kosei: input method:" not in stderr
