"""Every table of the application, importable from one place."""

from database.models.casework import Activity, Analysis, Assessment, Escalation, PlanItem, Remedy
from database.models.households import Household, Member
from database.models.letters import Circular, CircularHousehold, Deadline, OutgoingLetter, Submission
from database.models.meetings import (
    AgendaAttachment,
    AgendaItem,
    AgendaItemHousehold,
    AgendaTemplate,
    Attendance,
    CarriedOverItem,
    Committee,
    CommitteeMember,
    Meeting,
    Resolution,
    ResolutionHousehold,
)
from database.models.office import Agency, OfficeProfile, Person, Signatory
from database.models.programmes import Nomination, Programme
from database.models.province import ReceivedHousehold, ReceivedPackage
from database.models.reports import OVERVIEW_INDEXES
from database.models.system import AuditChainHead, AuditEntry, ImportMapping, SavedFilter, User

__all__ = [
    "OVERVIEW_INDEXES",
    "Activity",
    "Agency",
    "AgendaAttachment",
    "AgendaItem",
    "AgendaItemHousehold",
    "AgendaTemplate",
    "Analysis",
    "Assessment",
    "Attendance",
    "AuditChainHead",
    "AuditEntry",
    "CarriedOverItem",
    "Circular",
    "CircularHousehold",
    "Committee",
    "CommitteeMember",
    "Deadline",
    "Escalation",
    "Household",
    "ImportMapping",
    "Meeting",
    "Member",
    "Nomination",
    "OfficeProfile",
    "OutgoingLetter",
    "Person",
    "PlanItem",
    "Programme",
    "ReceivedHousehold",
    "ReceivedPackage",
    "Remedy",
    "Resolution",
    "ResolutionHousehold",
    "SavedFilter",
    "Signatory",
    "Submission",
    "User",
]
