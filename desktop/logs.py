"""One named logger per area, a rotating file in the data folder."""

from __future__ import annotations

import logging

from desktop import paths

_configured = False


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
    root.addHandler(handler)
