"""A PostgreSQL function that admits a new analysis for a user, so the running row is written in one round trip.

``resumehistory_admit(user_id, since, max_running, max_created)`` locks the user's row, counts the user's
analyses created since ``since`` (and those of them still running) and raises ``too_many_running`` or
``hourly_limit`` (SQLSTATE P0001) when a limit is reached. The streaming side sends it and the INSERT as one
query, one transaction (db_cruds/analysis_runs.py); a raise aborts it, so nothing is written.
Each statement of a (volatile) PL/pgSQL function takes a fresh snapshot: the count, run after the lock is
granted, sees the rows of the start that held it. Other databases do the same steps through the ORM.
"""

from django.db import migrations

PG_CREATE = """
CREATE FUNCTION resumehistory_admit(
    p_user_id bigint, p_since timestamptz, p_max_running bigint, p_max_created bigint
) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    v_running bigint;
    v_created bigint;
BEGIN
    PERFORM 1 FROM users_user WHERE id = p_user_id FOR UPDATE;
    SELECT count(*) FILTER (WHERE status = 'running'), count(*) INTO v_running, v_created
    FROM resumehistory_resumehistory WHERE user_id = p_user_id AND created_at >= p_since;
    IF v_running >= p_max_running THEN
        RAISE EXCEPTION 'too_many_running';
    END IF;
    IF v_created >= p_max_created THEN
        RAISE EXCEPTION 'hourly_limit';
    END IF;
END
$$;
"""

PG_DROP = "DROP FUNCTION IF EXISTS resumehistory_admit(bigint, timestamptz, bigint, bigint);"


def create_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_CREATE, params=None)


def drop_function(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("resumehistory", "0002_history_counts"),
        ("users", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_function, drop_function)]
