"""PostgreSQL only: two indexes for `person_list`, found with bench/bench_people.py
(200.000 people; figures in docs/benchmarks.md, "People search and list").

* person_list_cover: `ORDER BY name_folded, id LIMIT 50` walks the name index and
  filters `name_folded LIKE '%…%'` row by row. When the matches sit late in the
  alphabet ("trinh", "nguyen …": the surname comes first) the walk read up to 190.000
  heap rows (100–250 ms). Covering the list columns makes it an index-only walk (the
  filter runs on the index tuples): 15–30 ms at worst. Keep INCLUDE in step with
  `person_list(...).only(...)`; a missing column only costs the index-only part.
* person_civil_servant_code_like: a CCCD/code prefix search is `national_id LIKE 'x%'
  OR civil_servant_code LIKE 'x%'`; without an index on the second column the OR was a
  sequential scan (30–90 ms). With it, a BitmapOr of two pattern indexes (< 6 ms).

Not in the models' Meta (like 0002) because INCLUDE and opclasses are PostgreSQL-only.
"""

from django.db import migrations

INDEXES = {
    "person_list_cover": (
        "CREATE INDEX IF NOT EXISTS person_list_cover ON organizations_person "
        "(name_folded, id) INCLUDE (full_name, birth_date, gender, national_id, "
        "current_position, current_organization_id)"
    ),
    "person_civil_servant_code_like": (
        "CREATE INDEX IF NOT EXISTS person_civil_servant_code_like ON organizations_person "
        "(civil_servant_code varchar_pattern_ops)"
    ),
}


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for sql in INDEXES.values():
        schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("organizations", "0003_importlog")]
    operations = [migrations.RunPython(forwards, backwards)]
