"""Overview figures, charts and the committee's reports (no Qt here)."""
