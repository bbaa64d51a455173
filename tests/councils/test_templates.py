"""The minutes templates: what the build script makes, registered, rendered from a meeting."""

import importlib.util
from io import BytesIO
from pathlib import Path

import docx

from thidua.documents import registry
from thidua.documents.context import prepare_context
from thidua.documents.render import render_docx

ROOT = Path(__file__).resolve().parents[2]
CODES = ("bien_ban_hop_hoi_dong", "bien_ban_kiem_phieu")


def test_it_ships_the_templates_the_build_script_makes(tmp_path):
    spec = importlib.util.spec_from_file_location(
        "build_docx_councils", ROOT / "scripts" / "build_docx_councils.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    script.OUT = tmp_path
    script.main()
    for code in CODES:
        template = registry.get_spec(code)
        assert template is not None, f"{code} is not registered"
        assert (tmp_path / f"{code}.docx").read_bytes() == template.path.read_bytes(), code


def test_it_renders_each_sample(db):
    for code in CODES:
        template = registry.get_spec(code)
        rendered = render_docx(template.path.read_bytes(), prepare_context(template.sample()))
        text = "\n".join(p.text for p in docx.Document(BytesIO(rendered)).paragraphs)
        assert "BIÊN BẢN" in text and "{{" not in text


def test_it_fills_the_minutes_from_a_closed_meeting(scene):
    from thidua.councils.selectors.minutes import count_minutes_context, meeting_minutes_context
    from thidua.councils.services.voting import ballot_cast, voting_close, voting_open

    item = voting_open(actor=scene.secretary, item=scene.item)
    nomination = scene.dossier.nominations.get()
    for i, member in enumerate(scene.members):
        ballot_cast(actor=member.user, item=item, choices={nomination.pk: "yes" if i else "no"})
    voting_close(actor=scene.secretary, item=item)
    minutes = meeting_minutes_context(scene.meeting)
    results = next(s for s in minutes["sections"] if s["heading"] == "Nội dung 1")
    assert results["table"]["rows"] == [
        ["1", "Nguyễn Văn Được", "Chiến sĩ thi đua cơ sở", "4/5", "80", "Đạt"]
    ]
    assert minutes["signer_right"]["name"] == scene.members[0].name
    counted = count_minutes_context(scene.meeting)
    row = counted["sections"][0]["table"]["rows"][0]
    assert row[3:] == ["5", "5", "5", "4", "1", "80", "Đạt"]
    assert "trên 50 % số thành viên có mặt đồng ý" in counted["sections"][0]["items"][0]
    render_docx(
        registry.get_spec("bien_ban_kiem_phieu").path.read_bytes(), prepare_context(counted)
    )
