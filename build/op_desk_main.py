"""Entry point of the frozen ``op-desk`` (and ``op-desk-cli`` on Windows)."""

import sys

from desktop.cli import main

sys.exit(main())
