"""The PySide6 desktop GUI; the only place in navapp that imports Qt."""
