"""``python -m navapp``."""

import sys

from navapp.cli import main

sys.exit(main())
