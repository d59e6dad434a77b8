"""Committee meetings without Qt: roster, agenda, attendance, resolutions, minutes.

Every service takes a SQLAlchemy `Session` (one transaction, opened by the caller with
`Database.session()`), refuses what the meeting's status forbids with a `UserError`, and
returns plain data. The same functions serve the GUI, the command line, the demo and tests.
"""
