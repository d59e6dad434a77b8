"""Widgets the pages share: the Buddhist-era date edit, rows that overflow into a menu."""
