"""One module per ``op-desk`` subcommand; each exposes ``add_to(subparsers)``."""
