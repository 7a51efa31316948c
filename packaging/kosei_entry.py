"""Frozen entry point: PyInstaller runs this file as the bundle's ``kosei`` executable."""

import sys

from editor.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
