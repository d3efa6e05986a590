"""The audit log for coordinators: who exported, erased, merged or read what, and why."""
