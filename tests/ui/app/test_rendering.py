"""The preview is drawn in software only on Linux without a GPU render node."""

from __future__ import annotations

from pathlib import Path

from editor.ui.app.rendering import (
    BACKEND_VARIABLE,
    apply_preview_rendering,
    has_gpu_render_node,
    software_preview_wanted,
)


def _dri(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "dri"
    folder.mkdir()
    for name in names:
        (folder / name).write_text("", encoding="utf-8")
    return folder


def test_a_render_node_is_a_gpu(tmp_path: Path) -> None:
    assert has_gpu_render_node(_dri(tmp_path, "card0", "renderD128"))


def test_a_card_alone_or_no_folder_is_no_gpu(tmp_path: Path) -> None:
    assert not has_gpu_render_node(_dri(tmp_path, "card0"))
    assert not has_gpu_render_node(tmp_path / "missing")


def test_software_only_on_linux_without_a_render_node(tmp_path: Path) -> None:
    none = _dri(tmp_path, "card0")
    assert software_preview_wanted({}, "linux", none)
    assert not software_preview_wanted({}, "darwin", none)
    assert not software_preview_wanted({}, "win32", none)
    gpu = tmp_path / "gpu"
    gpu.mkdir()
    (gpu / "renderD128").write_text("", encoding="utf-8")
    assert not software_preview_wanted({}, "linux", gpu)


def test_a_backend_the_user_chose_is_kept(tmp_path: Path) -> None:
    none = tmp_path / "missing"
    assert not software_preview_wanted({BACKEND_VARIABLE: "rhi"}, "linux", none)
    assert not software_preview_wanted({"QSG_RHI_BACKEND": "opengl"}, "linux", none)
    env = {BACKEND_VARIABLE: "rhi"}
    apply_preview_rendering(env)
    assert env == {BACKEND_VARIABLE: "rhi"}
