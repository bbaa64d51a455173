from django.core.management import call_command


def test_it_collects_static_files_with_hashed_names(settings, tmp_path):
    """`make run` serves hashed, compressed files; a broken reference inside a vendored
    asset (a missing source map, a font) would stop the server from starting."""
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = (tmp_path / "static" / "staticfiles.json").read_text()
    for asset in (
        "vendor/bootstrap/bootstrap.min.css",
        "vendor/htmx/htmx.min.js",
        "css/thidua.css",
        "vendor/bootstrap-icons/fonts/bootstrap-icons.woff2",
        "img/favicon.svg",
    ):
        assert f'"{asset}"' in manifest
