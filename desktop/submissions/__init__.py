"""Submissions to the province: circulars and deadlines, the letter register, packages,
USB and e-mail delivery, and the province-side verification and import. No Qt here."""
