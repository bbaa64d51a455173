"""Regular-expression fragments shared by the normaliser and the extractors.

They match diacritic-free text (`vntext.strip_marks`), upper case as printed in headers
and signature blocks.
"""

# Type words printed above a title (Nghị định 30/2020/NĐ-CP, Phụ lục III).
DOC_TYPE_HEADINGS = (
    "KẾ HOẠCH", "QUYẾT ĐỊNH", "CHỈ THỊ", "BÁO CÁO", "THÔNG BÁO", "HƯỚNG DẪN", "TỜ TRÌNH",
    "BIÊN BẢN", "DANH SÁCH", "CÔNG VĂN", "NGHỊ QUYẾT", "CHƯƠNG TRÌNH", "QUY CHẾ", "QUY ĐỊNH",
    "ĐỀ ÁN", "GIẤY MỜI", "CÔNG ĐIỆN", "THÔNG TRI", "PHƯƠNG ÁN",
)  # fmt: skip

# "KT." (ký thay), "TM." (thay mặt), "TL." (thừa lệnh), "TUQ." (thừa ủy quyền), "Q." (quyền).
ROLE_PREFIX = r"(?:KT|TM|TL|TUQ|Q|T/M|K/T|T/L)\s*[.:/]\s*"
# The signer's own title: "GIÁM ĐỐC", "PHÓ CHỦ TỊCH", "CHÁNH VĂN PHÒNG"…
PERSON_ROLE = (
    r"(?:PHO |CHANH |TONG |UY VIEN |DAI DIEN )?"
    r"(?:GIAM DOC|CHU TICH|HIEU TRUONG|BO TRUONG|THU TRUONG|CUC TRUONG|VIEN TRUONG|"
    r"CHANH VAN PHONG|CHANH THANH TRA|BI THU|CHU NHIEM|THU KY|CHU TOA|CHU TRI|NGUOI LAP|"
    r"TONG BIEN TAP|THU TUONG|TRUONG (?:BAN|PHONG|KHOA|DOAN|TRAM|CONG AN)|CHI CUC TRUONG)\b"
)
