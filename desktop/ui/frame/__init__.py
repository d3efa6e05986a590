"""The window's frame: navigation, menus, look and idle lock; the screens live elsewhere."""
