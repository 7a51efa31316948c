"""One post's main window: the wiring, the action table, status bar, notice bar and outline."""
