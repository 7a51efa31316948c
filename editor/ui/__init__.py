"""The Qt layer: widgets, actions, threads and translations around ``editor.core``."""
