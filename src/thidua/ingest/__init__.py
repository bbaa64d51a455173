"""Document ingest: read one administrative document and extract its fields as plain data.

Pipeline: `readers` (file → text) → `normalize` (clean layout) → `extract` (rules per
field) → a dict following the JSON contract in ../shared/ingest/README.md. Everything
here is a pure function over text: no ORM, no network, no model downloads (ADR 0003).
The entry points live in `thidua.ingest.service`; this module imports nothing heavy so
that Django's app loading stays cheap.
"""
