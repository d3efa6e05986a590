"""The desk's services, without Qt: what the window, the CLI and the tests call."""
