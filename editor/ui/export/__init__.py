"""File > Export: the export controller, its options dialog and PDF printing."""
