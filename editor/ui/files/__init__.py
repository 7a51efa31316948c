"""The file under a window: open/save, disk changes, autosave, journal and recovery, their dialogs."""
