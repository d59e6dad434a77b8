"""The audit log's reads for the window and the command line (desktop/operations.py)."""

from __future__ import annotations

from desktop.operations import query
from desktop.safety.audit_log import verify_chain

# The number of entries checked, or AuditChainBroken naming the first broken link
# (administrators: the permission is checked inside).
verify = query(verify_chain)
