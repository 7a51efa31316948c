"""macOS hands double-clicked files over as QFileOpenEvent, not argv."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtWidgets import QApplication

from editor.ui.app.file_open_events import FileOpenCollector


@pytest.fixture
def collector(qapp: QApplication):
    collector = FileOpenCollector(qapp)
    yield collector
    qapp.removeEventFilter(collector)
    collector.deleteLater()


def send_file_open(app: QApplication, path: Path) -> bool:
    return QCoreApplication.sendEvent(app, QFileOpenEvent(str(path)))


def test_files_opened_before_the_window_exists_are_kept_until_delivery(
    qtbot, qapp, collector, tmp_path
):
    send_file_open(qapp, tmp_path / "early.md")
    assert collector.pending() == [tmp_path / "early.md"]
    with qtbot.waitSignal(collector.files_opened, timeout=2000) as blocker:
        collector.start_delivery()
    assert blocker.args == [[tmp_path / "early.md"]]
    assert collector.pending() == []


def test_nothing_is_emitted_before_delivery_starts(qtbot, qapp, collector, tmp_path):
    with qtbot.assertNotEmitted(collector.files_opened, wait=50):
        send_file_open(qapp, tmp_path / "a.md")


def test_files_arriving_together_come_as_one_list(qtbot, qapp, collector, tmp_path):
    collector.start_delivery()
    with qtbot.waitSignal(collector.files_opened, timeout=2000) as blocker:
        send_file_open(qapp, tmp_path / "one.md")
        send_file_open(qapp, tmp_path / "two.md")
    assert blocker.args == [[tmp_path / "one.md", tmp_path / "two.md"]]


def test_event_is_consumed_by_the_collector(qapp, collector, tmp_path):
    event = QFileOpenEvent(str(tmp_path / "x.md"))
    assert QCoreApplication.sendEvent(qapp, event)


def test_file_url_is_accepted(qtbot, qapp, collector, tmp_path):
    collector.start_delivery()
    url = QUrl.fromLocalFile(str(tmp_path / "from-url.md"))
    with qtbot.waitSignal(collector.files_opened, timeout=2000) as blocker:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(url))
    assert blocker.args == [[tmp_path / "from-url.md"]]


def test_non_file_url_is_ignored(qtbot, qapp, collector):
    collector.start_delivery()
    with qtbot.assertNotEmitted(collector.files_opened, wait=50):
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(QUrl("https://example.com/post.md")))
