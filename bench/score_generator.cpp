#include "bench/score_generator.hpp"

#include <fmt/format.h>

#include <array>
#include <utility>
#include <vector>

namespace chiso::bench {
namespace {

// splitmix64: small, fast and the same on every platform.
class Random {
public:
    explicit Random(std::uint64_t seed) : state_(seed) {}
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
    // True with probability permille/1000.
    bool chance(int permille) { return below(1000) < permille; }

private:
    std::uint64_t state_;
};

using Named = std::vector<std::pair<std::string, int>>;

// One entered value: a scalar as written, or named numbers.
struct Cell {
    std::string code;
    std::string scalar;
    Named named;
};

struct UnitValues {
    std::string id, name, block;
    bool disciplined = false;
    std::vector<Cell> cells;
};

constexpr std::array<const char*, 6> kPlaceWords{"Tân", "Hòa", "Phú", "Đông", "Xuân", "Thạnh"};
constexpr std::array<const char*, 4> kLevels{"xuất sắc", "tốt", "đạt", "không đạt"};

// A unit's quality q (permille) drives all its values, so indices spread out
// from about 40% to 100% as real results do.
Cell leaf_cell(const Leaf& leaf, Random& rng, int q) {
    const auto good = [&] { return rng.below(1000) < q; };
    switch (leaf.kind) {
        case LeafKind::YesNo: return {leaf.code, good() ? "có" : "không", {}};
        case LeafKind::Levels: {
            int level = good() ? rng.below(2) : 2 + rng.below(2);
            return {leaf.code, kLevels[static_cast<std::size_t>(level)], {}};
        }
        case LeafKind::Proportional:
        case LeafKind::Rate: {
            int tenths = q + rng.below(1001 - q);  // q‰ .. 100%
            return {leaf.code, fmt::format("{}.{}%", tenths / 10, tenths % 10), {}};
        }
        case LeafKind::Bands: return {leaf.code, fmt::format("{}%", q / 10 + rng.below(101 - q / 10)), {}};
        case LeafKind::Deduct: return {leaf.code, fmt::format("{}", good() ? 0 : rng.below(4)), {}};
        case LeafKind::Formula:
        case LeafKind::BandsOf: {
            int tong = 5 + rng.below(60);
            int dat = good() ? tong - rng.below(tong / 5 + 1) : rng.below(tong + 1);
            return {leaf.code, {}, {{"dat", dat}, {"tong", tong}}};
        }
        case LeafKind::Answers: {
            Named counts{{"A", 0}, {"B", 0}, {"C", 0}, {"D", 0}};
            for (int i = 0; i < 40; ++i) counts[static_cast<std::size_t>(good() ? rng.below(2) : 1 + rng.below(3))].second++;
            return {leaf.code, {}, counts};
        }
    }
    return {leaf.code, "0", {}};
}

UnitValues unit_values(const NationalModel& model, const ScoreSpec& spec, int n) {
    Random rng(spec.seed * 1000003ULL + static_cast<std::uint64_t>(n));
    UnitValues u;
    u.id = fmt::format("x{:06d}", n);
    u.name = fmt::format("Xã {} {} {}", kPlaceWords[static_cast<std::size_t>(rng.below(6))],
                         kPlaceWords[static_cast<std::size_t>(rng.below(6))], n);
    u.block = fmt::format("b{}", n % spec.blocks + 1);
    u.disciplined = rng.chance(10);
    const int q = 600 + rng.below(401);
    const bool area5_na = rng.chance(50);
    for (const Area& area : model.areas) {
        if (area.optional && area5_na) {
            u.cells.push_back({area.code, "không áp dụng", {}});
            continue;
        }
        for (const Criterion& crit : area.criteria)
            for (const Leaf& leaf : crit.leaves) u.cells.push_back(leaf_cell(leaf, rng, q));
    }
    if (rng.chance(100)) u.cells.push_back({"9", fmt::format("{}", 1 + rng.below(3)), {}});
    if (rng.chance(50)) u.cells.push_back({"10", "1", {}});
    return u;
}

void append_yaml_unit(std::string& out, const UnitValues& u) {
    out += fmt::format("  - id: {}\n    name: \"{}\"\n    block: {}\n", u.id, u.name, u.block);
    if (u.disciplined) out += "    flags: [kỷ luật]\n";
    out += "    scores:\n";
    for (const Cell& c : u.cells) {
        if (c.named.empty()) {
            out += fmt::format("      \"{}\": {}\n", c.code, c.scalar);
            continue;
        }
        out += fmt::format("      \"{}\": {{", c.code);
        for (std::size_t i = 0; i < c.named.size(); ++i)
            out += fmt::format("{}{}: {}", i ? ", " : "", c.named[i].first, c.named[i].second);
        out += "}\n";
    }
}

// The CSV columns: one per scalar code, one per named variable ("1.1.6:dat").
std::vector<std::string> csv_columns(const NationalModel& model) {
    std::vector<std::string> columns{"id", "name", "block", "flags"};
    for (const Area& area : model.areas) {
        if (area.optional) columns.push_back(area.code);
        for (const Criterion& crit : area.criteria)
            for (const Leaf& leaf : crit.leaves) {
                if (leaf.kind == LeafKind::Formula || leaf.kind == LeafKind::BandsOf) {
                    columns.push_back(leaf.code + ":dat");
                    columns.push_back(leaf.code + ":tong");
                } else if (leaf.kind == LeafKind::Answers) {
                    for (const char* a : {"A", "B", "C", "D"}) columns.push_back(leaf.code + ":" + a);
                } else {
                    columns.push_back(leaf.code);
                }
            }
    }
    columns.push_back("9");
    columns.push_back("10");
    return columns;
}

void append_csv_row(std::string& out, const UnitValues& u, const std::vector<std::string>& columns) {
    std::vector<std::string> row(columns.size());
    std::size_t next = 4;
    row[0] = u.id;
    row[1] = u.name;
    row[2] = u.block;
    row[3] = u.disciplined ? "kỷ luật" : "";
    // Cells come in column order; a missing column (area 5's leaves when it does not
    // apply, no bonus) stays empty.
    for (const Cell& c : u.cells) {
        const std::string first = c.named.empty() ? c.code : c.code + ":" + c.named.front().first;
        while (next < columns.size() && columns[next] != first) ++next;
        if (c.named.empty()) {
            row[next++] = c.scalar;
            continue;
        }
        for (const auto& [name, value] : c.named) row[next++] = fmt::format("{}", value);
    }
    for (std::size_t i = 0; i < row.size(); ++i) out += (i ? "," : "") + row[i];
    out += '\n';
}

const char* kind_name(LeafKind kind) {
    switch (kind) {
        case LeafKind::YesNo: return "yesno";
        case LeafKind::Levels: return "levels";
        case LeafKind::Proportional: return "proportional";
        case LeafKind::Bands: return "bands";
        case LeafKind::Deduct: return "deduct";
        case LeafKind::Formula: return "formula";
        case LeafKind::BandsOf: return "bands_of";
        case LeafKind::Rate: return "rate";
        case LeafKind::Answers: return "answers";
    }
    return "";
}

}  // namespace

std::string scores_yaml(const NationalModel& model, const ScoreSpec& spec) {
    std::string out = fmt::format(
        "# SYNTHETIC scores written by chiso_bench_gen (bench/) for benchmarks.\n"
        "index: par\nlocality: benchvn\nyear: {}\nunits:\n",
        spec.year);
    for (int n = 1; n <= spec.units; ++n) append_yaml_unit(out, unit_values(model, spec, n));
    return out;
}

std::string scores_csv(const NationalModel& model, const ScoreSpec& spec) {
    const auto columns = csv_columns(model);
    std::string out = fmt::format("index,par\nlocality,benchvn\nyear,{}\n", spec.year);
    for (std::size_t i = 0; i < columns.size(); ++i) out += (i ? "," : "") + columns[i];
    out += '\n';
    for (int n = 1; n <= spec.units; ++n) append_csv_row(out, unit_values(model, spec, n), columns);
    return out;
}

std::string rule_table_csv(const NationalModel& model) {
    std::string out = "code,area,criterion,kind,max,weight,area_max,area_weighted,area_optional\n";
    for (const Area& area : model.areas)
        for (const Criterion& crit : area.criteria)
            for (const Leaf& leaf : crit.leaves)
                out += fmt::format("{},{},{},{},{},{},{},{},{}\n", leaf.code, area.code, crit.code, kind_name(leaf.kind),
                                   quarters_text(leaf.max_quarters), crit.weight_percent, quarters_text(area.max_quarters),
                                   area.weighted ? 1 : 0, area.optional ? 1 : 0);
    return out;
}

}  // namespace chiso::bench
