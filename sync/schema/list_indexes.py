"""The indexes the desk's casework lists read.

Covering and led by ``(site, deleted, date, id)``: a list's first page comes straight off
the index in the order shown (newest consultation first, oldest request first), its count
is an index range scan whatever filters are chosen, and sorting by another column sorts
index entries instead of reading the table. They attach themselves to the casework tables.
"""

from sqlalchemy import Index

from sync.schema.casework import Consultation, Request

LIST_INDEXES = (
    Index("ix_consultations_list", Consultation.site, Consultation.deleted,
          Consultation.occurred_at, Consultation.id, Consultation.theme,
          Consultation.operator_id, Consultation.person_id, Consultation.duration_minutes,
          Consultation.follow_up_on),
    Index("ix_requests_list", Request.site, Request.deleted, Request.opened_on, Request.id,
          Request.kind, Request.state, Request.person_id, Request.closed_on),
)
