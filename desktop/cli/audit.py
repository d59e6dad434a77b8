"""`audit verify`: check the audit log's hash chain (administrators)."""

from __future__ import annotations

import argparse

from desktop.cli import Context
from desktop.safety.audit_ops import verify


def register(
    sub: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    audit = sub.add_parser("audit", parents=[common], help="check the audit log")
    actions = audit.add_subparsers(dest="action", metavar="ACTION", required=True)
    verify = actions.add_parser(
        "verify", parents=[common], help="check that no entry was changed or removed (exit 1 if one was)"
    )
    verify.set_defaults(handler=run_verify)


def run_verify(context: Context) -> int:
    checked = verify(context.database())  # a broken link is an AuditChainBroken: one sentence, exit 1
    context.say(
        f"ประวัติการแก้ไขครบถ้วน: ตรวจแล้ว {checked:,} รายการ ไม่มีรายการใดถูกแก้ไขหรือลบ",
        f"The audit log is intact: {checked:,} entries checked, none changed or removed.",
    )
    return 0
