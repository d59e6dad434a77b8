"""How the program names its temporary files, so the next start can sweep its own leftovers
(desktop.files.sweep_stale): "~amphoe-" then the final name, ending in ".partial".

Here, below desktop/, because the schema code (database.migrate) writes them too; no
imports, so the start-up sweep stays cheap.
"""

PARTIAL_PREFIX = "~amphoe-"
PARTIAL_SUFFIX = ".partial"
