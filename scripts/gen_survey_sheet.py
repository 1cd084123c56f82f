#!/usr/bin/env python3
"""SYNTHETIC answer sheet for examples/synthetic/sipas-phieu-khao-sat.chiso.

Writes a respondent-level CSV as KoboToolbox or Google Forms export it (UTF-8 with BOM,
CRLF, commas, RFC 4180 quotes with commas, quotes and line breaks inside the notes):
6,000 invented forms rating 20 invented units. Deterministic (random.Random(2025)), so
the committed file is what this script writes:

    python3 scripts/gen_survey_sheet.py > examples/synthetic/sipas-phieu-khao-sat.csv

Nothing here is a real survey; unit names are those of the synthetic score file.
"""
import random
import sys

UNITS = [  # id, name as forms write it, share of forms, base satisfaction
    ("so-noi-vu", "Sở Nội vụ", 330, 0.90), ("so-tu-phap", "Sở Tư pháp", 310, 0.88),
    ("so-tai-chinh", "Sở Tài chính", 300, 0.86), ("so-xay-dung", "Sở Xây dựng", 320, 0.78),
    ("so-y-te", "Sở Y tế", 360, 0.84), ("so-gd-dt", "Sở Giáo dục và Đào tạo", 350, 0.87),
    ("so-cong-thuong", "Sở Công Thương", 280, 0.83), ("so-gtvt", "Sở Giao thông vận tải", 340, 0.80),
    ("so-tn-mt", "Sở Tài nguyên và Môi trường", 330, 0.76), ("so-nn-ptnt", "Sở Nông nghiệp và PTNT", 290, 0.85),
    ("so-kh-dt", "Sở Kế hoạch và Đầu tư", 300, 0.89), ("so-ldtbxh", "Sở Lao động – Thương binh và Xã hội", 310, 0.82),
    ("hong-bang", "Quận Hồng Bàng", 330, 0.91), ("le-chan", "Quận Lê Chân", 320, 0.88),
    ("ngo-quyen", "Quận Ngô Quyền", 310, 0.86), ("kien-an", "Quận Kiến An", 300, 0.84),
    ("thuy-nguyen", "Huyện Thủy Nguyên", 290, 0.81), ("an-duong", "Huyện An Dương", 280, 0.85),
    ("cat-hai", "Huyện Cát Hải", 185, 0.87), ("bach-long-vi", "Huyện Bạch Long Vĩ", 52, 0.93),
]
SATISFIED = ["Rất hài lòng", "Hài lòng", "hài lòng ", "HÀI LÒNG"]
NOT_SATISFIED = ["Bình thường", "Không hài lòng", "Rất không hài lòng", "bình thường"]
NOTES = ["", "", "", "Cán bộ nhiệt tình, hướng dẫn rõ ràng", "Chờ lâu, phải đi lại 2 lần",
         "Thủ tục \"một cửa\" nhanh, gọn", "Đề nghị bổ sung ghế ngồi,\nnước uống cho người chờ",
         "Tốt, nhưng website hay lỗi; nên cải thiện"]


def cell(text):
    if any(c in text for c in ',"\r\n'):
        return '"' + text.replace('"', '""') + '"'
    return text


def unit_cell(rng, uid, name):
    r = rng.random()
    if r < 0.6:
        return name
    if r < 0.8:
        return name.upper()
    if r < 0.9:
        return "  " + name + " "
    return uid


def answer(rng, p):
    r = rng.random()
    if r < 0.03:
        return "Không trả lời"
    if r < 0.05:
        return ""
    return rng.choice(SATISFIED) if rng.random() < p else rng.choice(NOT_SATISFIED)


def likert(rng, p):
    if rng.random() < 0.04:
        return ""
    # a point from 1 to 5 leaning up with p
    weights = [(1 - p) * 0.3, (1 - p) * 0.7, 0.15, p * 0.55, p * 0.45]
    return str(rng.choices([1, 2, 3, 4, 5], weights=weights)[0])


def main():
    rng = random.Random(2025)
    out = sys.stdout
    out.write("\ufeff")
    header = ["start", "ma_phieu", "don_vi", "cau_1", "cau_2", "cau_3", "cau_4", "cau_5", "ghi_chu", "_uuid"]
    rows = []
    for uid, name, forms, p in UNITS:
        for _ in range(forms):
            rows.append((uid, name, p))
    rng.shuffle(rows)
    lines = [",".join(header)]
    for i, (uid, name, p) in enumerate(rows, 1):
        q = [answer(rng, min(0.99, p + d)) for d in (0.02, -0.04, 0.01, 0.0)]
        fields = [f"2025-10-{1 + i % 28:02d}T08:{i % 60:02d}:00+07:00", f"HP25-{i:05d}", unit_cell(rng, uid, name),
                  *q, likert(rng, p), rng.choice(NOTES), f"{rng.getrandbits(64):016x}"]
        lines.append(",".join(cell(f) for f in fields))
    out.write("\r\n".join(lines) + "\r\n")


if __name__ == "__main__":
    main()
