"""``manage.py check_database``: one clear line when the configured database cannot be used, exit status 1."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import OperationalError

from db_cruds.health import database_ping


class Command(BaseCommand):
    help = "Connect to the configured database; say in one line how to fix it when that fails."

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            database_ping()
        except OperationalError as exc:
            raise CommandError(_explain(str(exc))) from None


def _explain(error: str) -> str:
    db = settings.DATABASES["default"]
    if db["ENGINE"].endswith("sqlite3"):
        return f"SQLite database {db['NAME']} cannot be opened: {error.strip().splitlines()[0]}"
    where = f"{db['HOST']}:{db['PORT']}"
    if "does not exist" in error and "database" in error:
        return (
            f'PostgreSQL database "{db["NAME"]}" does not exist on {where}; create it with: '
            f"createdb -h {db['HOST']} -p {db['PORT']} -U {db['USER']} {db['NAME']}"
        )
    first_line = error.strip().splitlines()[0] if error.strip() else "unknown error"
    return f"PostgreSQL on {where} (database {db['NAME']}, user {db['USER']}) is unreachable: {first_line}"
