"""The one door for every change: operations and queries over the database.

Every write in the program — from the window, the command line or the self-test — is an
*operation*: a function of a feature's ``ops`` module (``desktop/households/ops.py`` …)
decorated with ``@operation(permission)``. The decorator turns ``fn(unit, *args)`` into
``fn(database, *args) -> Outcome``, and for each call it

- opens one transaction (committed on success, rolled back on any error),
- checks the acting account's permission *inside* the operation, so no caller can skip it,
- lets the operation refuse an edit made on a stale copy (``unit.edit`` with the version
  the form loaded) and turns a save lost in the same instant (SQLAlchemy's StaleDataError)
  into the same ``ConflictError`` with both versions,
- writes the audit entries (the ORM hooks of desktop/safety/audit_log.py and ``unit.record``,
  one path) in that same transaction,
- and returns the operation's plain result with the ``Changes`` it made, which the window
  hands to every page so that each refreshes from it.

Reads are ``@query`` functions: ``fn(session, *args)`` becomes ``fn(database, *args)`` in a
transaction that is always rolled back, returning plain values (never live ORM objects
bound to an open session).

A feature writes another feature's tables only through that feature's operations or its
``Unit``-taking functions (tests/test_architecture.py checks the imports).
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from database.enums import AuditAction
from desktop import audit
from desktop.db import Database
from desktop.safety import access
from desktop.safety.access import CurrentUser, Permission
from desktop.safety.conflicts import check_version, stored_conflict

P = ParamSpec("P")
T = TypeVar("T")


@dataclass(frozen=True)
class Changes:
    """The tables an operation wrote, with the ids of the rows where they are known."""

    ids: Mapping[str, frozenset[int]] = field(default_factory=dict)

    def touches(self, *tables: str) -> bool:
        return any(table in self.ids for table in tables)

    def of(self, table: str) -> frozenset[int]:
        return self.ids.get(table, frozenset())

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __or__(self, other: Changes) -> Changes:
        merged: dict[str, frozenset[int]] = dict(self.ids)
        for table, ids in other.ids.items():
            merged[table] = merged.get(table, frozenset()) | ids
        return Changes(merged)


NO_CHANGES = Changes()


@dataclass(frozen=True)
class Outcome(Generic[T]):
    value: T
    changes: Changes = NO_CHANGES


@dataclass
class _Edit:
    model: type[Any]
    row_id: int
    mine: dict[str, Any]
    version: int | None
    labels: Mapping[str, str] | None


class Unit:
    """One operation's unit of work: its session, the acting account and what it changed."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._changed: dict[str, set[int]] = defaultdict(set)
        self._edits: list[_Edit] = []
        event.listen(session, "after_flush", self._collect)

    @property
    def actor(self) -> CurrentUser | None:
        return access.signed_in()

    def require(self, permission: Permission) -> None:
        access.require(permission, self.session)

    def edit(
        self,
        obj: Any,
        version: int | None,
        mine: Mapping[str, Any],
        labels: Mapping[str, str] | None = None,
    ) -> None:
        """Refuse the edit if obj moved past the version the form loaded (a ConflictError
        with both versions); remember it so that a save lost in the same instant is
        reported the same way."""
        check_version(obj, version, mine, labels)
        identity = inspect(obj).identity
        self._edits.append(_Edit(type(obj), int(identity[0]), dict(mine), version, labels))

    def changed(self, table: str, ids: Iterable[int] = ()) -> None:
        """Note a change made with a Core statement (the ORM's are seen by themselves)."""
        self._changed[table].update(ids)

    def record(
        self,
        action: AuditAction,
        entity: str,
        entity_id: int | None = None,
        *,
        field: str = "",
        before: Any = None,
        after: Any = None,
        summary: str = "",
    ) -> None:
        """An audit entry for what the row diffs do not say (an export, an import's summary)."""
        audit.record(
            self.session,
            action,
            entity,
            entity_id,
            field=field,
            before=before,
            after=after,
            summary=summary,
        )

    def changes(self) -> Changes:
        return Changes({table: frozenset(ids) for table, ids in self._changed.items()})

    def _collect(self, session: Session, _context: Any) -> None:
        for obj in (*session.new, *session.dirty, *session.deleted):
            table = getattr(inspect(obj).mapper.local_table, "name", "")
            if not table or table == "audit_entry":
                continue
            identity = inspect(obj).identity
            ids = self._changed[table]
            if identity and len(identity) == 1 and isinstance(identity[0], int):
                ids.add(identity[0])

    def conflict_from_race(self, database: Database, error: StaleDataError) -> Exception:
        if not self._edits:
            return error
        lost = self._edits[-1]
        with database.sessions() as session:
            return stored_conflict(session, lost.model, lost.row_id, lost.mine, lost.version, lost.labels)


def execute(database: Database, work: Callable[[Unit], T], permission: Permission | None) -> Outcome[T]:
    """Run work in one transaction as the signed-in account; see the module docstring."""
    unit: Unit | None = None
    try:
        with database.session() as session:
            unit = Unit(session)
            if permission is not None:
                unit.require(permission)
            value = work(unit)
            session.flush()
    except StaleDataError as error:
        if unit is None:
            raise
        raise unit.conflict_from_race(database, error) from error
    return Outcome(value, unit.changes())


def operation(
    permission: Permission | None,
) -> Callable[[Callable[Concatenate[Unit, P], T]], Callable[Concatenate[Database, P], Outcome[T]]]:
    """Make ``fn(unit, …)`` an operation ``fn(database, …) -> Outcome`` (module docstring).

    permission None: the operation checks what it needs itself (it depends on the record).
    """

    def wrap(fn: Callable[Concatenate[Unit, P], T]) -> Callable[Concatenate[Database, P], Outcome[T]]:
        @functools.wraps(fn)
        def run(database: Database, /, *args: P.args, **kwargs: P.kwargs) -> Outcome[T]:
            return execute(database, lambda unit: fn(unit, *args, **kwargs), permission)

        run.permission = permission  # type: ignore[attr-defined]
        return run

    return wrap


def query(fn: Callable[Concatenate[Session, P], T]) -> Callable[Concatenate[Database, P], T]:
    """Make a read ``fn(session, …)`` callable as ``fn(database, …)``; nothing it does is kept."""

    @functools.wraps(fn)
    def run(database: Database, /, *args: P.args, **kwargs: P.kwargs) -> T:
        with database.guard(), database.sessions() as session:  # a server gone: one sentence
            try:
                return fn(session, *args, **kwargs)
            finally:
                session.rollback()

    return run
