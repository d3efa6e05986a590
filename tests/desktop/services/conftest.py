"""Fixtures for the desk services: a desk register (with its search index) and accounts."""

import pytest
from stdnum.it import codicefiscale

from desktop.services.accounts import create_account
from desktop.services.desk import create_desk
from desktop.services.people import PersonDraft, create_person


def tax_code(first15: str) -> str:
    """A valid codice fiscale from its first 15 characters."""
    return first15 + codicefiscale.calc_check_digit(first15)


@pytest.fixture
def desk(data_dir):
    """An empty Rho register opened the way the desk opens it."""
    opened = create_desk(data_dir, "rho")
    yield opened
    opened.close()


@pytest.fixture
def coordinator(desk):
    return create_account(desk, "giulia", "Giulia", "coordinator", "1234", None)


@pytest.fixture
def operator(desk, coordinator):
    return create_account(desk, "paolo", "Paolo", "operator", "4321", coordinator.id)


@pytest.fixture
def volunteer(desk, coordinator):
    return create_account(desk, "anna", "Anna", "volunteer", "5678", coordinator.id)


@pytest.fixture
def add_person(desk):
    """Make a person: ``add_person("Rossi", "Marco", phone=...)``."""
    def add(family_name: str, given_name: str, **details):
        return create_person(desk, PersonDraft(given_name=given_name, family_name=family_name,
                                               **details), None)
    return add
