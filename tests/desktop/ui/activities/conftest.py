import pytest

from desktop.ui import i18n
from tests.desktop.ui.sportello.desk_fixtures import desk_context  # noqa: F401


@pytest.fixture(autouse=True)
def english(qapp):
    """Source strings unless a test asks for Italian (other tests may leave it installed)."""
    i18n.install_language("en")
    yield
    i18n.install_language("en")
