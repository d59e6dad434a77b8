"""One named logger per area, a rotating file in the data folder; no ID or SQL value in it."""

from __future__ import annotations

import logging

from desktop import paths
from desktop.pdpa import scrub

_configured = False


class PrivacyFilter(logging.Filter):
    """Scrub each record before it is written (desktop.pdpa.scrub): the message, its arguments,
    the traceback and the stack are rendered here, so the formatter only adds the prefix."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = scrub(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = scrub(record.exc_text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return True


def configure(verbose: bool = False) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    import logging.handlers  # socket, pickle…: ~15 ms the window need not wait for

    root = logging.getLogger("amphoe")
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    try:
        paths.logs_dir().mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.logs_dir() / "amphoe-desk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PrivacyFilter())
    root.addHandler(handler)
    # psycopg warns through Python's last-resort handler (stderr) when a server drops the
    # connection under it: the clerk reads our one sentence, the log keeps psycopg's words.
    driver = logging.getLogger("psycopg")
    driver.addHandler(handler)
    driver.propagate = False
