"""Modal dialogs shared by several features: Preferences and the window's questions."""
