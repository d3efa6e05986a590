"""The register's schema, the same for every desk and the office."""

from sync.schema.activities import Activity, Participation
from sync.schema.attendance import ActivitySession, Attendance
from sync.schema.base import SERVER_OWNED, Base, Replicated
from sync.schema.bookkeeping import AuditEntry, ChangeRecord, Conflict, LocalState
from sync.schema.casework import Access, Consultation, Receipt, Request
from sync.schema.consents import Consent
from sync.schema.housing import Home, Stay
from sync.schema.list_indexes import LIST_INDEXES  # noqa: F401  (attaches the lists' indexes)
from sync.schema.office import AppliedBatch, Counter, DeskCredential, EnrolmentCode
from sync.schema.people import Person
from sync.schema.reference import Account
from sync.schema.reporting import FrozenReport

REPLICATED_MODELS: tuple[type[Replicated], ...] = (
    Account, Person, Consent, Home, Activity, Access, Consultation, Request, Stay, Participation,
    ActivitySession, Attendance, Receipt, AuditEntry, Conflict,
)
"""Replicated tables, parents before children, the order in which batches are applied."""

MODEL_BY_TABLE = {model.__tablename__: model for model in REPLICATED_MODELS}

__all__ = [
    "MODEL_BY_TABLE", "REPLICATED_MODELS", "SERVER_OWNED", "Access", "Account", "Activity",
    "ActivitySession", "AppliedBatch", "Attendance", "AuditEntry", "Base", "ChangeRecord",
    "Conflict",
    "Consent", "Consultation", "Counter", "DeskCredential", "EnrolmentCode", "FrozenReport", "Home",
    "LocalState", "Participation", "Person", "Receipt", "Replicated", "Request", "Stay",
]
