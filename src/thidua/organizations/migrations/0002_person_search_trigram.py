"""PostgreSQL only: a trigram index on the folded name, serving `person_list`'s
`name_folded LIKE '%…%'` search (ADR 0002). SQLite scans the indexed column instead."""

from django.db import migrations


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS person_name_trgm ON organizations_person "
        "USING gin (name_folded gin_trgm_ops)"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS org_name_trgm ON organizations_organization "
        "USING gin (name_folded gin_trgm_ops)"
    )


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS person_name_trgm")
    schema_editor.execute("DROP INDEX IF EXISTS org_name_trgm")


class Migration(migrations.Migration):
    dependencies = [("organizations", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
