"""Per-user, per-status analysis counts kept by PostgreSQL triggers, so the history list never counts rows.

On PostgreSQL, row triggers on resumehistory_resumehistory keep resumehistory_historycount exact for every
INSERT, DELETE, UPDATE of user_id/status (ORM saves, QuerySet.update, bulk_create, cascades, raw SQL) and a
TRUNCATE empties it. Other databases get the (unused) table and no triggers: the list counts rows there
(SQLite rebuilds a table on most ALTERs, which would silently drop triggers).
"""

from django.db import migrations, models

PG_CREATE = """
CREATE FUNCTION resumehistory_count_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE resumehistory_historycount SET total = total - 1
        WHERE user_id = OLD.user_id AND status = OLD.status;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO resumehistory_historycount (user_id, status, total) VALUES (NEW.user_id, NEW.status, 1)
        ON CONFLICT (user_id, status) DO UPDATE SET total = resumehistory_historycount.total + 1;
    END IF;
    RETURN NULL;
END
$$;

CREATE FUNCTION resumehistory_count_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM resumehistory_historycount;
    RETURN NULL;
END
$$;

CREATE TRIGGER resumehistory_count_insert_delete
    AFTER INSERT OR DELETE ON resumehistory_resumehistory
    FOR EACH ROW EXECUTE FUNCTION resumehistory_count_change();

CREATE TRIGGER resumehistory_count_update
    AFTER UPDATE OF user_id, status ON resumehistory_resumehistory
    FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION resumehistory_count_change();

CREATE TRIGGER resumehistory_count_truncate
    AFTER TRUNCATE ON resumehistory_resumehistory
    FOR EACH STATEMENT EXECUTE FUNCTION resumehistory_count_truncate();

INSERT INTO resumehistory_historycount (user_id, status, total)
SELECT user_id, status, COUNT(*) FROM resumehistory_resumehistory GROUP BY user_id, status;
"""

PG_DROP = """
DROP TRIGGER IF EXISTS resumehistory_count_truncate ON resumehistory_resumehistory;
DROP TRIGGER IF EXISTS resumehistory_count_update ON resumehistory_resumehistory;
DROP TRIGGER IF EXISTS resumehistory_count_insert_delete ON resumehistory_resumehistory;
DROP FUNCTION IF EXISTS resumehistory_count_truncate();
DROP FUNCTION IF EXISTS resumehistory_count_change();
"""


def create_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_CREATE, params=None)


def drop_triggers(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(PG_DROP, params=None)


class Migration(migrations.Migration):
    dependencies = [
        ("resumehistory", "0001_initial"),
    ]

    operations = [
        migrations.CreateModel(
            name="HistoryCount",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("user_id", models.BigIntegerField()),
                ("status", models.CharField(max_length=16)),
                ("total", models.BigIntegerField(default=0)),
            ],
            options={
                "constraints": [
                    models.UniqueConstraint(fields=("user_id", "status"), name="history_count_user_status_unique")
                ],
            },
        ),
        migrations.RunPython(create_triggers, drop_triggers),
    ]
