"""The register's schema and its replication: both ends of the wire and the central store.

Nothing in this package imports Qt: the desk window, the CLI and the tests all drive it directly.
"""

__version__ = "0.1.0"
