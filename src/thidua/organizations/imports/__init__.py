"""Excel import and export of organisations and staff (STYLE convention 11).

The pipeline is parse → intermediate representation → pure checks → mapping in one
transaction:

- `parse.py`     refuses unsafe files (size, zip signature, zip bombs), then reads the
                 workbook into the IR of `ir.py` without evaluating any formula;
- `checks/`      turns IR cells into typed rows and runs the `check_*` functions over
                 them and over `ImportFacts` (what the database already holds, read by
                 `selectors.py`); every error names its sheet, row and column;
- `mapping.py`   writes the rows through the organisation and people services;
- `services.py`  `import_run`, the one entry point shared by the upload page and the
                 `importstaff` command: it keeps the file and an `ImportLog` row;
- `template.py`  the blank workbook users fill in; `export.py` writes the same layout.

The columns and sheets are declared once, in `schema.py`.
"""
