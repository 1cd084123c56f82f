#include "bench/national_model.hpp"

#include <fmt/format.h>

#include <array>

namespace chiso::bench {
namespace {

constexpr std::array<const char*, 8> kAreaTitles{
    "Công tác chỉ đạo, điều hành cải cách hành chính",
    "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
    "Cải cách thủ tục hành chính",
    "Cải cách tổ chức bộ máy hành chính",
    "Cải cách chế độ công vụ",
    "Cải cách tài chính công",
    "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
    "Điều tra xã hội học",
};

// Non-survey leaves take these kinds in turn, so every kind appears in every area.
constexpr std::array<LeafKind, 7> kKindCycle{LeafKind::YesNo,  LeafKind::Levels,  LeafKind::Proportional,
                                             LeafKind::Bands,  LeafKind::Deduct,  LeafKind::Formula,
                                             LeafKind::BandsOf};
constexpr std::array<int, 6> kItemQuarters{4, 2, 6, 8, 4, 3};

Criterion make_criterion(const std::string& area, int c, bool weighted, int& leaf_counter) {
    Criterion crit;
    crit.code = fmt::format("{}.{}", area, c);
    const int items = c % 2 == 1 ? 3 : 2;
    if (weighted) crit.weight_percent = std::array<int, 5>{30, 20, 20, 15, 15}[static_cast<std::size_t>(c - 1)];
    for (int i = 1; i <= items; ++i) {
        Leaf leaf;
        leaf.code = fmt::format("{}.{}", crit.code, i);
        leaf.area = area;
        leaf.kind = kKindCycle[static_cast<std::size_t>(leaf_counter) % kKindCycle.size()];
        // In the weighted area each criterion is marked on its own 10-point scale.
        leaf.max_quarters = weighted ? (items == 3 ? std::array<int, 3>{16, 12, 12}[static_cast<std::size_t>(i - 1)] : 20)
                                     : kItemQuarters[static_cast<std::size_t>(leaf_counter) % kItemQuarters.size()];
        crit.max_quarters += leaf.max_quarters;
        crit.leaves.push_back(leaf);
        ++leaf_counter;
    }
    return crit;
}

Area make_survey_area() {
    Area area{"8", kAreaTitles[7], false, false, true, 0, {}};
    for (int c = 1; c <= 5; ++c) {
        Criterion crit;
        crit.code = fmt::format("8.{}", c);
        crit.max_quarters = 8;
        crit.leaves.push_back(Leaf{crit.code, "8", c % 2 == 1 ? LeafKind::Rate : LeafKind::Answers, 8});
        area.max_quarters += crit.max_quarters;
        area.criteria.push_back(crit);
    }
    return area;
}

std::string rule_text(const Leaf& leaf) {
    switch (leaf.kind) {
        case LeafKind::YesNo: return "yesno";
        case LeafKind::Levels:
            return "\n      levels { \"xuất sắc\" -> max, \"tốt\" -> 75%, \"đạt\" -> 50%, \"không đạt\" -> 0 }";
        case LeafKind::Proportional: return "proportional";
        case LeafKind::Bands: return "\n      bands { >= 100% -> max   >= 80% < 100% -> 50%   < 80% -> 0 }";
        case LeafKind::Deduct: return "deduct 25% per event";
        case LeafKind::Formula: return "inputs dat, tong\n      formula max * dat / tong";
        case LeafKind::BandsOf:
            return "inputs dat, tong\n      bands of dat / tong { >= 90% -> max   >= 70% < 90% -> 50%   < 70% -> 0 }";
        case LeafKind::Rate: return "rate";
        case LeafKind::Answers: return "\n      answers { \"A\" -> 100%, \"B\" -> 60%, \"C\" -> 20%, \"D\" -> 0% }";
    }
    return "";
}

void append_area(std::string& out, const Area& area) {
    out += fmt::format("  area {} \"{}\" max {}{}{}{} {{\n", area.code, area.title, quarters_text(area.max_quarters),
                       area.weighted ? " weighted" : "", area.optional ? " optional" : "", area.survey ? " survey" : "");
    for (const Criterion& crit : area.criteria) {
        if (area.survey) {
            const Leaf& leaf = crit.leaves.front();
            out += fmt::format("    criterion {} \"Khảo sát {}\" max {} {}\n", crit.code, crit.code,
                               quarters_text(leaf.max_quarters), rule_text(leaf));
            continue;
        }
        const std::string weight = crit.weight_percent ? fmt::format(" weight {}%", crit.weight_percent) : "";
        out += fmt::format("    criterion {} \"Tiêu chí {}\" max {}{} {{\n", crit.code, crit.code,
                           quarters_text(crit.max_quarters), weight);
        for (const Leaf& leaf : crit.leaves)
            out += fmt::format("      item {} \"Tiêu chí thành phần {}\" max {} {}\n", leaf.code, leaf.code,
                               quarters_text(leaf.max_quarters), rule_text(leaf));
        out += "    }\n";
    }
    out += "  }\n";
}

}  // namespace

std::string quarters_text(int quarters) {
    const int whole = quarters / 4;
    switch (quarters % 4) {
        case 1: return fmt::format("{}.25", whole);
        case 2: return fmt::format("{}.5", whole);
        case 3: return fmt::format("{}.75", whole);
        default: return fmt::format("{}", whole);
    }
}

NationalModel national_model() {
    NationalModel model;
    int leaf_counter = 0;
    for (int a = 1; a <= 7; ++a) {
        Area area{fmt::format("{}", a), kAreaTitles[static_cast<std::size_t>(a - 1)], a == 3, a == 5, false, 0, {}};
        for (int c = 1; c <= 5; ++c) {
            area.criteria.push_back(make_criterion(area.code, c, area.weighted, leaf_counter));
            if (!area.weighted) area.max_quarters += area.criteria.back().max_quarters;
        }
        if (area.weighted) area.max_quarters = 60;  // 15 points shared out by the weights
        model.areas.push_back(area);
    }
    model.areas.push_back(make_survey_area());
    for (const Area& area : model.areas) model.root_max_quarters += area.max_quarters;
    return model;
}

std::vector<Leaf> scored_leaves(const NationalModel& model) {
    std::vector<Leaf> leaves;
    for (const Area& area : model.areas)
        for (const Criterion& crit : area.criteria) leaves.insert(leaves.end(), crit.leaves.begin(), crit.leaves.end());
    return leaves;
}

std::string criteria_text(const NationalModel& model, int year, int blocks) {
    std::string out = fmt::format(
        "# SYNTHETIC national-size criteria written by chiso_bench_gen (bench/): invented\n"
        "# codes and numbers shaped like the national PAR Index, for benchmarks only.\n\n"
        "index par \"Chỉ số cải cách hành chính (tổng hợp, quy mô quốc gia)\"\n"
        "locality benchvn \"Toàn quốc (dữ liệu tổng hợp)\"\n"
        "year {0}\n"
        "basis \"BENCH/QĐ\" date 01/01/{0} \"Bộ tiêu chí tổng hợp dùng cho đo hiệu năng (không có thật)\"\n\n"
        "publish percent\nrounding 2 half_up\nranking by index rounded ties shared\n"
        "not_applicable exclude\nmissing error\n\n",
        year);
    for (int b = 1; b <= blocks; ++b) out += fmt::format("block b{0} \"Khối {0}\" tree xa\n", b);
    out += fmt::format("\ntree xa \"Bộ tiêu chí cấp xã (tổng hợp)\" max {} {{\n", quarters_text(model.root_max_quarters));
    for (const Area& area : model.areas) append_area(out, area);
    out += fmt::format("  item 9 \"Điểm thưởng: sáng kiến cải cách hành chính\" bonus cap {}\n", model.bonus_cap);
    out += fmt::format("  item 10 \"Điểm trừ: vi phạm kỷ luật hành chính\" deduction cap {} per 1\n}}\n\n",
                       model.deduction_cap);
    out +=
        "ladder xep_loai \"Xếp loại\" {\n"
        "  \"Xuất sắc\" when index >= 90\n"
        "  \"Tốt\" when 80 <= index < 90\n"
        "  \"Khá\" when 70 <= index < 80\n"
        "  \"Trung bình\" when 50 <= index < 70\n"
        "  \"Yếu\" when index < 50\n"
        "}\n\n"
        "ladder nguoi_dung_dau \"Đánh giá người đứng đầu\" {\n"
        "  override \"Không hoàn thành nhiệm vụ\" when flag \"kỷ luật\"\n"
        "  \"Hoàn thành xuất sắc nhiệm vụ\" when index >= 90 and rank <= 10\n"
        "  \"Hoàn thành tốt nhiệm vụ\" when index >= 70\n"
        "  \"Hoàn thành nhiệm vụ\" otherwise\n"
        "}\n";
    return out;
}

}  // namespace chiso::bench
