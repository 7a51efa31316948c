"""Headless subcommands of ``kosei``; Qt-free."""
