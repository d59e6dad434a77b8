"""Expected failures carry a sentence for the user in Thai and English; anything else is a bug."""

from __future__ import annotations


class UserError(Exception):
    """A refusal the user can act on: bad input, a locked file, a missing record.

    The CLI prints it in one sentence and exits 1; the GUI shows it in a message box.
    """

    def __init__(self, th: str, en: str | None = None) -> None:
        super().__init__(th)
        self.th = th
        self.en = en or th

    def message(self, lang: str = "th") -> str:
        return self.en if lang == "en" else self.th


class NotFoundError(UserError):
    pass


class ValidationError(UserError):
    pass
