"""Hand-made store contents for the key-number tests: one call per row, nothing implicit."""

from datetime import date, datetime

from sqlalchemy import Engine

from sync.ids import new_id
from sync.schema import (
    Access,
    Activity,
    Consultation,
    Home,
    Participation,
    Person,
    Request,
    Stay,
)


class StoreBuilder:
    """Inserts rows straight into a migrated store with the replicated bookkeeping filled."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _insert(self, model, *, site: str = "rho", deleted: bool = False, **values) -> str:
        row_id = new_id()
        with self.engine.begin() as connection:
            connection.execute(model.__table__.insert(), {
                "id": row_id, "site": site, "hlc": "0", "deleted": deleted, **values})
        return row_id

    def person(self, merged_into: str | None = None, **kw) -> str:
        return self._insert(Person, merged_into=merged_into, **kw)

    def access(self, when: str, person: str | None = None, themes: str = "", **kw) -> str:
        return self._insert(Access, occurred_at=datetime.fromisoformat(when),
                            person_id=person, themes=themes, **kw)

    def consultation(self, when: str, theme: str, **kw) -> str:
        return self._insert(Consultation, occurred_at=datetime.fromisoformat(when),
                            theme=theme, **kw)

    def request(self, kind: str, opened_on: str, state: str = "aperta", **kw) -> str:
        return self._insert(Request, kind=kind, opened_on=date.fromisoformat(opened_on),
                            state=state, **kw)

    def activity(self, kind: str, starts_on: str, head_count: int | None = None, **kw) -> str:
        return self._insert(Activity, kind=kind, title=kind,
                            starts_on=date.fromisoformat(starts_on), head_count=head_count, **kw)

    def participation(self, activity: str, person: str, outcome: str | None = None,
                      **kw) -> str:
        return self._insert(Participation, activity_id=activity, person_id=person,
                            outcome=outcome, **kw)

    def home(self, available_from: str | None, available_to: str | None, **kw) -> str:
        return self._insert(
            Home, description="home", places=2,
            available_from=date.fromisoformat(available_from) if available_from else None,
            available_to=date.fromisoformat(available_to) if available_to else None, **kw)

    def stay(self, start_on: str, guests: int, **kw) -> str:
        return self._insert(Stay, home_id=new_id(), guests=guests,
                            start_on=date.fromisoformat(start_on), **kw)


def fill_a_mixed_store(build: StoreBuilder) -> None:
    """A little of everything at three cafés, with rows just outside March 2026 and tombstones,
    for tests that compare the counts with other views of the same rows."""
    people = [build.person() for _ in range(4)]
    build.person(merged_into=people[0])
    for site, day in (("rho", "01"), ("lainate", "15"), ("settimo", "31")):
        build.access(f"2026-03-{day}T09:30", themes="lavoro;risparmio", site=site)
        build.access(f"2026-03-{day}T23:59", person=people[1], themes="casa", site=site)
        build.access("2026-04-01T00:00", site=site)
        build.access(f"2026-03-{day}T10:00", site=site, deleted=True)
        build.consultation(f"2026-03-{day}T09:30", "lavoro", site=site)
        build.consultation(f"2026-03-{day}T09:40", "risparmio", site=site)
        build.request("famiglia", f"2026-03-{day}", state="soddisfatta", site=site)
        build.request("famiglia", f"2026-03-{day}", site=site)
        build.request("casa", f"2026-03-{day}", site=site)
        for kind, heads in (("evento", 20), ("laboratorio_socialita", 8),
                            ("laboratorio_comunita", None), ("scuola", 25)):
            build.activity(kind, f"2026-03-{day}", head_count=heads, site=site)
        group = build.activity("gruppo_orientamento", f"2026-03-{day}", site=site)
        course = build.activity("formazione_borsa_lavoro", f"2026-03-{day}", site=site)
        money = build.activity("educazione_finanziaria", f"2026-03-{day}", site=site)
        build.activity("educazione_finanziaria", f"2026-03-{day}", head_count=9, site=site)
        for person in people[:3]:
            build.participation(group, person, site=site)
            build.participation(money, person, site=site)
        build.participation(course, people[3], outcome="assunto", site=site)
        build.participation(course, people[2], site=site)
        build.home("2026-01-01", "2026-03-01", site=site)
        build.home("2026-04-01", None, site=site)
        build.stay(f"2026-03-{day}", guests=3, site=site)
        build.stay("2026-02-28", guests=2, site=site)
