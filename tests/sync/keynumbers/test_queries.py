"""Known numbers from hand-made stores: one test per rule of the key numbers' definitions."""

import pytest

from sync.errors import InvalidInput
from sync.keynumbers import INDICATOR_IDS, compute
from sync.keynumbers.queries import half_up_percent

START, END = "2026-03-01", "2026-03-31"


def numbers(store, sites=None):
    return compute(store, START, END, sites)


def test_accesses_count_from_midnight_of_the_first_day_to_2359_of_the_last(build, store):
    build.access("2026-03-01T00:00")
    build.access("2026-03-31T23:59")
    build.access("2026-02-28T23:59")
    build.access("2026-04-01T00:00")
    assert numbers(store).indicators["accesses"] == 2


def test_anonymous_accesses_count_and_tombstoned_ones_do_not(build, store):
    person = build.person()
    build.access("2026-03-10T10:00", person=person)
    build.access("2026-03-10T11:00")
    build.access("2026-03-10T12:00", deleted=True)
    assert numbers(store).indicators["accesses"] == 2


def test_consultations_count_by_theme_inside_the_period(build, store):
    build.consultation("2026-03-01T09:00", "lavoro")
    build.consultation("2026-03-31T23:59", "lavoro")
    build.consultation("2026-04-01T00:00", "lavoro")
    build.consultation("2026-03-15T09:00", "lavoro", deleted=True)
    build.consultation("2026-03-15T09:00", "risparmio")
    build.consultation("2026-03-15T09:00", "casa")
    values = numbers(store).indicators
    assert (values["work_consultations"], values["savings_consultations"]) == (2, 1)


def test_a_person_in_two_orientation_groups_counts_once(build, store):
    first = build.activity("gruppo_orientamento", "2026-03-01")
    second = build.activity("gruppo_orientamento", "2026-03-31")
    anna, bruno = build.person(), build.person()
    build.participation(first, anna)
    build.participation(second, anna)
    build.participation(second, bruno)
    assert numbers(store).indicators["orientation_group_participants"] == 2


def test_groups_outside_the_period_and_tombstoned_enrolments_do_not_count(build, store):
    before = build.activity("gruppo_orientamento", "2026-02-28")
    gone = build.activity("gruppo_orientamento", "2026-03-05", deleted=True)
    inside = build.activity("gruppo_orientamento", "2026-03-05")
    build.participation(before, build.person())
    build.participation(gone, build.person())
    build.participation(inside, build.person(), deleted=True)
    assert numbers(store).indicators["orientation_group_participants"] == 0


def test_a_merged_person_counts_as_the_person_it_was_merged_into(build, store):
    group = build.activity("formazione_borsa_lavoro", "2026-03-02")
    survivor = build.person()
    duplicate = build.person(merged_into=survivor, deleted=True)
    build.participation(group, survivor)
    build.participation(group, duplicate, outcome="assunto")
    values = numbers(store).indicators
    assert (values["training_participants"], values["training_hired"]) == (1, 1)


def test_training_hired_counts_distinct_people_with_outcome_assunto(build, store):
    course, grant = (build.activity("formazione_borsa_lavoro", "2026-03-02") for _ in range(2))
    hired, other = build.person(), build.person()
    build.participation(course, hired, outcome="assunto")
    build.participation(grant, hired, outcome="assunto")
    build.participation(course, other)
    values = numbers(store).indicators
    assert (values["training_participants"], values["training_hired"]) == (2, 1)


def test_financial_education_adds_head_counts_of_courses_without_named_people(build, store):
    named = build.activity("educazione_finanziaria", "2026-03-03", head_count=40)
    build.activity("educazione_finanziaria", "2026-03-04", head_count=12)
    build.activity("educazione_finanziaria", "2026-03-05")
    person = build.person()
    build.participation(named, person)
    build.participation(named, person)
    assert numbers(store).indicators["financial_education_participants"] == 1 + 12


@pytest.mark.parametrize(("satisfied", "opened", "percent"),
                         [(1, 8, 13), (1, 3, 33), (2, 3, 67), (0, 0, 0), (3, 3, 100)])
def test_family_share_satisfied_rounds_half_up(build, store, satisfied, opened, percent):
    for number in range(opened):
        build.request("famiglia", "2026-03-10",
                      state="soddisfatta" if number < satisfied else "non_soddisfatta")
    build.request("famiglia", "2026-02-28", state="soddisfatta")
    build.request("casa", "2026-03-10", state="soddisfatta")
    values = numbers(store).indicators
    assert (values["family_requests"], values["family_requests_satisfied_pct"]) == (
        opened, percent)


def test_half_up_rounding_is_not_bankers_rounding():
    assert [half_up_percent(1, 8), half_up_percent(3, 8), half_up_percent(1, 200)] == [13, 38, 1]


def test_housing_requests_count_on_their_opening_day(build, store):
    build.request("casa", "2026-03-01")
    build.request("casa", "2026-03-31", state="ritirata")
    build.request("casa", "2026-04-01")
    build.request("casa", "2026-03-15", deleted=True)
    assert numbers(store).indicators["housing_requests"] == 2


def test_homes_count_when_their_availability_overlaps_the_period(build, store):
    build.home(None, None)                      # always available
    build.home("2026-01-01", "2026-03-01")      # ends on the first day
    build.home("2026-03-31", None)              # starts on the last day
    build.home("2026-03-10", "2026-03-20")      # inside
    build.home("2025-01-01", "2026-02-28")      # ended the day before
    build.home("2026-04-01", None)              # starts the day after
    build.home(None, None, deleted=True)
    assert numbers(store).indicators["housing_units"] == 4


def test_housing_guests_sum_the_stays_starting_in_the_period(build, store):
    build.stay("2026-03-01", guests=3)
    build.stay("2026-03-31", guests=1)
    build.stay("2026-02-28", guests=5)
    build.stay("2026-03-15", guests=7, deleted=True)
    assert numbers(store).indicators["housing_guests"] == 4


def test_head_counts_sum_with_empty_ones_counting_zero(build, store):
    build.activity("evento", "2026-03-01", head_count=30)
    build.activity("evento", "2026-03-31")
    build.activity("evento", "2026-04-01", head_count=100)
    build.activity("laboratorio_socialita", "2026-03-09", head_count=12)
    build.activity("laboratorio_comunita", "2026-03-09", head_count=5)
    build.activity("laboratorio_comunita", "2026-03-09", head_count=6, deleted=True)
    build.activity("scuola", "2026-03-09", head_count=25)
    build.activity("scuola", "2026-03-10")
    values = numbers(store).indicators
    assert {key: values[key] for key in (
        "events", "event_participants", "sociality_labs", "sociality_lab_participants",
        "community_labs", "community_lab_users", "school_students")} == {
        "events": 2, "event_participants": 30, "sociality_labs": 1,
        "sociality_lab_participants": 12, "community_labs": 1, "community_lab_users": 5,
        "school_students": 25}


def test_an_empty_store_gives_zero_for_every_indicator(store):
    values = numbers(store)
    assert values.indicators == dict.fromkeys(INDICATOR_IDS, 0)
    assert set(values.by_site) == {"lainate", "pregnana", "rho", "settimo"}


def test_the_split_by_site_adds_up_to_the_totals(build, store):
    person = build.person()
    for site, accesses in (("rho", 3), ("lainate", 2), ("settimo", 1)):
        for _ in range(accesses):
            build.access("2026-03-10T10:00", site=site)
        build.consultation("2026-03-10T10:00", "lavoro", site=site)
        build.request("famiglia", "2026-03-10", state="soddisfatta", site=site)
        build.participation(build.activity("gruppo_orientamento", "2026-03-10", site=site),
                            person)
        build.activity("evento", "2026-03-10", head_count=10, site=site)
    build.request("famiglia", "2026-03-10", site="pregnana")
    report = numbers(store)
    assert report.by_site["rho"]["accesses"] == 3
    for indicator in ("accesses", "work_consultations", "family_requests", "events",
                      "event_participants"):
        assert sum(values[indicator] for values in report.by_site.values()) == \
            report.indicators[indicator]
    assert report.indicators["family_requests_satisfied_pct"] == 75
    assert report.by_site["pregnana"]["family_requests_satisfied_pct"] == 0
    # the same person in groups at three cafés: one per café, one overall
    assert [report.by_site[site]["orientation_group_participants"]
            for site in ("rho", "lainate", "settimo")] == [1, 1, 1]
    assert report.indicators["orientation_group_participants"] == 1


def test_a_site_report_ignores_every_other_site(build, store):
    build.access("2026-03-10T10:00", site="rho")
    build.access("2026-03-10T10:00", site="lainate")
    build.home(None, None, site="lainate")
    report = numbers(store, sites=["rho"])
    assert report.sites == ("rho",)
    assert (report.indicators["accesses"], report.indicators["housing_units"]) == (1, 0)
    assert list(report.by_site) == ["rho"]


@pytest.mark.parametrize(("start", "end", "sites", "words"), [
    ("2026-03-31", "2026-03-01", None, "swap --from and --to"),
    ("2026-02-30", "2026-03-01", None, "YYYY-MM-DD"),
    ("01/03/2026", "2026-03-01", None, "YYYY-MM-DD"),
    ("2026-03-01", "2026-03-31", ["milano"], "Unknown site 'milano'"),
])
def test_bad_periods_and_sites_are_refused_with_one_sentence(store, start, end, sites, words):
    with pytest.raises(InvalidInput, match=words):
        compute(store, start, end, sites)
