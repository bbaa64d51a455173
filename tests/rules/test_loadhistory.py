"""thidua loadhistory: the issue's JSON, idempotence, all-or-nothing, errors by key and index."""

import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook

from thidua.audit.models import Event, EventType
from thidua.organizations.models import Employment, Organization, Person
from thidua.rules.loadhistory import history_load
from thidua.rules.loadhistory.fields import SPECS
from thidua.rules.models import (
    AwardRecord,
    Discipline,
    Initiative,
    InitiativeAuthor,
    PersonCode,
    ProvinceSetting,
    YearRating,
)

MODELS = (
    Organization,
    Person,
    Employment,
    PersonCode,
    YearRating,
    AwardRecord,
    Initiative,
    InitiativeAuthor,
    Discipline,
    ProvinceSetting,
    Event,
)


def counts():
    return {m.__name__: m.objects.count() for m in MODELS}


def test_it_loads_the_issues_document(tree, document, write_json):
    result = history_load(actor=None, path=write_json(document))
    assert result.ok, result.errors
    u01 = Organization.objects.get(code="U01")
    assert u01.parent == tree.dept
    an = PersonCode.objects.get(code="P001").person
    assert an.full_name == "Nguyễn Thị An" and an.current_organization == u01
    assert YearRating.objects.get(person=an, year=2024).rating == "excellent"
    assert YearRating.objects.get(organization=u01, year=2024).rating == "good"
    assert AwardRecord.objects.get(person=an, year=2023).award_type.code == "CSTDCS"
    assert AwardRecord.objects.get(organization=u01).award_type.code == "TTLDTT"
    shares = dict(
        InitiativeAuthor.objects.filter(initiative__code="SK0").values_list(
            "person__history_code__code", "share"
        )
    )
    assert shares == {"P001": 60, "P002": 40}
    assert Discipline.objects.get().form == "reprimand"
    setting = ProvinceSetting.objects.get(province=tree.province)
    assert setting.quotas == [{"title": "CSTDCS", "of": "LDTT", "max_share": 0.15}]
    assert setting.year == 2023  # the earliest year of the file
    assert result.counts["ratings"] == {"created": 4, "updated": 0, "unchanged": 0}
    assert Event.objects.filter(event_type=EventType.HISTORY_LOADED).count() == 1


def test_it_changes_nothing_when_loaded_twice(tree, document, write_json):
    path = write_json(document)
    assert history_load(actor=None, path=path).ok
    before = counts()
    second = history_load(actor=None, path=path)
    assert second.ok and not second.changed
    assert counts() == before
    assert second.message == "Dữ liệu trong tệp đã có đủ; không có thay đổi."


def test_it_updates_what_changed_only(tree, document, write_json):
    assert history_load(actor=None, path=write_json(document)).ok
    document["ratings"][2]["rating"] = "excellent"
    result = history_load(actor=None, path=write_json(document))
    assert result.counts["ratings"] == {"created": 0, "updated": 1, "unchanged": 3}
    event = Event.objects.filter(event_type=EventType.HISTORY_CHANGED).order_by("-id").first()
    assert event.data["kind"] == "ratings" and event.data["new"]["rating"] == "excellent"


def test_it_links_a_code_to_a_person_already_in_the_system(tree, document, write_json):
    from tests.factories import make_person

    existing = make_person("Nguyễn Thị An", org=tree.unit_a, gender="female", with_id=False)
    Person.objects.filter(pk=existing.pk).update(national_id="001185012345")
    document["people"][0]["start_date"] = "2018-01-01"
    assert history_load(actor=None, path=write_json(document)).ok
    assert PersonCode.objects.get(code="P001").person_id == existing.pk
    assert Person.objects.filter(full_name="Nguyễn Thị An").count() == 1
    existing.refresh_from_db()
    assert existing.current_organization.code == "U01"  # moved from 01/01/2018
    assert existing.employments.count() == 2


def test_it_reports_a_post_that_clashes_with_the_record(tree, document, write_json):
    from tests.factories import make_person

    existing = make_person("Nguyễn Thị An", org=tree.unit_a, gender="female", with_id=False)
    Person.objects.filter(pk=existing.pk).update(national_id="001185012345")
    result = history_load(actor=None, path=write_json(document))
    assert not result.ok
    assert result.errors[0].startswith("people[0]: Quá trình công tác bị trùng thời gian")
    assert not Organization.objects.filter(code="U01").exists()  # all or nothing


def test_it_writes_nothing_when_one_row_is_wrong(tree, document, write_json):
    document["people"][1]["national_id"] = "001185054321"  # says 1985 and female
    document["ratings"].append({"person": "P009", "year": 2024, "rating": "great"})
    document["awards"].append({"person": "P001", "year": 2024, "title": "TTLDXS"})
    document["disciplines"][0]["end_date"] = "2023-01-01"
    before = counts()
    result = history_load(actor=None, path=write_json(document))
    assert not result.ok
    assert counts() == before
    assert (
        "people[1].national_id: Số CCCD ghi năm sinh 1985, không khớp ngày sinh 15/07/1990."
        in result.errors
    )
    assert (
        "people[1].national_id: Chữ số giới tính trong số CCCD không khớp giới tính đã khai."
        in result.errors
    )
    assert any(
        e.startswith("ratings[4].rating: giá trị «great» không hợp lệ") for e in result.errors
    )
    assert (
        "ratings[4].person: không có cá nhân mã «P009» trong tệp hay trong hệ thống."
        in result.errors
    )
    assert "awards[2].title: «TTLDXS» không dành cho cá nhân." in result.errors
    assert "disciplines[0].end_date: ngày kết thúc trước ngày bắt đầu." in result.errors


@pytest.mark.parametrize(
    ("mutate", "error"),
    [
        (
            lambda d: d["ratings"].append({"year": 2024, "rating": "good"}),
            "ratings[4]: cần đúng một trong hai trường person (cá nhân) hoặc organization (tập thể).",
        ),
        (
            lambda d: d["ratings"].append(dict(d["ratings"][0])),
            "ratings[4]: xếp loại của cùng đối tượng trong cùng năm bị khai báo hai lần (trùng với ratings[0]).",
        ),
        (lambda d: d["people"][0].pop("full_name"), "people[0].full_name: thiếu giá trị bắt buộc."),
        (
            lambda d: d["organizations"][0].update(parent="ZZZ"),
            "organizations[0].parent: không có đơn vị cấp trên mã «ZZZ» trong tệp hay trong hệ thống.",
        ),
        (
            lambda d: d["initiatives"][1]["authors"][0].update(share=70),
            "initiatives[1].authors: tổng tỷ lệ đóng góp 110% vượt quá 100%.",
        ),
        (
            lambda d: d["settings"]["quotas"][0].update(max_share=15),
            "settings.quotas[0].max_share: tỷ lệ phải từ 0 đến 1 (ví dụ 0,15) hoặc viết dạng 15%.",
        ),
        (
            lambda d: d["awards"].append(
                {"person": "P001", "year": 2024, "title": "SANG_KIEN_CO_SO"}
            ),
            "awards[2].title: sáng kiến được khai báo trong danh sách initiatives, không phải awards.",
        ),
        (
            lambda d: d["people"][0].update(colour="red"),
            "people[0].colour: trường không có trong mẫu.",
        ),
        (
            lambda d: d["ratings"][0].update(months_worked=13),
            "ratings[0].months_worked: số tháng phải là số nguyên từ 0 đến 12.",
        ),
    ],
)
def test_it_reports_errors_by_key_and_index(tree, document, write_json, mutate, error):
    mutate(document)
    result = history_load(actor=None, path=write_json(document))
    assert error in result.errors


def test_it_refuses_a_file_that_is_not_json(tree, tmp_path):
    path = tmp_path / "hong.json"
    path.write_text('{"people": [}', encoding="utf-8")
    result = history_load(actor=None, path=path)
    assert not result.ok and result.errors[0].startswith("Tệp JSON không hợp lệ: dòng 1")


def test_it_rolls_back_a_dry_run(tree, document, write_json):
    before = counts()
    result = history_load(actor=None, path=write_json(document), dry_run=True)
    assert result.ok and result.counts["people"]["created"] == 2
    assert counts() == before


def _workbook(document, path):
    workbook = Workbook()
    workbook.remove(workbook.active)
    rows_for = {
        **{
            k: document.get(k, [])
            for k in ("organizations", "people", "ratings", "awards", "initiatives", "disciplines")
        },
        "quotas": document["settings"]["quotas"],
    }
    for key, rows in rows_for.items():
        title, fields = SPECS[key]
        sheet = workbook.create_sheet(title)
        sheet.append([f.header for f in fields])
        for row in rows:
            values = []
            for f in fields:
                value = row.get(f.name)
                if f.name == "authors":
                    value = "; ".join(
                        a if isinstance(a, str) else f"{a['person']} ({a['share']}%)" for a in value
                    )
                values.append(value)
            sheet.append(values)
    workbook.save(path)
    return path


def test_it_loads_the_same_history_from_a_workbook(tree, document, tmp_path, write_json):
    document["ratings"][0]["rating"] = "Hoàn thành xuất sắc nhiệm vụ"
    document["disciplines"][0]["form"] = "Khiển trách"
    result = history_load(actor=None, path=_workbook(document, tmp_path / "lich-su.xlsx"))
    assert result.ok, result.errors
    assert (
        YearRating.objects.get(person__history_code__code="P001", year=2023).rating == "excellent"
    )
    assert (
        InitiativeAuthor.objects.get(
            initiative__code="SK0", person__history_code__code="P002"
        ).share
        == 40
    )
    again = history_load(actor=None, path=write_json(document))
    assert again.ok and not again.changed


def test_it_addresses_workbook_errors_by_sheet_and_row(tree, document, tmp_path):
    document["ratings"][1]["year"] = "hai nghìn"
    result = history_load(actor=None, path=_workbook(document, tmp_path / "loi.xlsx"))
    assert (
        "ratings[1].year: năm «hai nghìn» không phải là số. (trang «Xếp loại», dòng 3)"
        in result.errors
    )


def test_the_command_exits_1_on_bad_input(tree, document, write_json, capsys):
    document["people"][0]["birth_date"] = "02/13/1985"
    with pytest.raises(CommandError) as raised:
        call_command("loadhistory", str(write_json(document)))
    assert raised.value.returncode == 1
    assert "people[0].birth_date: ngày «02/13/1985» không hợp lệ" in capsys.readouterr().err


def test_the_command_prints_counts_as_json(tree, document, write_json, capsys):
    call_command("loadhistory", str(write_json(document)), "--format", "json")
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["counts"]["people"]["created"] == 2
