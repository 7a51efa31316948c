"""QtWebEngine's sandbox is turned off for root only."""

from __future__ import annotations

import os

from editor.ui.app.sandbox import FLAGS_VARIABLE, apply_sandbox_policy, chromium_flags_for_user


def test_root_gets_no_sandbox_appended_to_existing_flags():
    assert chromium_flags_for_user("--disable-gpu", euid=0) == "--disable-gpu --no-sandbox"


def test_ordinary_user_keeps_the_sandbox():
    assert chromium_flags_for_user("--disable-gpu", euid=1000) == "--disable-gpu"
    assert chromium_flags_for_user("", euid=1000) == ""


def test_flag_is_not_added_twice():
    assert chromium_flags_for_user("--no-sandbox", euid=0) == "--no-sandbox"


def test_apply_sets_environment_for_this_process(monkeypatch):
    monkeypatch.delenv(FLAGS_VARIABLE, raising=False)
    apply_sandbox_policy()
    expected = "--no-sandbox" if os.geteuid() == 0 else None
    assert os.environ.get(FLAGS_VARIABLE) == expected
