"""What the demo movements say, taken from the seed documents (../shared/seeds/000–003).

Texts are the seeds' own, shortened where they run long. Figures "achieved" in the demo
(progress, reports) are invented for the demonstration and marked so in docs/demo-data.md.
"""

from dataclasses import dataclass, field

# A target: (group, name, unit of measure, value, direction, baseline)
TargetSpec = tuple[str, str, str, str, str, str | None]


@dataclass(frozen=True)
class MovementSpec:
    key: str  # used by the loader only
    organizer: str  # organisation code
    title: str
    start_year: int
    end_year: int
    launched_on: tuple[int, int, int]
    kind: str = "regular"
    theme: str = ""
    slogan: str = ""
    purpose: str = ""
    requirements: str = ""
    named: tuple[str, ...] = ()
    award_forms: tuple[str, ...] = ()
    content: tuple[tuple[str, str], ...] = ()
    criteria: tuple[tuple[str, str], ...] = ()
    documents: tuple[tuple[str, str, tuple[int, int, int], str, str], ...] = ()
    targets: tuple[TargetSpec, ...] = ()
    extra_participants: tuple[str, ...] = ()
    parent: str = ""  # key of the parent spec
    unit_targets: dict[str, tuple[TargetSpec, ...]] = field(default_factory=dict)


SON_LA_NAMED = (
    "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng - an ninh",
    "Chung tay xây dựng nông thôn mới",
    "Vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Đẩy mạnh cải cách hành chính Nhà nước tỉnh Sơn La",
    "Thực hiện chuyển đổi số trên địa bàn tỉnh Sơn La giai đoạn 2021-2025",
    "Sơn La đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch Covid-19",
    "Sóng và máy tính cho em",
    "Doanh nghiệp, hợp tác xã, hộ gia đình và nông dân tỉnh Sơn La sản xuất, kinh doanh nông nghiệp giỏi",
    "Dân vận khéo gắn với thực hiện quy chế dân chủ trong cơ quan hành chính Nhà nước, đơn vị sự nghiệp công lập, doanh nghiệp và ở cơ sở",
    "Cán bộ, công chức, viên chức Sơn La thi đua thực hiện văn hóa công sở",
)

SON_LA_COMMON = (
    (
        "Tuyên truyền, quán triệt tư tưởng Thi đua ái quốc",
        "Tiếp tục tuyên truyền, quán triệt sâu sắc tư tưởng Thi đua ái quốc của Chủ tịch Hồ Chí Minh; "
        "tổ chức thực hiện tốt Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị (khoá XI) về tiếp "
        "tục đổi mới công tác thi đua, khen thưởng; Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng "
        "Chính phủ; Chỉ thị số 11/CT-UBND ngày 13/10/2020 của Chủ tịch UBND tỉnh.",
    ),
    (
        "Các phong trào thi đua yêu nước",
        "Tổ chức triển khai và thực hiện có hiệu quả các phong trào thi đua yêu nước do Thủ tướng "
        "Chính phủ, Chủ tịch UBND tỉnh phát động gắn với nhiệm vụ trọng tâm năm 2023 và giai đoạn "
        "2021-2025.",
    ),
)

SON_LA_DIRECTIVE = MovementSpec(
    key="sla-directive",
    organizer="SLA",
    title="Phát động phong trào thi đua năm 2023",
    start_year=2023,
    end_year=2023,
    launched_on=(2023, 1, 3),
    theme="Đoàn kết, sáng tạo thi đua thực hiện thắng lợi Kế hoạch phát triển kinh tế - xã hội, "
    "từng bước xây dựng tỉnh Sơn La phát triển xanh, nhanh và bền vững",
    purpose="Năm 2023 có ý nghĩa quan trọng trong việc thực hiện thành công Nghị quyết Đại hội Đảng "
    "bộ tỉnh lần thứ XV; Nghị quyết Đại hội Đại biểu toàn quốc lần thứ XIII của Đảng. Để thực hiện "
    "hoàn thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ kế hoạch năm 2023.",
    requirements="Thủ trưởng các Sở, ban, ngành, đoàn thể tỉnh, các doanh nghiệp, Chủ tịch Ủy ban "
    "nhân dân các huyện, thành phố căn cứ chức năng nhiệm vụ của từng địa phương, đơn vị, có trách "
    "nhiệm cụ thể hóa để thực hiện Chỉ thị này.",
    named=SON_LA_NAMED,
    content=(
        *SON_LA_COMMON,
        (
            "Thi đua hoàn thành các chỉ tiêu phát triển kinh tế - xã hội năm 2023",
            "Căn cứ Nghị quyết số 142/NQ-HĐND ngày 08/12/2022 của HĐND tỉnh và Quyết định số "
            "2567/QĐ-UBND ngày 09/12/2022 của UBND tỉnh, thi đua phấn đấu hoàn thành, vượt mức các "
            "chỉ tiêu kinh tế, văn hóa - xã hội, quốc phòng - an ninh, xây dựng Đảng năm 2023.",
        ),
        (
            "Công tác thi đua, khen thưởng",
            "Kịp thời rà soát, điều chỉnh, ban hành các văn bản quy định về thi đua, khen thưởng; "
            "nâng cao chất lượng công tác khen thưởng theo hướng chính xác, kịp thời, công khai, minh bạch.",
        ),
        (
            "Điển hình tiên tiến",
            "Đẩy mạnh công tác tuyên truyền, phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến, "
            "các mô hình mới, nhân tố mới.",
        ),
        (
            "Tổ chức thực hiện",
            "Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh theo dõi, kiểm tra, đôn đốc việc "
            "thực hiện Chỉ thị; tổng hợp báo cáo Chủ tịch UBND tỉnh kết quả thực hiện phong trào thi "
            "đua năm 2023.",
        ),
    ),
    documents=(
        (
            "directive",
            "01/CT-UBND",
            (2023, 1, 3),
            "UBND tỉnh Sơn La",
            "Phát động phong trào thi đua năm 2023",
        ),
    ),
    targets=(
        ("Kinh tế", "Tổng sản phẩm GRDP trên địa bàn tỉnh tăng", "%", "7.5", "at_least", None),
        ("Kinh tế", "Thu nhập bình quân", "triệu đồng/người/năm", "52.4", "at_least", None),
        ("Kinh tế", "Thu ngân sách trên địa bàn", "tỷ đồng", "4800", "at_least", None),
        ("Kinh tế", "Tổng vốn đầu tư phát triển toàn xã hội", "tỷ đồng", "24000", "at_least", None),
        ("Kinh tế", "Giá trị hàng hóa xuất khẩu", "triệu USD", "184", "at_least", None),
        ("Kinh tế", "Xã đạt chuẩn nông thôn mới", "xã", "64", "at_least", "59"),
        ("Văn hóa - xã hội", "Tỷ lệ trường đạt chuẩn quốc gia", "%", "63.3", "at_least", None),
        ("Văn hóa - xã hội", "Số bác sỹ trên 10.000 dân", "bác sỹ", "8.6", "at_least", None),
        ("Văn hóa - xã hội", "Số giường bệnh trên 10.000 dân", "giường", "29.9", "at_least", None),
        (
            "Văn hóa - xã hội",
            "Tỷ lệ hộ nghèo (chuẩn nghèo 2022-2025)",
            "%",
            "15.66",
            "at_most",
            "19.66",
        ),
        (
            "Văn hóa - xã hội",
            "Tỷ lệ gia đình đạt danh hiệu «Gia đình văn hóa»",
            "%",
            "72.5",
            "at_least",
            None,
        ),
        (
            "Quốc phòng - an ninh",
            "Cơ quan, doanh nghiệp, trường học đạt tiêu chuẩn «An toàn về an ninh, trật tự»",
            "%",
            "95.2",
            "at_least",
            None,
        ),
        (
            "Quốc phòng - an ninh",
            "Khu dân cư, xã, phường, thị trấn đạt tiêu chuẩn «An toàn về an ninh, trật tự»",
            "%",
            "90.2",
            "at_least",
            None,
        ),
    ),
    extra_participants=(),
)

ASXH = "Chỉ tiêu về an sinh xã hội"
CCHC = "Chỉ tiêu cải cách hành chính"

SON_LA_LETTER = MovementSpec(
    key="sla-letter",
    organizer="SLA-SLDTBXH",
    parent="sla-directive",
    title="Phát động phong trào thi đua năm 2023 của ngành Lao động - Thương binh và Xã hội",
    start_year=2023,
    end_year=2023,
    launched_on=(2023, 1, 16),
    purpose="Thực hiện Chỉ thị số 01/CT-UBND ngày 03/01/2023 của UBND tỉnh Sơn La. Để thực hiện hoàn "
    "thành và hoàn thành vượt mức các chỉ tiêu, nhiệm vụ lĩnh vực lao động, người có công và xã hội.",
    requirements="Đề nghị các đơn vị triển khai thực hiện, thường xuyên theo dõi, kiểm tra, đôn đốc, "
    "báo cáo về Sở kết quả thực hiện phong trào thi đua năm 2023 để Sở tổng hợp báo cáo UBND tỉnh "
    "theo quy định.",
    named=SON_LA_NAMED[1:4] + SON_LA_NAMED[9:],
    award_forms=("GIAY_KHEN", "BANG_KHEN_TINH"),
    content=(
        *SON_LA_COMMON,
        (
            "Phát động thi đua tại các phòng, đơn vị",
            "Các phòng, đơn vị căn cứ chức năng, nhiệm vụ được giao, chỉ tiêu năm 2023, tổ chức phát "
            "động phong trào thi đua gắn với đẩy mạnh việc học tập và làm theo tư tưởng, đạo đức, "
            "phong cách Hồ Chí Minh; phấn đấu hoàn thành các chỉ tiêu về an sinh xã hội và cải cách "
            "hành chính.",
        ),
        (
            "Công tác thi đua, khen thưởng",
            "Kịp thời rà soát, điều chỉnh, ban hành các văn bản quy định về thi đua, khen thưởng; "
            "phát huy vai trò của Hội đồng Thi đua - Khen thưởng các cấp.",
        ),
        (
            "Điển hình tiên tiến",
            "Đẩy mạnh công tác tuyên truyền, phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến, "
            "các mô hình mới, nhân tố mới.",
        ),
    ),
    documents=(
        (
            "official_letter",
            "…/SLĐTBXH-VP",
            (2023, 1, 16),
            "Sở Lao động - Thương binh và Xã hội tỉnh Sơn La",
            "Về việc phát động phong trào thi đua năm 2023",
        ),
    ),
    # The 34 figures of the letter ("Phấn đấu hoàn thành các chỉ tiêu…").
    targets=(
        (ASXH, "Tổng số hộ toàn tỉnh", "hộ", "298000", "exactly", None),
        (ASXH, "Số hộ nghèo (chuẩn nghèo đa chiều 2021-2025)", "hộ", "46660", "at_most", None),
        (ASXH, "Tỷ lệ hộ nghèo", "%", "15.66", "at_most", "18.66"),
        (ASXH, "Số hộ cận nghèo", "hộ", "20264", "at_most", None),
        (ASXH, "Tỷ lệ hộ cận nghèo", "%", "6.8", "at_most", None),
        (ASXH, "Mức giảm tỷ lệ hộ nghèo", "%/năm", "3", "at_least", None),
        (ASXH, "Số hộ thoát nghèo", "hộ", "600", "at_least", None),
        (ASXH, "Số hộ tái nghèo", "hộ", "400", "at_most", None),
        (ASXH, "Số hộ nghèo mới phát sinh", "hộ", "800", "at_most", None),
        (
            ASXH,
            "Số người trong độ tuổi lao động có khả năng lao động",
            "người",
            "752842",
            "at_least",
            None,
        ),
        (ASXH, "Tổng số lao động có việc làm", "người", "742619", "at_least", None),
        (
            ASXH,
            "Tỷ lệ lao động xã hội trong độ tuổi tham gia bảo hiểm xã hội",
            "%",
            "17.1",
            "at_least",
            None,
        ),
        (
            ASXH,
            "Số lao động được giải quyết việc làm trong năm",
            "lao động",
            "20000",
            "at_least",
            None,
        ),
        (ASXH, "Tỷ lệ thất nghiệp khu vực thành thị", "%", "3.71", "at_most", None),
        (
            ASXH,
            "Tỷ lệ lao động nông nghiệp trong tổng lao động xã hội",
            "%",
            "62.94",
            "at_most",
            None,
        ),
        (
            ASXH,
            "Số lao động đi làm việc ở nước ngoài theo hợp đồng",
            "lao động",
            "112",
            "at_least",
            None,
        ),
        (ASXH, "Đào tạo nghề cho lao động", "lao động", "19000", "at_least", None),
        (ASXH, "Tỷ lệ lao động qua đào tạo", "%", "61", "at_least", None),
        (ASXH, "Tỷ lệ lao động có bằng cấp, chứng chỉ", "%", "26", "at_least", None),
        (
            ASXH,
            "Hộ gia đình chính sách người có công có mức sống bằng hoặc cao hơn mức sống trung bình nơi cư trú",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            ASXH,
            "Xã, phường làm tốt công tác thương binh, liệt sỹ, người có công",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            ASXH,
            "Đối tượng bảo trợ xã hội được thực hiện đầy đủ, kịp thời các chính sách",
            "%",
            "100",
            "at_least",
            None,
        ),
        (ASXH, "Trẻ em có hoàn cảnh đặc biệt khó khăn được trợ giúp", "%", "100", "at_least", None),
        (ASXH, "Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em", "%", "67.3", "at_least", None),
        (
            ASXH,
            "Xã, phường, thị trấn ký cam kết với cơ sở kinh doanh không vi phạm pháp luật về phòng, chống mại dâm",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            ASXH,
            "Người nghiện ma túy được phát hiện được lập hồ sơ, áp dụng biện pháp cai nghiện",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            ASXH,
            "Nạn nhân bị mua bán trở về được hỗ trợ tái hòa nhập cộng đồng",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Thủ tục hành chính được rà soát, sửa đổi, bổ sung, đề xuất cắt giảm",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Cắt giảm thời gian giải quyết thủ tục hành chính so với quy định",
            "%",
            "25",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Thủ tục hành chính được công bố, công khai, cập nhật trên Cổng dịch vụ công",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Hồ sơ thủ tục hành chính giải quyết bằng phương thức điện tử",
            "%",
            "90",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Hồ sơ thủ tục hành chính giải quyết đúng hạn và trước hạn",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Phản ánh, kiến nghị về thủ tục hành chính được xử lý đúng quy định",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            CCHC,
            "Cá nhân, tổ chức hài lòng về kết quả giải quyết thủ tục hành chính",
            "%",
            "100",
            "at_least",
            None,
        ),
    ),
    unit_targets={
        "SLA-SLDTBXH-DVVL": (
            ("", "Tư vấn, giới thiệu việc làm", "lượt người", "12000", "at_least", None),
            (
                "",
                "Giải quyết việc làm qua phiên giao dịch việc làm",
                "lao động",
                "3000",
                "at_least",
                None,
            ),
        ),
        "SLA-SLDTBXH-LDVL": (
            ("", "Đào tạo nghề cho lao động", "lao động", "19000", "at_least", None),
            (
                "",
                "Lao động đi làm việc ở nước ngoài theo hợp đồng",
                "lao động",
                "112",
                "at_least",
                None,
            ),
        ),
        "SLA-SLDTBXH-NCC": (
            ("", "Hồ sơ người có công giải quyết đúng hạn", "%", "100", "at_least", None),
        ),
        "SLA-SLDTBXH-BTXH": (
            (
                "",
                "Trẻ em có hoàn cảnh đặc biệt khó khăn được trợ giúp",
                "%",
                "100",
                "at_least",
                None,
            ),
            ("", "Tỷ lệ hộ nghèo", "%", "15.66", "at_most", "18.66"),
        ),
    },
)

NINH_BINH_DIRECTIVE = MovementSpec(
    key="nbh-directive",
    organizer="NBH",
    title="Phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và "
    "Kế hoạch 5 năm (2021-2025) theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII",
    start_year=2021,
    end_year=2025,
    launched_on=(2021, 8, 27),
    documents=(
        (
            "directive",
            "10/CT-UBND",
            (2021, 8, 27),
            "UBND tỉnh Ninh Bình",
            "Về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng "
            "năm và Kế hoạch 5 năm (2021-2025)",
        ),
    ),
)

NB_THEME = (
    "Cán bộ, công chức, viên chức, người lao động Ngành Lao động - Thương binh và Xã hội quyết tâm "
    "thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm "
    "(2021-2025) theo Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Ninh Bình lần thứ XXII"
)
NB_TASKS = "Nhiệm vụ chính trị"
NB_DIGITAL = "Chuyển đổi số (đến năm 2025)"

NINH_BINH_PLAN = MovementSpec(
    key="nbh-plan",
    organizer="NBH-SLDTBXH",
    parent="nbh-directive",
    title=f"Kế hoạch phát động phong trào thi đua «{NB_THEME}»",
    start_year=2021,
    end_year=2025,
    launched_on=(2021, 9, 20),
    theme=NB_THEME,
    purpose="Phát động toàn thể cán bộ, công chức, viên chức, người lao động trong toàn Ngành tích "
    "cực hưởng ứng và tham gia các phong trào thi đua nhằm tạo sự chuyển biến trong nhận thức, hành "
    "động của mỗi cán bộ, công chức, viên chức, người lao động, nhất là người đứng đầu, để phong trào "
    "thi đua thực sự là động lực thực hiện thắng lợi các mục tiêu, nhiệm vụ của ngành năm 2021 và "
    "giai đoạn 5 năm 2021-2025.",
    requirements="- Phong trào thi đua được triển khai sâu rộng trong toàn ngành, dưới nhiều hình thức, "
    "nội dung phong phú, thiết thực.\n- Kịp thời phát hiện, bồi dưỡng, nhân rộng các điển hình tiên "
    "tiến, những sáng kiến, kinh nghiệm hay.\n- Việc tổ chức triển khai thực hiện nghiêm túc, hiệu quả "
    "không phô trương, hình thức.",
    named=(
        "Cả nước chung tay xây dựng nông thôn mới",
        "Doanh nghiệp Việt Nam hội nhập và phát triển",
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
        "Cán bộ, công chức, viên chức thi đua thực hiện nếp sống văn hóa công sở",
        "Cả nước đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến thắng đại dịch COVID-19",
    ),
    award_forms=("BANG_KHEN_TINH", "CO_THI_DUA_TINH"),
    content=(
        (
            "Thực hiện tốt nhiệm vụ chính trị: đào tạo nghề, giải quyết việc làm",
            "Nâng cao chất lượng, hiệu quả công tác giáo dục nghề nghiệp; phấn đấu đến cuối nhiệm kỳ tỷ lệ lao động qua đào tạo đạt 70%-72%, trong đó có bằng cấp, chứng chỉ đạt từ 28% - 32%; mỗi năm giải quyết việc làm cho 19.400 người lao động, trong đó 1.400 lao động đi xuất khẩu lao động; tỷ lệ thất nghiệp dưới 2%/năm.",
        ),
        (
            "Chính sách ưu đãi người có công",
            "Duy trì 100% xã, phường làm tốt công tác thương binh, liệt sỹ, người có công; 100% Mẹ Việt Nam anh hùng còn sống được các cơ quan, đơn vị phụng dưỡng đến hết đời.",
        ),
        (
            "Giảm nghèo bền vững",
            "Phấn đấu giảm 2/3 số hộ nghèo so với đầu nhiệm kỳ; 100% đối tượng bảo trợ xã hội được hưởng trợ cấp theo quy định.",
        ),
        (
            "Phòng, chống tệ nạn xã hội",
            "Nâng cao chất lượng công tác cai nghiện, quản lý sau cai; phòng ngừa, giảm phát sinh mới tệ nạn mại dâm.",
        ),
        ("Bảo vệ, chăm sóc trẻ em", "Đảm bảo 100% trẻ em dưới 6 tuổi được cấp thẻ Bảo hiểm y tế."),
        (
            "Bình đẳng giới",
            "Nâng cao nhận thức và ý thức trách nhiệm về bình đẳng giới; tạo điều kiện để phụ nữ nghèo được tiếp cận với các dịch vụ trợ giúp.",
        ),
        (
            "Quán triệt, tuyên truyền về thi đua, khen thưởng",
            "Quán triệt tư tưởng thi đua ái quốc; Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Thông tri số 21-TT/TU ngày 04/8/2014 của Tỉnh ủy Ninh Bình.",
        ),
        (
            "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
            "Tiếp tục thực hiện tốt Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        ),
        (
            "Phòng, chống dịch COVID-19",
            "Tích cực hưởng ứng Phong trào thi đua đặc biệt do Thủ tướng Chính phủ phát động; thực hiện «mục tiêu kép».",
        ),
        (
            "Chuyển đổi số",
            "Thực hiện chương trình chuyển đổi số Quốc gia và Nghị quyết số 01-NQ/TU ngày 20/4/2021 của BCH Đảng bộ tỉnh; Kế hoạch số 50/KH-LĐTBXH ngày 29/7/2021 của Sở.",
        ),
        (
            "Kiện toàn tổ chức bộ máy",
            "Sắp xếp tổ chức bộ máy tinh gọn, hoạt động hiệu lực, hiệu quả; đề cao trách nhiệm nêu gương của người đứng đầu.",
        ),
        (
            "Nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
            "Năm 2021 phấn đấu xếp thứ hạng trong top 35 cả nước, năm 2025 trong top 20 cả nước.",
        ),
        (
            "Thực hiện nghiêm các quy định về thi đua, khen thưởng",
            "Khen thưởng đúng người, đúng thành tích, kịp thời, công khai, minh bạch; thực hiện đồng bộ 4 khâu phát hiện - bồi dưỡng - tổng kết - nhân rộng điển hình tiên tiến.",
        ),
    ),
    criteria=(
        (
            "division",
            "Hoàn thành có chất lượng, đúng thời hạn các văn bản chỉ đạo, hướng dẫn thực hiện chính sách, chương trình liên quan đến công tác lao động, người có công và xã hội theo chỉ đạo của các cấp có thẩm quyền.",
        ),
        (
            "division",
            "Hoàn thành thắng lợi các chỉ tiêu phát triển kinh tế - xã hội hằng năm và 5 năm thuộc lĩnh vực quản lý của Ngành.",
        ),
        (
            "division",
            "Có sáng kiến, giải pháp trong việc tham mưu ban hành, tổ chức, hướng dẫn triển khai thực hiện các cơ chế, chính sách hoặc tháo gỡ khó khăn cho cơ sở trong thực hiện nhiệm vụ chuyên môn.",
        ),
        (
            "public_service_unit",
            "Thực hiện tốt công tác quản lý, chăm sóc, nuôi dưỡng, điều trị cho các đối tượng tại Trung tâm; có nhiều sáng kiến, giải pháp trong tổ chức thực hiện chức năng, nhiệm vụ của đơn vị gắn với việc thực hiện nhiệm vụ chính trị của Ngành.",
        ),
        (
            "district_office",
            "Tham mưu xây dựng và triển khai thực hiện có hiệu quả chương trình, kế hoạch lao động, người có công và xã hội trên địa bàn với các giải pháp thiết thực, phù hợp với tình hình và điều kiện thực tế của địa phương.",
        ),
        (
            "district_office",
            "Tích cực, chủ động phối hợp với các phòng nghiệp vụ Sở, các đơn vị có liên quan hoàn thành thắng lợi các chỉ tiêu, nhiệm vụ thuộc lĩnh vực của Ngành; có sáng kiến, giải pháp trong tham mưu, triển khai thực hiện nhiệm vụ tại địa phương được các cấp, các ngành đánh giá, ghi nhận.",
        ),
        (
            "individual",
            "Tích cực hưởng ứng các phong trào thi đua yêu nước các Ngành, các cấp phát động; luôn đổi mới phương thức, tác phong, lề lối làm việc, lấy tiêu chí về sự hài lòng của người dân, đối tượng chính sách, doanh nghiệp là động lực để phấn đấu, quyết tâm hoàn thành tốt nhiệm vụ được giao.",
        ),
        (
            "individual",
            "Nỗ lực công tác, có sáng kiến trong việc tham mưu ban hành các chương trình, chính sách, hướng dẫn thực hiện và tháo gỡ khó khăn cho cơ sở trong thực thi công vụ.",
        ),
    ),
    documents=(
        (
            "plan",
            "…/KH-LĐTBXH",
            (2021, 9, 20),
            "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình",
            "Phát động phong trào thi đua giai đoạn 2021-2025",
        ),
    ),
    targets=(
        (NB_TASKS, "Tỷ lệ lao động qua đào tạo (cuối nhiệm kỳ)", "%", "70", "at_least", None),
        (
            NB_TASKS,
            "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ",
            "%",
            "28",
            "at_least",
            None,
        ),
        (
            NB_TASKS,
            "Giải quyết việc làm cho người lao động mỗi năm",
            "người",
            "19400",
            "at_least",
            None,
        ),
        (NB_TASKS, "Lao động đi xuất khẩu lao động mỗi năm", "lao động", "1400", "at_least", None),
        (NB_TASKS, "Tỷ lệ thất nghiệp", "%", "2", "at_most", None),
        (
            NB_TASKS,
            "Xã, phường làm tốt công tác thương binh, liệt sỹ, người có công",
            "%",
            "100",
            "at_least",
            None,
        ),
        (NB_TASKS, "Mẹ Việt Nam anh hùng còn sống được phụng dưỡng", "%", "100", "at_least", None),
        (NB_TASKS, "Giảm số hộ nghèo so với đầu nhiệm kỳ", "%", "66.7", "at_least", None),
        (
            NB_TASKS,
            "Đối tượng bảo trợ xã hội được hưởng trợ cấp theo quy định",
            "%",
            "100",
            "at_least",
            None,
        ),
        (NB_TASKS, "Trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế", "%", "100", "at_least", None),
        (
            NB_DIGITAL,
            "Hồ sơ công việc tại Sở xử lý trên môi trường mạng",
            "%",
            "90",
            "at_least",
            None,
        ),
        (
            NB_DIGITAL,
            "Dịch vụ công đủ điều kiện cung cấp trực tuyến mức độ 4",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            NB_DIGITAL,
            "Hồ sơ giải quyết theo dịch vụ công trực tuyến mức độ 4",
            "%",
            "50",
            "at_least",
            None,
        ),
        (
            NB_DIGITAL,
            "Người dân, doanh nghiệp hài lòng về giải quyết thủ tục hành chính",
            "%",
            "90",
            "at_least",
            None,
        ),
        (
            NB_DIGITAL,
            "Dữ liệu quản lý của Sở được số hóa, lưu trữ tập trung",
            "%",
            "80",
            "at_least",
            None,
        ),
        (
            NB_DIGITAL,
            "Cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số cơ bản",
            "%",
            "100",
            "at_least",
            None,
        ),
        (
            "Năng lực cạnh tranh",
            "Thứ hạng chỉ số PCI của tỉnh (năm 2025)",
            "hạng",
            "20",
            "at_most",
            "35",
        ),
    ),
    extra_participants=("NBH-PLD01", "NBH-PLD02", "NBH-PLD03"),
    unit_targets={
        "NBH-PLD01": (
            ("", "Giải quyết việc làm trên địa bàn huyện", "người", "1500", "at_least", None),
        ),
        "NBH-PLD02": (
            ("", "Giải quyết việc làm trên địa bàn huyện", "người", "1200", "at_least", None),
        ),
        "NBH-PLD03": (
            ("", "Giải quyết việc làm trên địa bàn huyện", "người", "1800", "at_least", None),
        ),
        "NBH-SLDTBXH-DVVL": (
            ("", "Tư vấn, giới thiệu việc làm", "lượt người", "25000", "at_least", None),
            ("", "Tỷ lệ người được tư vấn có việc làm", "%", "40", "at_least", None),
        ),
        "NBH-SLDTBXH-LDVL": (
            ("", "Lao động đi xuất khẩu lao động", "lao động", "1400", "at_least", None),
        ),
    },
)

BINH_PHUOC_DIRECTIVE = MovementSpec(
    key="bpc-directive",
    organizer="BPC",
    title="Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, "
    "quốc phòng, an ninh năm 2024",
    start_year=2024,
    end_year=2024,
    launched_on=(2024, 2, 10),
    documents=(
        (
            "directive",
            "01/CT-UBND",
            (2024, 2, 10),
            "UBND tỉnh Bình Phước",
            "Về việc phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2024",
        ),
    ),
)

BINH_PHUOC_PLAN = MovementSpec(
    key="bpc-plan",
    organizer="BPC-SLDTBXH",
    parent="bpc-directive",
    title="Kế hoạch phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - "
    "xã hội, quốc phòng, an ninh năm 2024",
    start_year=2024,
    end_year=2024,
    launched_on=(2024, 2, 26),
    purpose="Tiếp tục phát huy những kết quả, thành tích đã đạt được trong phong trào thi đua những "
    "năm qua; tạo không khí thi đua sôi nổi, nêu cao tinh thần chủ động, sáng tạo, cải tiến kỹ thuật "
    "của mỗi tập thể, công chức, viên chức, người lao động, quyết tâm hoàn thành xuất sắc nhiệm vụ "
    "công tác được giao năm 2024.",
    requirements="- Xây dựng, nêu gương những điển hình tiên tiến có thành tích tiêu biểu, xuất sắc; "
    "phong trào thi đua phải được phát động và triển khai thực hiện sâu rộng, nội dung, hình thức "
    "phong phú, cụ thể, thực chất, hiệu quả.\n- Kết hợp chặt chẽ giữa các đợt thi đua thường xuyên với "
    "các đợt thi đua chuyên đề; bảo đảm khen thưởng chính xác, công khai, công bằng và kịp thời.\n"
    "Tổ chức thực hiện: Trưởng các phòng, Giám đốc các đơn vị sự nghiệp tổ chức phát động, đánh giá "
    "và đề xuất khen thưởng gửi Hội đồng Thi đua - Khen thưởng Sở; Văn phòng Sở theo dõi, đôn đốc, "
    "kiểm tra, tham mưu tổng kết, khen thưởng.",
    named=(
        "Cả nước chung sức xây dựng nông thôn mới",
        "Vì người nghèo - Không để ai bị bỏ lại phía sau",
        "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
        "Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí",
        "Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời giai đoạn 2023 - 2030",
        "Xóa nhà tạm, nhà dột nát",
    ),
    content=(
        (
            "Tuyên truyền, quán triệt",
            "Tiếp tục tuyên truyền và quán triệt tư tưởng thi đua ái quốc của Chủ tịch Hồ Chí Minh; Chỉ thị số 34-CT/TW; Chỉ thị số 19/CT-TTg; Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ.",
        ),
        (
            "Vai trò lãnh đạo, chỉ đạo",
            "Phát huy vai trò lãnh đạo, chỉ đạo của cấp ủy, chính quyền các cấp gắn với việc thực hiện có hiệu quả Chỉ thị số 05-CT/TW.",
        ),
        (
            "Hoàn thành các chỉ tiêu năm 2024",
            "Phấn đấu hoàn thành và hoàn thành vượt mức các nhiệm vụ, chỉ tiêu trong chương trình, kế hoạch đề ra.",
        ),
        (
            "Các phong trào thi đua trọng tâm",
            "Triển khai có hiệu quả các phong trào thi đua trọng tâm do Thủ tướng Chính phủ phát động; thi đua lập thành tích chào mừng kỷ niệm 79 năm ngày thành lập Ngành Lao động – Thương binh và Xã hội.",
        ),
        (
            "Cải cách hành chính, chuyển đổi số",
            "Thi đua cải cách hành chính; cải thiện các chỉ số PCI, PAR INDEX, PAPI, SIPAS; đẩy mạnh chuyển đổi số.",
        ),
        (
            "Luật Thi đua, khen thưởng năm 2022",
            "Tổ chức triển khai Luật Thi đua, khen thưởng năm 2022 và các văn bản hướng dẫn thi hành; nâng cao chất lượng công tác thi đua, khen thưởng.",
        ),
    ),
    criteria=(
        (
            "collective",
            "Đối tượng thi đua là tập thể: các phòng chuyên môn, nghiệp vụ thuộc Sở, các đơn vị sự nghiệp trực thuộc Sở.",
        ),
        (
            "individual",
            "Đối tượng thi đua là cá nhân: công chức, viên chức, người lao động thuộc Sở Lao động – Thương binh và Xã hội.",
        ),
    ),
    documents=(
        (
            "plan",
            "…/KH-SLĐTBXH",
            (2024, 2, 26),
            "Sở Lao động - Thương binh và Xã hội tỉnh Bình Phước",
            "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, quốc phòng, an ninh năm 2024",
        ),
    ),
)

SPECS = (
    SON_LA_DIRECTIVE,
    SON_LA_LETTER,
    NINH_BINH_DIRECTIVE,
    NINH_BINH_PLAN,
    BINH_PHUOC_DIRECTIVE,
    BINH_PHUOC_PLAN,
)

REPORT_TEXT = (
    "Đơn vị đã tổ chức quán triệt, phát động phong trào thi đua đến toàn thể cán bộ, công chức, "
    "viên chức, người lao động; xây dựng kế hoạch thực hiện, đăng ký thi đua đầy đủ. Các chỉ tiêu "
    "được giao cơ bản hoàn thành; có {n} sáng kiến được công nhận cấp cơ sở. (Số liệu minh họa của "
    "dữ liệu mẫu.)"
)
