"""Commands of the contract whose work lands with a later change refuse plainly until then."""

from __future__ import annotations

from desktop.cli import Context
from desktop.errors import UserError


def not_yet(context: Context) -> int:
    command = " ".join(str(v) for v in (context.args.command, getattr(context.args, "action", "")) if v)
    raise UserError(
        f"คำสั่ง {command} ยังไม่พร้อมใช้งานในรุ่นนี้",
        f"The command '{command}' is not available in this version yet.",
    )
