"""OP Desk, the desk side: the Qt window (``desktop.ui``) and the services it drives."""
