"""Who is at the desk: the lock screen that logs in, switches volunteer and unlocks."""
