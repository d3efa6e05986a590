"""One module per ``op-sync`` subcommand; each exposes ``add_to(subparsers)``."""
