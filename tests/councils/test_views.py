"""Council pages with personas: the runner acts, readers read (403 on writes), other units
get 404, and a ballot page is its member's only."""

import pytest

from tests.conftest import client_for, verified_client_for
from tests.councils.factories import add_member
from thidua.councils.models import BallotIssue, CouncilMember, ItemStatus, Vote
from thidua.councils.services.voting import voting_open


def test_it_lists_councils_and_shows_members_and_meetings(scene, personas):
    client = client_for(personas.council_member)
    assert scene.council.name in client.get("/hoi-dong/").content.decode()
    page = client.get(f"/hoi-dong/{scene.council.pk}/").content.decode()
    assert scene.members[0].name in page and scene.meeting.title in page
    assert "Thêm thành viên" not in page  # read-only
    page = client.get(f"/hoi-dong/phien-hop/{scene.meeting.pk}/").content.decode()
    assert scene.dossier.title in page and "Đủ số thành viên dự họp" in page
    assert "Mở bỏ phiếu" not in page
    assert client.get("/hoi-dong/phien-hop/").status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/hoi-dong/{council}/",
        "/hoi-dong/{council}/sua/",
        "/hoi-dong/phien-hop/{meeting}/",
        "/hoi-dong/phien-hop/{meeting}/sua/",
        "/hoi-dong/noi-dung/{item}/so-phieu/",
        "/hoi-dong/phieu-bau/{item}/",
        "/hoi-dong/thanh-vien/{member}/sua/",
    ],
)
def test_it_hides_a_council_from_another_unit(scene, personas, url):
    url = url.format(
        council=scene.council.pk,
        meeting=scene.meeting.pk,
        item=scene.item.pk,
        member=scene.members[0].pk,
    )
    assert client_for(personas.officer_b).get(url).status_code == 404


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("/hoi-dong/{council}/sua/", {"name": "X"}),
        ("/hoi-dong/{council}/thanh-vien/them/", {}),
        ("/hoi-dong/thanh-vien/{member}/thoi/", {}),
        ("/hoi-dong/{council}/phien-hop/tao/", {}),
        ("/hoi-dong/phien-hop/{meeting}/diem-danh/", {}),
        ("/hoi-dong/phien-hop/{meeting}/chuong-trinh/", {}),
        ("/hoi-dong/phien-hop/{meeting}/ket-thuc/", {}),
        ("/hoi-dong/noi-dung/{item}/mo-bo-phieu/", {}),
        ("/hoi-dong/noi-dung/{item}/ket-thuc-bo-phieu/", {}),
    ],
)
def test_it_refuses_writes_to_read_only_users(scene, personas, url, data):
    url = url.format(
        council=scene.council.pk,
        meeting=scene.meeting.pk,
        item=scene.item.pk,
        member=scene.members[0].pk,
    )
    assert client_for(personas.council_member).post(url, data).status_code == 403
    assert client_for(personas.leader).post(url, data).status_code == 403
    assert client_for(personas.officer_b).post(url, data).status_code == 404


def test_it_lets_the_secretary_run_the_meeting(scene):
    client = client_for(scene.secretary)
    meeting_url = f"/hoi-dong/phien-hop/{scene.meeting.pk}/"
    response = client.post(f"/hoi-dong/noi-dung/{scene.item.pk}/mo-bo-phieu/", follow=True)
    assert "Đã mở bỏ phiếu" in response.content.decode()
    count = client.get(f"/hoi-dong/noi-dung/{scene.item.pk}/so-phieu/").content.decode()
    assert "Đã nhận 0/5 phiếu" in count and "hx-trigger" in count
    response = client.post(f"/hoi-dong/noi-dung/{scene.item.pk}/ket-thuc-bo-phieu/", follow=True)
    assert "Đã kết thúc bỏ phiếu" in response.content.decode()
    scene.item.refresh_from_db()
    assert scene.item.status == ItemStatus.CLOSED
    page = client.get(meeting_url).content.decode()
    assert "Kết thúc phiên họp và lập biên bản" in page


def test_it_shows_service_errors_as_messages(scene):
    client = client_for(scene.secretary)
    response = client.post(f"/hoi-dong/phien-hop/{scene.meeting.pk}/ket-thuc/", follow=True)
    assert "Còn nội dung chưa bỏ phiếu" in response.content.decode()


def test_it_creates_a_council_seats_members_and_plans_a_meeting(tree, secretary, personas):
    client = client_for(secretary)
    assert client.get("/hoi-dong/tao/").status_code == 200
    response = client.post(
        "/hoi-dong/tao/",
        {"organization": tree.dept.pk, "name": "Hội đồng TĐKT Sở", "established_by": ""},
    )
    council_url = response["Location"]
    pk = int(council_url.strip("/").split("/")[-1])
    response = client.post(
        f"/hoi-dong/{pk}/thanh-vien/them/",
        {
            "user": personas.leader.pk,
            "position": "Giám đốc Sở",
            "role": "chair",
            "votes": "on",
            "term_start": "01/01/2025",
            "term_end": "31/12/2029",
            "order": "1",
        },
    )
    assert response.status_code == 302, response.content.decode()
    member = CouncilMember.objects.get(council_id=pk)
    response = client.post(
        f"/hoi-dong/{pk}/phien-hop/tao/",
        {
            "title": "Xét khen thưởng",
            "day": "15/12/2025",
            "time": "08:00",
            "place": "Phòng họp 1",
            "chair": member.pk,
        },
    )
    assert response.status_code == 302
    response = client.post(f"/hoi-dong/{pk}/thanh-vien/them/", {"term_start": "31/02/2025"})
    assert "dd/mm/yyyy" in response.content.decode()


def test_it_shows_a_member_their_ballot_and_the_receipt_once(scene, personas):
    voting_open(actor=scene.secretary, item=scene.item)
    member = scene.members[1]
    client = client_for(member.user)
    listing = client.get("/hoi-dong/phieu-bau/").content.decode()
    assert f"/hoi-dong/phieu-bau/{scene.item.pk}/" in listing
    page = client.get(f"/hoi-dong/phieu-bau/{scene.item.pk}/")
    assert "Gửi phiếu bầu" in page.content.decode()
    nomination = scene.dossier.nominations.get()
    response = client.post(f"/hoi-dong/phieu-bau/{scene.item.pk}/", {})
    assert response.status_code == 400 and "Cần chọn" in response.content.decode()
    response = client.post(f"/hoi-dong/phieu-bau/{scene.item.pk}/", {f"n{nomination.pk}": "yes"})
    body = response.content.decode()
    assert "Mã xác nhận phiếu bầu" in body and "no-cache" in response["Cache-Control"]
    assert Vote.objects.count() == 1 and BallotIssue.objects.get(member=member).cast
    code = body.split('id="receipt-code">')[1].split("<")[0]
    again = client.get(f"/hoi-dong/phieu-bau/{scene.item.pk}/").content.decode()
    assert "đã bỏ phiếu" in again and code not in again
    checked = client.post("/hoi-dong/phieu-bau/kiem-tra/", {"code": code}).content.decode()
    assert "Phiếu của đồng chí đã được ghi nhận" in checked and "Đồng ý" in checked
    wrong = client.post("/hoi-dong/phieu-bau/kiem-tra/", {"code": "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ"})
    assert "Không tìm thấy phiếu bầu" in wrong.content.decode()
    other = client_for(personas.officer_b).post("/hoi-dong/phieu-bau/kiem-tra/", {"code": code})
    assert "Phiếu của đồng chí" not in other.content.decode()


def test_it_gives_404_on_a_ballot_page_to_anyone_without_that_ballot(make_scene, personas):
    scene = make_scene(members=3, present=2)
    voting_open(actor=scene.secretary, item=scene.item)
    url = f"/hoi-dong/phieu-bau/{scene.item.pk}/"
    absent = scene.members[2].user
    for user in (absent, scene.secretary, personas.dept_officer):
        assert client_for(user).get(url).status_code == 404
    assert verified_client_for(personas.admin).get(url).status_code == 404
    listing = client_for(absent).get("/hoi-dong/phieu-bau/").content.decode()
    assert "không có mặt theo điểm danh" in listing


def test_it_refuses_a_second_ballot_through_the_page(scene):
    voting_open(actor=scene.secretary, item=scene.item)
    client = client_for(scene.members[0].user)
    nomination = scene.dossier.nominations.get()
    client.post(f"/hoi-dong/phieu-bau/{scene.item.pk}/", {f"n{nomination.pk}": "no"})
    client.post(f"/hoi-dong/phieu-bau/{scene.item.pk}/", {f"n{nomination.pk}": "yes"})
    assert list(Vote.objects.values_list("choice", flat=True)) == ["no"]


def test_it_records_attendance_from_the_form(scene):
    extra = add_member(scene.council, scene.secretary)
    client = client_for(scene.secretary)
    data = {f"present-{m.pk}": "1" for m in scene.members} | {f"note-{extra.pk}": "Ốm"}
    client.post(f"/hoi-dong/phien-hop/{scene.meeting.pk}/diem-danh/", data)
    page = client.get(f"/hoi-dong/phien-hop/{scene.meeting.pk}/").content.decode()
    assert "có mặt: 5" in page and 'value="Ốm"' in page
