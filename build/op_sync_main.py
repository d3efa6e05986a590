"""Entry point of the frozen ``op-sync``."""

import sys

from sync.cli import main

sys.exit(main())
