"""Import of messy household spreadsheets (.xlsx .xls .csv) into the register. No Qt here."""

from desktop.households.importing.columns import FIELDS, Mapping, mapping_names, save_mapping
from desktop.households.importing.service import (
    ImportOptions,
    ImportResult,
    preview_import,
    read_and_map,
    replan,
    run_import,
    write_import,
    write_report,
)

__all__ = [
    "FIELDS",
    "ImportOptions",
    "ImportResult",
    "Mapping",
    "mapping_names",
    "preview_import",
    "read_and_map",
    "replan",
    "run_import",
    "save_mapping",
    "write_import",
    "write_report",
]
