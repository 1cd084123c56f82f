#include "engine/report/build/publication.hpp"
#include "engine/report/build/xlsx_summary_sheet.hpp"

#include "engine/report/build/block_facts.hpp"
#include "engine/report/build/block_view.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/labels/xlsx_labels.hpp"
#include "engine/report/build/xlsx_numbers.hpp"
#include "engine/report/build/xlsx_sheet_parts.hpp"

namespace chiso::report::xlsx {
namespace {

namespace lx = labels::xlsx;

// One measure of one block: this year and, when known, last year.
struct Measure {
    std::string label;
    Cell value, share;
    Cell value_before, share_before, change;
};

struct Context {
    const Definition& def;
    Lang lang;
    const PreviousBlock* before;  // null: last year's statistics are not known

    Cell index(const Rational& value) const { return published_cell(value, publication_of(def), lang); }
};

std::vector<Measure> index_measures(const BlockStats& stats, const Context& x) {
    std::vector<Measure> out;
    Measure count{labels::text(lx::kUnitCount, x.lang), whole_cell(static_cast<long long>(stats.count)), blank_cell(),
                  blank_cell(), blank_cell(), blank_cell()};
    if (x.before) count.value_before = whole_cell(static_cast<long long>(x.before->stats.count));
    out.push_back(count);
    if (stats.count == 0) return out;  // no mean of nothing
    const std::pair<const MessageDef*, Rational> now[] = {
        {&labels::stat_mean, stats.mean}, {&labels::stat_min, stats.min}, {&labels::stat_max, stats.max}};
    for (std::size_t i = 0; i < 3; ++i) {
        Measure m{labels::text(*now[i].first, x.lang), x.index(now[i].second), blank_cell(), blank_cell(), blank_cell(),
                  blank_cell()};
        if (x.before && x.before->stats.count > 0) {
            const BlockStats& then = x.before->stats;
            const Rational before = i == 0 ? then.mean : i == 1 ? then.min : then.max;
            m.value_before = x.index(before);
            const Publication pub = publication_of(x.def);  // the change of the two figures shown
            m.change = published_change_cell(pub.value(now[i].second) - pub.value(before), pub, x.lang);
        }
        out.push_back(m);
    }
    return out;
}

// Last year's count of a rung, from the same ladder's counts.
std::optional<std::size_t> count_before(const PreviousBlock* before, const std::string& ladder, const std::string& label) {
    if (!before) return std::nullopt;
    auto it = before->stats.per_class.find(ladder);
    if (it == before->stats.per_class.end()) return std::nullopt;
    for (const auto& c : it->second)
        if (c.label == label) return c.count;
    return std::nullopt;
}

Measure share_measure(std::string label, std::size_t count, std::size_t whole, std::optional<std::size_t> before,
                      const Context& x) {
    Measure m{std::move(label), whole_cell(static_cast<long long>(count)), share_cell(count, whole, x.lang),
              blank_cell(), blank_cell(), blank_cell()};
    if (before) {
        m.value_before = whole_cell(static_cast<long long>(*before));
        m.share_before = share_cell(*before, x.before->stats.count, x.lang);
    }
    return m;
}

std::vector<Measure> count_measures(const BlockFacts& facts, const Context& x) {
    std::vector<Measure> out;
    const BlockStats& stats = facts.stats();
    if (stats.count == 0) return out;
    for (const LadderFacts& ladder : facts.ladders) {
        if (!ladder.counts) continue;
        const std::string& id = ladder.ladder->id;
        for (const auto& c : *ladder.counts)
            out.push_back(share_measure(labels::format(labels::stat_class, x.lang, ladder.ladder->name, c.label),
                                        c.count, stats.count, count_before(x.before, id, c.label), x));
    }
    // Last year's count of the same statistic, matched by id (compare/previous_year.hpp).
    for (const CountedStat& c : facts.counted) {
        const auto before = x.before ? x.before->counted(c.stat->id) : std::nullopt;
        out.push_back(share_measure(c.stat->label, c.count, stats.count, before, x));
    }
    return out;
}

std::vector<TableColumn> columns(Lang lang, const YearComparison* previous) {
    std::vector<TableColumn> out{{"", labels::text(lx::kColBlock, lang), {12, 36}},
                                 {"", labels::text(lx::kColMeasure, lang), {14, 50}},
                                 {"", labels::text(lx::kColValue, lang), {9, 12}},
                                 {"", labels::text(lx::kColShare, lang), {9, 12}}};
    if (!previous) return out;
    const int year = previous->previous->year;
    const std::string group = labels::format(labels::yr_heading, lang, year);
    out.push_back({group, labels::format(lx::kColValueBefore, lang, year), {9, 12}});
    out.push_back({group, labels::format(lx::kColShareBefore, lang, year), {9, 12}});
    out.push_back({group, labels::text(labels::yr_col_index_change, lang), {9, 12}});
    return out;
}

int put_measures(Sheet& sheet, int row, const std::string& block, const std::vector<Measure>& measures, bool previous) {
    for (const auto& m : measures) {
        std::vector<Cell> cells{text_cell(block), text_cell(m.label), m.value, m.share};
        if (previous) cells.insert(cells.end(), {m.value_before, m.share_before, m.change});
        for (std::size_t c = 0; c < cells.size(); ++c) sheet.at(row, static_cast<int>(c)) = cells[c];
        ++row;
    }
    return row;
}

// Last year's units whose block no longer exists, under the table.
void put_vanished_blocks(Sheet& sheet, int row, int columns, const YearComparison& previous, Lang lang) {
    const std::string text = vanished_blocks_text(previous, lang, "- ");
    std::size_t start = text.find_first_not_of('\n');
    if (start == std::string::npos) return;
    ++row;  // a gap after the table
    while (start < text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        put_full_row(sheet, row++, columns, text_cell(text.substr(start, end - start), Style::Note));
        start = end + 1;
    }
}

}  // namespace

Sheet summary_sheet(const Results& results, Lang lang, const YearComparison* previous) {
    const Definition& def = *results.definition;
    const std::vector<TableColumn> table = columns(lang, previous);
    Sheet sheet;
    sheet.frozen_columns = 2;
    int row = put_titles(sheet, static_cast<int>(table.size()), title_line(lx::kSummaryTitle, def, lang), "",
                         caption_line(def, lang));
    row = put_header(sheet, row, table);
    for (std::size_t b = 0; b < results.blocks.size(); ++b) {
        const BlockResult& block = results.blocks[b];
        const PreviousBlock* before = previous && b < previous->blocks.size() ? previous->blocks[b].previous : nullptr;
        const Context x{def, lang, before};
        std::vector<Measure> measures = index_measures(block.stats, x);
        for (auto& m : count_measures(block_facts(def, block), x)) measures.push_back(std::move(m));
        row = put_measures(sheet, row, block.block->name, measures, previous != nullptr);
    }
    if (previous) put_vanished_blocks(sheet, row, static_cast<int>(table.size()), *previous, lang);
    finish_table(sheet, table, row - 1);
    return sheet;
}

}  // namespace chiso::report::xlsx
