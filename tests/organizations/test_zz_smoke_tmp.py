import datetime as dt
from tests.organizations.import_helpers import unit, staff, write_xlsx
from thidua.organizations.imports.services import import_run
from thidua.organizations.models import Person, Organization, Employment

def test_smoke(tree, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx",
        units=[unit("N1", "Phòng mới", parent="SLA-LDTBXH"), unit("N2", "Tổ con", parent="N1", founded="01/02/2016")],
        people=[staff("Nguyễn Văn A", "N1"), staff("Lê Thị B", "N2", gender="Nữ", birth=dt.date(1990,1,1)),
                staff("Phạm C", "SLA-LDTBXH-LDVL", start="2021-03-04")])
    r = import_run(actor=None, file=path)
    print(r.message, r.errors, r.warnings, r.counts)
    assert r.ok
    r2 = import_run(actor=None, file=path)
    print(r2.message, r2.errors, r2.warnings, r2.counts)
    assert Person.objects.count() == 3
