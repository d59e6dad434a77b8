"""Casework on a household after verification: 4ท analysis, assessments, the plan,
assistance activities and their Logbook queue, escalation, programmes, follow-up.

Every function takes a Session (one unit of work, committed by the caller), validates
what it takes (raising ValidationError with a Thai and an English sentence before it
writes anything) and returns plain dataclasses.
"""
