"""Benchmark of the document-ingest extractor (issue 6).

    .venv/bin/python bench/bench_ingest.py [--write-docs]

1. One generated 30-page plan (≈ 30 × 3.000 characters): extraction must take ≤ 1 s.
2. 1.000 generated documents (plans, letters, decisions, reports, articles; .txt and
   .docx) read and extracted by a pool of 2 worker processes: ≤ 2 minutes.

Prints the figures; with --write-docs also writes them into docs/benchmarks.md under
"## Ingest (issue 6)", replacing only that section.
"""

import argparse
import datetime
import multiprocessing
import os
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from thidua.ingest.numbers import format_number  # noqa: E402
from thidua.ingest.service import ingest_file, ingest_text  # noqa: E402

PAGE_CHARS = 3000
PAGES = 30
BATCH = 1000
WORKERS = 2
PLAN_LIMIT_S = 1.0
BATCH_LIMIT_S = 120.0
SECTION = "## Ingest (issue 6)"

PROVINCES = ["Yên Bái", "Kon Tum", "Cà Mau", "Nghệ An", "Quảng Trị", "Long An", "Hà Giang"]
ISSUERS = ["SỞ NỘI VỤ", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "SỞ Y TẾ", "SỞ TÀI CHÍNH"]
MOVEMENTS = [
    "Chung tay xây dựng nông thôn mới",
    "Vì người nghèo - Không để ai bị bỏ lại phía sau",
    "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    "Dân vận khéo",
    "Cả nước thi đua xây dựng xã hội học tập",
]
ROMAN = ["II", "III", "IV", "V", "VI", "VII"]
NAMES = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Quốc Cường", "Phạm Thu Dung", "Hoàng Minh Đức"]


def header(rng: random.Random, kind: str, symbol: str) -> str:
    province = rng.choice(PROVINCES)
    return (
        f"UBND TỈNH {province.upper()}\n{rng.choice(ISSUERS)}\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        f"Số: {rng.randint(1, 999)}/{symbol}\n"
        f"{province}, ngày {rng.randint(1, 28)} tháng {rng.randint(1, 12)} năm 2024\n\n"
        f"{kind}\nPhát động phong trào thi đua “{rng.choice(MOVEMENTS)}” năm 2024\n\n"
    )


def paragraph(rng: random.Random, index: int) -> str:
    return (
        f"{index}. Thực hiện Chỉ thị số {rng.randint(1, 40)}/CT-UBND ngày {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12)}/2023 của UBND tỉnh và Kế hoạch số {rng.randint(1, 300)}/KH-UBND, "
        f"các đơn vị tiếp tục triển khai phong trào thi đua “{rng.choice(MOVEMENTS)}”; "
        f"phấn đấu tỷ lệ hộ nghèo giảm xuống dưới {rng.randint(2, 15)},{rng.randint(1, 9)}%; "
        f"giải quyết việc làm cho {rng.randint(1, 30)}.{rng.randint(100, 999)} lao động; "
        f"{rng.randint(60, 100)}% hồ sơ thủ tục hành chính được giải quyết đúng hạn; "
        f"xây dựng {rng.randint(5, 90)} xã đạt chuẩn nông thôn mới. Chủ tịch UBND tỉnh tặng "
        f"Bằng khen cho {rng.randint(1, 20)} tập thể và {rng.randint(1, 40)} cá nhân; Giám đốc Sở "
        f"tặng Giấy khen cho {rng.randint(1, 60)} cá nhân. Các đơn vị gửi báo cáo kết quả về "
        f"Sở Nội vụ trước ngày {rng.randint(1, 28)}/{rng.randint(1, 12)} hằng năm để tổng hợp.\n\n"
    )


def closing(rng: random.Random) -> str:
    return (
        "Trên đây là Kế hoạch của Sở Nội vụ./.\n\nNơi nhận:\n- UBND tỉnh (b/c);\n"
        "- Các phòng, đơn vị thuộc Sở;\n- Lưu: VT, TĐKT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
        f"{rng.choice(NAMES)}\n"
    )


def plan(rng: random.Random, chars: int) -> str:
    parts = [header(rng, "KẾ HOẠCH", "KH-SNV"), "I. MỤC ĐÍCH, YÊU CẦU\n\n"]
    index = 1
    while sum(map(len, parts)) < chars:
        if index % 12 == 0:
            parts.append(f"{ROMAN[index // 12 % len(ROMAN)]}. NỘI DUNG THI ĐUA\n\n")
        parts.append(paragraph(rng, index))
        index += 1
    parts.append(closing(rng))
    return "".join(parts)


def letter(rng: random.Random) -> str:
    text = header(rng, "", "SNV-TĐKT").replace("Phát động", "V/v phát động", 1)
    return text + "Kính gửi: Các sở, ban, ngành tỉnh.\n\n" + paragraph(rng, 1) + closing(rng)


def article(rng: random.Random) -> str:
    return (
        f"Tỉnh {rng.choice(PROVINCES)} tổng kết phong trào thi đua năm 2023\nLượt xem: 12\n\n"
        + paragraph(rng, 1) * 3
        + "Minh Anh\n"
    )


def generate_batch(directory: Path, count: int) -> list[Path]:
    import docx

    rng = random.Random(6)
    paths = []
    for number in range(count):
        kind = number % 5
        if kind == 0:
            text = plan(rng, PAGE_CHARS * rng.randint(1, 4))
        elif kind == 1:
            text = letter(rng)
        elif kind == 2:
            text = header(rng, "QUYẾT ĐỊNH", "QĐ-UBND") + paragraph(rng, 1) + closing(rng)
        elif kind == 3:
            text = header(rng, "BÁO CÁO", "BC-SNV") + paragraph(rng, 1) * 4 + closing(rng)
        else:
            text = article(rng)
        if number % 10 == 9:
            document = docx.Document()
            for line in text.split("\n"):
                document.add_paragraph(line)
            path = directory / f"van-ban-{number:04d}.docx"
            document.save(path)
        else:
            path = directory / f"van-ban-{number:04d}.txt"
            path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def bench_plan() -> dict[str, float]:
    text = plan(random.Random(30), PAGES * PAGE_CHARS)
    ingest_text(text)  # warm up regex caches and imports
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        result = ingest_text(text)
        timings.append(time.perf_counter() - start)
    assert result["doc_type"] == "ke_hoach"
    return {"chars": len(text), "best": min(timings), "median": statistics.median(timings)}


def _extract(path: Path) -> int:
    result = ingest_file(path)
    return len(result["targets"]) + len(result["referenced_documents"])


def bench_batch() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as directory:
        paths = generate_batch(Path(directory), BATCH)
        size = sum(path.stat().st_size for path in paths)
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(WORKERS) as pool:
            found = pool.map(_extract, paths, chunksize=20)
        elapsed = time.perf_counter() - start
    return {"documents": len(found), "megabytes": size / 1e6, "seconds": elapsed}


def report(plan_figures: dict[str, float], batch_figures: dict[str, float]) -> str:
    """The docs/benchmarks.md section, numbers written the Vietnamese way like the others."""
    plan_ok = "pass" if plan_figures["best"] <= PLAN_LIMIT_S else "FAIL"
    batch_ok = "pass" if batch_figures["seconds"] <= BATCH_LIMIT_S else "FAIL"
    documents, seconds = batch_figures["documents"], batch_figures["seconds"]
    return (
        f"{SECTION}\n\n"
        "Command (pure Python, no database):\n\n"
        "    .venv/bin/python bench/bench_ingest.py --write-docs\n\n"
        f"Measured on {datetime.date.today():%d/%m/%Y}, `nproc` {os.cpu_count()}, Python "
        f"{sys.version.split()[0]}, on a shared machine (other suites may run at the same time).\n\n"
        f"Data, generated with a fixed seed: one plan of {PAGES} pages "
        f"({format_number(plan_figures['chars'])} characters: header, sections I–VII, paragraphs "
        "with references, quoted movements, targets, award counts and a deadline, signature and "
        f"distribution); {format_number(documents)} documents of five kinds (plans of 1–4 pages, "
        "letters, decisions, reports, news articles), one in ten as .docx and the rest as .txt, "
        f"{format_number(round(batch_figures['megabytes'], 1))} MB.\n\n"
        "| measure | figure | limit | result |\n|---|---|---|---|\n"
        f"| 30-page plan, `ingest_text`, best / median of 5 | {plan_figures['best'] * 1000:.0f} / "
        f"{plan_figures['median'] * 1000:.0f} ms | ≤ 1 s | {plan_ok} |\n"
        f"| {format_number(documents)} documents, `ingest_file` (read + extract), pool of "
        f"{WORKERS} processes, start-up included | {format_number(round(seconds, 1))} s "
        f"({documents / seconds:.0f} documents/s) | ≤ 2 min | {batch_ok} |\n"
    )


def write_section(section: str) -> None:
    """Replace (or append) only our section; the file is shared, so read it right before."""
    path = ROOT / "docs" / "benchmarks.md"
    current = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    pattern = re.compile(rf"^{re.escape(SECTION)}\n.*?(?=^## |\Z)", re.S | re.M)
    if pattern.search(current):
        updated = pattern.sub(lambda _: section + "\n", current, count=1)
    else:
        updated = current.rstrip("\n") + "\n\n" + section
    path.write_text(updated.rstrip("\n") + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write-docs", action="store_true", help="update docs/benchmarks.md")
    args = parser.parse_args()
    plan_figures = bench_plan()
    print(
        f"30-page plan: {plan_figures['chars']:.0f} characters, best {plan_figures['best'] * 1000:.0f} ms, "
        f"median {plan_figures['median'] * 1000:.0f} ms (limit 1 s)"
    )
    batch_figures = bench_batch()
    print(
        f"batch: {batch_figures['documents']:.0f} documents, {batch_figures['megabytes']:.1f} MB, "
        f"{batch_figures['seconds']:.1f} s with {WORKERS} workers (limit 120 s)"
    )
    section = report(plan_figures, batch_figures)
    if args.write_docs:
        write_section(section)
        print("docs/benchmarks.md updated")
    else:
        print(section)


if __name__ == "__main__":
    main()
