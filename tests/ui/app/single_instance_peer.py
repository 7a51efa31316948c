"""A second program for tests/ui/test_single_instance.py: runs as a real process.

    single_instance_peer.py primary RUNTIME_DIR    # "primary", then a JSON line per hand-off
    single_instance_peer.py hold-lock RUNTIME_DIR  # holds the lock, never listens (hung)
    single_instance_peer.py send RUNTIME_DIR TIMEOUT_MS FILE...

``send`` exits 0 when the primary acknowledged, 1 when it did not, 2 when it
found no live primary and became the primary itself.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))

from PySide6.QtCore import QCoreApplication, QLockFile  # noqa: E402

from editor import APP_ID  # noqa: E402
from editor.ui.app.single_instance import SingleInstance  # noqa: E402


def run_primary(runtime_dir: Path) -> int:
    app = QCoreApplication([])
    guard = SingleInstance(runtime_dir=runtime_dir)
    if not guard.try_become_primary():
        print("not-primary", flush=True)
        return 3
    guard.files_received.connect(
        lambda paths: print(json.dumps([str(p) for p in paths]), flush=True)
    )
    print("primary", flush=True)
    return app.exec()


def hold_lock(runtime_dir: Path) -> int:
    lock = QLockFile(str(runtime_dir / f"{APP_ID}.lock"))
    if not lock.tryLock(0):
        return 3
    print("locked", flush=True)
    time.sleep(60)
    return 0


def send(runtime_dir: Path, timeout_ms: int, files: list[str]) -> int:
    # No QCoreApplication, as in kosei's own hand-off before the GUI starts.
    guard = SingleInstance(runtime_dir=runtime_dir)
    if guard.try_become_primary():
        return 2
    if guard.send_to_primary(files, timeout_ms=timeout_ms):
        return 0
    return 2 if guard.is_primary() else 1


def main(argv: list[str]) -> int:
    mode, runtime_dir = argv[0], Path(argv[1])
    if mode == "primary":
        return run_primary(runtime_dir)
    if mode == "hold-lock":
        return hold_lock(runtime_dir)
    return send(runtime_dir, int(argv[2]), argv[3:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
