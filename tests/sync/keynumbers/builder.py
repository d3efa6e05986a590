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
