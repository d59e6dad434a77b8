"""Casework widgets: a household's 4ท analysis, assessments, plan, activities, timeline and
escalation (embeddable, each taking a Database and a household id), and the Casework page."""
