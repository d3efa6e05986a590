"""The frame every small form dialog shares, and the refusals it says in the window's language."""
