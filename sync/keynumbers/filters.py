"""The WHERE clauses of the key numbers, written once for the counts and the drill-down.

What reads which rows:

- accesses and consultations count when their local date-time falls in the period's days;
  requests by ``opened_on``, activities by ``starts_on``, stays by ``start_on``; a home when
  its availability ``[available_from, available_to]`` (an empty end is open) overlaps it;
- tombstoned rows never count, nor do participations in a tombstoned activity;
- every row belongs to the site in its ``site`` column: the café that recorded it. Shared
  rows (homes, activities, stays) carry the café that registered them, and a participation
  belongs to its activity's café;
- a person merged into another counts as that other person (``people.merged_into``, one
  step: a merge points at the surviving record); an enrolment counts whatever became of its
  person's record afterwards (erased or tombstoned), because the person did take part.
"""

from sqlalchemy import ColumnElement, and_, exists, false, func, or_, select
from sqlalchemy.sql import FromClause

from sync.keynumbers.scope import Scope
from sync.schema import Access, Activity, Consultation, Home, Participation, Person, Request, Stay

ACCESSES = Access.__table__
CONSULTATIONS = Consultation.__table__
REQUESTS = Request.__table__
ACTIVITIES = Activity.__table__
PARTICIPATIONS = Participation.__table__
PEOPLE = Person.__table__
HOMES = Home.__table__
STAYS = Stay.__table__

SATISFIED = "soddisfatta"
HIRED = "assunto"

CONSULTATION_THEMES = {"work_consultations": "lavoro", "savings_consultations": "risparmio"}
REQUESTS_OPENED = {"family_requests": "famiglia", "housing_requests": "casa"}
SHARE_SATISFIED = {"family_requests_satisfied_pct": "famiglia"}
ACTIVITIES_HELD = {"events": "evento", "sociality_labs": "laboratorio_socialita",
                   "community_labs": "laboratorio_comunita"}
HEAD_COUNT_SUMS = {"school_students": "scuola", "event_participants": "evento",
                   "sociality_lab_participants": "laboratorio_socialita",
                   "community_lab_users": "laboratorio_comunita"}
DISTINCT_PEOPLE = {"orientation_group_participants": "gruppo_orientamento",
                   "training_participants": "formazione_borsa_lavoro",
                   "financial_education_participants": "educazione_finanziaria"}
HIRED_PEOPLE = {"training_hired": "formazione_borsa_lavoro"}
HEAD_COUNT_WHEN_UNNAMED = "educazione_finanziaria"
"""The one kind whose unnamed sessions add their head count to the distinct people."""

ACTIVITY_KINDS_READ = frozenset(ACTIVITIES_HELD.values()) | frozenset(HEAD_COUNT_SUMS.values()) \
    | {HEAD_COUNT_WHEN_UNNAMED}
PEOPLE_KINDS_READ = frozenset(DISTINCT_PEOPLE.values()) | frozenset(HIRED_PEOPLE.values())
REQUEST_KINDS_READ = frozenset(REQUESTS_OPENED.values()) | frozenset(SHARE_SATISFIED.values())


def _live_in_sites(table, scope: Scope) -> ColumnElement[bool]:
    return and_(table.c.deleted == false(), table.c.site.in_(scope.sites))


def _moment_in(column, scope: Scope) -> ColumnElement[bool]:
    return and_(column >= scope.first_moment, column < scope.moment_after)


def accesses_in(scope: Scope) -> ColumnElement[bool]:
    return and_(_live_in_sites(ACCESSES, scope), _moment_in(ACCESSES.c.occurred_at, scope))


def consultations_in(scope: Scope, themes) -> ColumnElement[bool]:
    return and_(_live_in_sites(CONSULTATIONS, scope),
                CONSULTATIONS.c.theme.in_(sorted(set(themes))),
                _moment_in(CONSULTATIONS.c.occurred_at, scope))


def requests_opened_in(scope: Scope, kinds) -> ColumnElement[bool]:
    return and_(_live_in_sites(REQUESTS, scope), REQUESTS.c.kind.in_(sorted(set(kinds))),
                REQUESTS.c.opened_on.between(scope.start, scope.end))


def activities_started_in(scope: Scope, kinds) -> ColumnElement[bool]:
    return and_(_live_in_sites(ACTIVITIES, scope), ACTIVITIES.c.kind.in_(sorted(set(kinds))),
                ACTIVITIES.c.starts_on.between(scope.start, scope.end))


def has_no_named_participant() -> ColumnElement[bool]:
    named = select(PARTICIPATIONS.c.id).where(
        PARTICIPATIONS.c.activity_id == ACTIVITIES.c.id, PARTICIPATIONS.c.deleted == false())
    return ~exists(named)


def homes_available_in(scope: Scope) -> ColumnElement[bool]:
    return and_(_live_in_sites(HOMES, scope),
                or_(HOMES.c.available_from.is_(None), HOMES.c.available_from <= scope.end),
                or_(HOMES.c.available_to.is_(None), HOMES.c.available_to >= scope.start))


def stays_started_in(scope: Scope) -> ColumnElement[bool]:
    return and_(_live_in_sites(STAYS, scope), STAYS.c.start_on.between(scope.start, scope.end))


def participations_joined() -> FromClause:
    """Participations with their activity and (for merges) their person."""
    return PARTICIPATIONS.join(ACTIVITIES, ACTIVITIES.c.id == PARTICIPATIONS.c.activity_id) \
        .outerjoin(PEOPLE, PEOPLE.c.id == PARTICIPATIONS.c.person_id)


def counted_person():
    """The person a participation counts as: the survivor of a merge, else itself."""
    return func.coalesce(PEOPLE.c.merged_into, PARTICIPATIONS.c.person_id)


def participations_in(scope: Scope, kinds) -> ColumnElement[bool]:
    """Over ``participations_joined()``: live enrolments in activities started in scope."""
    return and_(PARTICIPATIONS.c.deleted == false(), activities_started_in(scope, kinds))
