"""State shared by all pages of one main window: data dir, station, operator, current event."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.paths import DataDir


class AppContext(QObject):
    """Pages talk to each other only through this object's signals.

    ``data_changed(topic)`` topics: "event", "attendees", "checkins", "signatures",
    "certificates", "sync". Pages refresh what they show when a topic they use changes.
    """

    event_changed = Signal(str)  # event id, "" for none
    data_changed = Signal(str)
    status_message = Signal(str)  # short text for the status bar

    def __init__(self, home: DataDir, operator: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = home
        self.operator = operator
        self._event_id = ""

    @property
    def event_id(self) -> str:
        return self._event_id

    def set_event(self, event_id: str) -> None:
        if event_id != self._event_id:
            self._event_id = event_id
            self.event_changed.emit(event_id)

    def current_event(self):  # type: ignore[no-untyped-def]
        """The current ``Event`` row or None (read on the GUI thread: cheap lookup by key)."""
        from desktop_app.models import Event

        return Event.get_or_none(Event.id == self._event_id) if self._event_id else None

    def notify(self, topic: str) -> None:
        self.data_changed.emit(topic)
