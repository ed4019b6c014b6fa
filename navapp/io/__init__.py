"""navapp readers and writers: one module per format behind :mod:`navapp.io.registry`."""

from navapp.io.errors import InputError

__all__ = ["InputError"]
