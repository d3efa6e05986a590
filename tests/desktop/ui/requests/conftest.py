from tests.desktop.ui.sportello.desk_fixtures import desk_context  # noqa: F401
