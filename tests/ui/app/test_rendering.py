"""The preview is drawn in software only on Linux without a GPU."""

from __future__ import annotations

from pathlib import Path

from editor.ui.app.rendering import (
    BACKEND_VARIABLE,
    GL_VARIABLE,
    apply_preview_rendering,
    has_gpu,
    is_missing_opengl_note,
    software_preview_wanted,
)


def _dev(tmp_path: Path, *names: str) -> Path:
    dev = tmp_path / "dev"
    (dev / "dri").mkdir(parents=True)
    for name in names:
        (dev / name).write_text("", encoding="utf-8")
    return dev


def test_a_render_node_or_an_nvidia_device_is_a_gpu(tmp_path: Path) -> None:
    assert has_gpu(_dev(tmp_path / "a", "dri/card0", "dri/renderD128"))
    assert has_gpu(_dev(tmp_path / "b", "nvidia0", "nvidiactl"))


def test_a_card_alone_nvidiactl_alone_or_no_dev_is_no_gpu(tmp_path: Path) -> None:
    assert not has_gpu(_dev(tmp_path / "a", "dri/card0", "nvidiactl"))
    assert not has_gpu(tmp_path / "missing")


def test_software_only_on_linux_without_a_gpu(tmp_path: Path) -> None:
    none = _dev(tmp_path / "none", "dri/card0")
    assert software_preview_wanted({}, "linux", none)
    assert not software_preview_wanted({}, "darwin", none)
    assert not software_preview_wanted({}, "win32", none)
    assert not software_preview_wanted({}, "linux", _dev(tmp_path / "gpu", "dri/renderD128"))


def test_a_backend_or_gl_integration_the_user_chose_is_kept(tmp_path: Path) -> None:
    none = tmp_path / "missing"
    assert not software_preview_wanted({BACKEND_VARIABLE: "rhi"}, "linux", none)
    assert not software_preview_wanted({"QSG_RHI_BACKEND": "opengl"}, "linux", none)
    assert not software_preview_wanted({GL_VARIABLE: "glx"}, "linux", none)
    env = {GL_VARIABLE: "glx"}
    assert not apply_preview_rendering(env)
    assert env == {GL_VARIABLE: "glx"}


def test_only_the_missing_opengl_warnings_are_dropped() -> None:
    assert is_missing_opengl_note("QRhiGles2: Failed to create temporary context")
    assert is_missing_opengl_note("Failed to create RHI for backend: OpenGL")
    assert not is_missing_opengl_note("QFont::setPointSize: Point size <= 0 (0)")
