"""Accounts: argon2id hashes, sign-in without hints, coordinators manage accounts."""

import pytest
from argon2 import extract_parameters

from desktop.services.accounts import (
    SignInRefused,
    accounts_exist,
    authenticate,
    change_role,
    change_secret,
    create_account,
    deactivate,
    reactivate,
)
from sync.errors import InvalidInput, NotAllowed, NotFound
from sync.schema import Account


def test_the_first_account_is_a_coordinator_made_without_signing_in(desk):
    assert accounts_exist(desk) is False
    with pytest.raises(InvalidInput, match="first account"):
        create_account(desk, "anna", "Anna", "volunteer", "1234", None)
    coordinator = create_account(desk, " Giulia ", "Giulia", "coordinator", "1234", None)
    assert coordinator.username == "giulia" and accounts_exist(desk) is True


def test_secrets_are_argon2id_hashes_with_at_least_owasp_parameters(desk, coordinator):
    stored = coordinator.secret_hash
    assert stored.startswith("$argon2id$") and "1234" not in stored
    parameters = extract_parameters(stored)
    assert parameters.memory_cost >= 19_456 and parameters.time_cost >= 2
    assert parameters.parallelism == 1


def test_sign_in_refuses_without_saying_which_part_was_wrong(desk, coordinator):
    assert authenticate(desk, "GIULIA", "1234").id == coordinator.id
    refusals = []
    for username, secret in (("giulia", "9999"), ("nobody", "1234"), ("", "")):
        with pytest.raises(SignInRefused) as refused:
            authenticate(desk, username, secret)
        refusals.append(str(refused.value))
    assert len(set(refusals)) == 1


def test_only_a_coordinator_manages_accounts(desk, coordinator, operator, volunteer):
    with pytest.raises(NotAllowed):
        create_account(desk, "luca", "Luca", "volunteer", "1111", operator.id)
    with pytest.raises(NotAllowed):
        create_account(desk, "luca", "Luca", "volunteer", "1111", None)
    with pytest.raises(NotAllowed):
        deactivate(desk, volunteer.id, operator.id)
    with pytest.raises(NotAllowed):
        change_secret(desk, volunteer.id, "2222", operator.id)


def test_account_input_is_checked(desk, coordinator):
    with pytest.raises(InvalidInput) as refused:
        create_account(desk, "a b", "", "boss", "12", coordinator.id)
    assert len(refused.value.problems) == 4
    with pytest.raises(InvalidInput, match="taken"):
        create_account(desk, "GIULIA", "Giulia bis", "volunteer", "password", coordinator.id)


def test_people_change_their_own_secret_giving_the_current_one(desk, volunteer, coordinator):
    with pytest.raises(SignInRefused):
        change_secret(desk, volunteer.id, "8765", volunteer.id, current_secret="0000")
    change_secret(desk, volunteer.id, "8765", volunteer.id, current_secret="5678")
    assert authenticate(desk, "anna", "8765").id == volunteer.id
    change_secret(desk, volunteer.id, "a long password", coordinator.id)
    assert authenticate(desk, "anna", "a long password").id == volunteer.id
    with pytest.raises(InvalidInput, match="PIN"):
        change_secret(desk, volunteer.id, "123", coordinator.id)


def test_a_deactivated_account_cannot_sign_in_and_the_last_coordinator_stays(
        desk, coordinator, volunteer):
    deactivate(desk, volunteer.id, coordinator.id)
    with pytest.raises(SignInRefused):
        authenticate(desk, "anna", "5678")
    with pytest.raises(InvalidInput, match="last active coordinator"):
        deactivate(desk, coordinator.id, coordinator.id)


def _stored(desk, account_id: str) -> tuple[str, bool]:
    with desk.reading() as session:
        account = session.get(Account, account_id)
        return account.role, account.active


def test_a_coordinator_changes_a_role_and_the_next_sign_in_carries_it(
        desk, coordinator, volunteer):
    assert change_role(desk, volunteer.id, "operator", coordinator.id).role == "operator"
    assert authenticate(desk, "anna", "5678").role == "operator"
    with pytest.raises(InvalidInput, match="role"):
        change_role(desk, volunteer.id, "boss", coordinator.id)
    with pytest.raises(NotFound):
        change_role(desk, "missing", "volunteer", coordinator.id)
    assert _stored(desk, volunteer.id) == ("operator", True)


def test_a_switched_off_account_is_switched_back_on(desk, coordinator, volunteer):
    deactivate(desk, volunteer.id, coordinator.id)
    assert reactivate(desk, volunteer.id, coordinator.id).active is True
    assert authenticate(desk, "anna", "5678").id == volunteer.id
    assert reactivate(desk, volunteer.id, coordinator.id).active is True, "idempotent"


def test_only_a_coordinator_changes_roles_or_switches_accounts_on(
        desk, coordinator, operator, volunteer):
    deactivate(desk, volunteer.id, coordinator.id)
    with pytest.raises(NotAllowed):
        reactivate(desk, volunteer.id, operator.id)
    with pytest.raises(NotAllowed):
        change_role(desk, operator.id, "coordinator", operator.id)
    with pytest.raises(NotAllowed):
        reactivate(desk, volunteer.id, volunteer.id)
    assert _stored(desk, volunteer.id) == ("volunteer", False)
    assert _stored(desk, operator.id) == ("operator", True)


def test_the_last_active_coordinator_keeps_the_role(desk, coordinator, operator):
    with pytest.raises(InvalidInput, match="last active coordinator"):
        change_role(desk, coordinator.id, "volunteer", coordinator.id)
    change_role(desk, operator.id, "coordinator", coordinator.id)
    change_role(desk, coordinator.id, "volunteer", coordinator.id)
    assert _stored(desk, coordinator.id) == ("volunteer", True)
    with pytest.raises(NotAllowed):
        change_role(desk, operator.id, "volunteer", coordinator.id)
    with pytest.raises(InvalidInput, match="last active coordinator"):
        change_role(desk, operator.id, "operator", operator.id)
