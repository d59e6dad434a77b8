"""PostgreSQL: the owner migrates, the app works as a role that cannot rewrite the audit log.

``init --app-role NAME`` (run by the administrator with the owner's address) creates or
updates the app's login role: SELECT, INSERT, UPDATE and DELETE on every table but
``audit_entry``, only SELECT and INSERT there, SELECT on ``alembic_version``, no right to
create, alter or drop anything, no TRUNCATE, no triggers. Clerks' computers store that
role's address; only the owner can run a migration or a restore. Default privileges give
the role the same rights on tables later migrations create.
"""

from __future__ import annotations

import re

from sqlalchemy import Connection, Engine, text

from desktop.errors import UserError

ROLE_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
OWNER_ONLY = ("alembic_version",)  # the app reads the schema's revision, never writes it
APPEND_ONLY = ("audit_entry",)


def _quote(connection: Connection, name: str) -> str:
    return connection.dialect.identifier_preparer.quote_identifier(name)


def _verifier(connection: Connection, name: str, password: str) -> str:
    """The SCRAM verifier, computed here: the password itself never reaches the server (or its log)."""
    raw = connection.connection.driver_connection
    pgconn = getattr(raw, "pgconn", None)
    if pgconn is None:
        raise UserError("ต้องใช้ไดรเวอร์ psycopg", "The psycopg driver is needed to set a role's password.")
    verifier: bytes = pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    return verifier.decode("ascii")


def grant_app_role(engine: Engine, name: str, password: str) -> bool:
    """Create (True) or update (False) the app role ``name`` with ``password`` and its rights."""
    if engine.dialect.name != "postgresql":
        raise UserError(
            "บทบาทฐานข้อมูลของโปรแกรมใช้ได้กับ PostgreSQL เท่านั้น",
            "An app database role is only for PostgreSQL.",
        )
    if not ROLE_NAME.match(name):
        raise UserError(
            f"ชื่อบทบาท {name!r} ใช้ไม่ได้ (ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ _)",
            f"The role name {name!r} is not valid (lower-case letters, digits and _).",
        )
    if len(password) < 12:
        raise UserError(
            "รหัสผ่านของบทบาทต้องยาวอย่างน้อย 12 ตัวอักษร", "The role's password needs at least 12 characters."
        )
    with engine.begin() as connection:
        owner = connection.execute(text("SELECT current_user")).scalar_one()
        if name == owner:
            raise UserError(
                "บทบาทของโปรแกรมต้องไม่ใช่เจ้าของฐานข้อมูล",
                "The app's role must not be the database's owner.",
            )
        role = _quote(connection, name)
        exists = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).first()
        limits = "LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS INHERIT"
        verifier = _verifier(connection, name, password).replace("'", "''")
        verb = "ALTER" if exists else "CREATE"
        connection.exec_driver_sql(f"{verb} ROLE {role} {limits} PASSWORD '{verifier}'")
        database = _quote(connection, connection.execute(text("SELECT current_database()")).scalar_one())
        for statement in (
            f"REVOKE ALL ON DATABASE {database} FROM {role}",
            f"GRANT CONNECT, TEMPORARY ON DATABASE {database} TO {role}",
            # before PostgreSQL 15 everyone may create tables in public: not the app
            "REVOKE CREATE ON SCHEMA public FROM PUBLIC",
            f"REVOKE ALL ON SCHEMA public FROM {role}",
            f"GRANT USAGE ON SCHEMA public TO {role}",
            f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {role}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            *(f"REVOKE UPDATE, DELETE ON {t} FROM {role}" for t in APPEND_ONLY),
            *(f"REVOKE INSERT, UPDATE, DELETE ON {t} FROM {role}" for t in OWNER_ONLY),
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
            f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",
        ):
            connection.exec_driver_sql(statement)
    return not exists
