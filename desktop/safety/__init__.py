"""Data safety without Qt: backups and restore, accounts and roles, conflicts, the audit trail."""
