"""An .eml draft the office's mail program opens (Outlook, Thunderbird): To = the province."""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate, make_msgid
from pathlib import Path

from desktop.errors import ValidationError
from desktop.submissions.files import write_atomically


@dataclass
class EmailDraft:
    path: Path
    size: int
    to: str
    over_limit: bool
    limit_mb: int

    def warning(self, lang: str = "th") -> str:
        if not self.over_limit:
            return ""
        mb = self.size / (1024 * 1024)
        if lang == "en":
            return (
                f"The e-mail is {mb:.1f} MB, over the {self.limit_mb} MB limit in Settings; "
                "the province's mail server may refuse it — send the package on a USB stick instead."
            )
        return (
            f"อีเมลนี้มีขนาด {mb:.1f} MB เกินขนาดที่กำหนดไว้ {self.limit_mb} MB "
            "เซิร์ฟเวอร์อีเมลของจังหวัดอาจไม่รับ โปรดส่งทางแฟลชไดรฟ์แทน"
        )


def write_eml_draft(
    out_path: Path,
    *,
    to: str,
    sender: str,
    subject: str,
    body: str,
    attachments: list[Path],
    size_limit_mb: int,
) -> EmailDraft:
    if not to.strip():
        raise ValidationError(
            "ยังไม่ได้กรอกอีเมลของสำนักงานจังหวัดในหน้าตั้งค่า จึงเขียนร่างอีเมลไม่ได้",
            "The provincial office's e-mail is empty in Settings, so no draft was written.",
        )
    message = EmailMessage()
    message["To"] = to.strip()
    if sender.strip():
        message["From"] = sender.strip()
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain="amphoe-desk.local")
    message["X-Unsent"] = "1"  # Outlook opens it as a draft ready to send
    message.set_content(body)
    for attachment in attachments:
        kind, _encoding = mimetypes.guess_type(attachment.name)
        maintype, subtype = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(
            attachment.read_bytes(), maintype=maintype, subtype=subtype, filename=attachment.name
        )
    data = message.as_bytes(policy=SMTP)
    write_atomically(out_path, lambda stream: stream.write(data))
    limit = size_limit_mb * 1024 * 1024
    return EmailDraft(out_path, len(data), to.strip(), len(data) > limit, size_limit_mb)
