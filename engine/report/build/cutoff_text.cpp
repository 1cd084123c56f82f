#include "engine/report/build/cutoff_text.hpp"


#include "engine/core/rational_root.hpp"
#include "engine/eval/conditions.hpp"
#include "engine/report/labels/labels.hpp"

namespace chiso::report {
namespace {

// Shown as format_exact shows a cut-off (up to the published decimals + 2). An sd is
// √v rounded down to places + 6 decimals before it is shown, so a cut-off a + b × √v is
// computed within |b| × 10^-(places+6) of the exact one (docs/language.md §15d), far
// below the last digit shown; the decision itself never uses this value.
constexpr int kExtra = 0;
constexpr int kSqrtExtra = 6;

const DistributionFact* fact_of(const BlockResult& block, const StatSpec& stat, const UnitResult& unit,
                                const Definition& def) {
    for (const auto& f : block.stats.distribution)
        if (f.written == stat.written && (!def.ranking.within_group || f.group == unit.group)) return &f;
    return nullptr;
}

Rational shown_value(const DistributionFact& f, int places) {
    return f.is_sd ? sqrt_down(f.value, places + kSqrtExtra) : f.value;
}

struct SideText {
    std::string words, numbers;
    Rational value;
    bool ok = true;
};

// A Linear side term by term, in words and in numbers.
SideText side_text(const Definition& def, const BlockResult& block, const UnitResult& unit, const CondValue& side,
                   std::size_t tree, Lang lang) {
    SideText out;
    const int places = def.places + kExtra;
    for (std::size_t i = 0; i < side.terms.size(); ++i) {
        const CondTerm& term = side.terms[i];
        const bool negative = term.coef.is_negative();
        const Rational coef = negative ? -term.coef : term.coef;
        std::string word, number;
        Rational value;
        if (term.value.kind == Measure::Stat) {
            const DistributionFact* f = fact_of(block, term.value.stat, unit, def);
            if (!f) return SideText{"", "", Rational(0), false};
            word = term.value.stat.written;
            value = shown_value(*f, def.places);
            number = format_exact(value, places, lang);
        } else if (term.value.kind == Measure::Number) {
            value = term.value.rank_share || tree >= term.value.scaled.size() ? term.value.number : term.value.scaled[tree];
            word = format_exact(value, places, lang);
            number = word;
        } else {
            word = term.value.kind == Measure::Index ? "index" : term.value.kind == Measure::Points ? "points" : "?";
            if (term.value.kind == Measure::NodeIndex) word = "index(" + term.value.code + ")";
            if (term.value.kind == Measure::NodePoints) word = "points(" + term.value.code + ")";
            const CondContext ctx{def, def.tree_of(*block.block), unit, tree, block.nodes};
            auto v = unit_value(term.value, ctx);
            if (!v) return SideText{"", "", Rational(0), false};
            value = *v;
            number = format_exact(value, places, lang);
        }
        // `mean + 1 × sd(sample)`: a statistic after the first keeps its factor, as written.
        const bool unit_coef = coef == Rational(1) && (i == 0 || term.value.kind != Measure::Stat);
        const std::string factor = unit_coef ? "" : format_exact(coef, places, lang) + " × ";
        const std::string sign = i == 0 ? (negative ? "−" : "") : (negative ? " − " : " + ");
        out.words += sign + factor + word;
        out.numbers += sign + factor + number;
        out.value += term.coef * value;
    }
    return out;
}

std::string plain_text(const Definition& def, const BlockResult& block, const UnitResult& unit, const CondValue& v,
                       std::size_t tree, Lang lang) {
    const CondContext ctx{def, def.tree_of(*block.block), unit, tree, block.nodes};
    auto x = unit_value(v, ctx);
    return x ? format_exact(*x, def.places + kExtra, lang) : "—";
}

const char* cmp_shown(Cmp c) {
    switch (c) {
        case Cmp::Lt: return " < ";
        case Cmp::Le: return " ≤ ";
        case Cmp::Gt: return " > ";
        case Cmp::Ge: return " ≥ ";
        case Cmp::Eq: return " = ";
    }
    return " ";
}

// Recursion follows the written grouping, which the parser bounds.
void collect(const Definition& def, const BlockResult& block, const UnitResult& unit, const CondDef& c,
             std::size_t tree, Lang lang, std::vector<std::string>& cutoffs, std::string& chain, bool& any) {
    for (std::size_t i = 0; i < c.chain.size(); ++i) {
        const Comparison& link = c.chain[i];
        std::string left, right;
        for (const CondValue* side : {&link.lhs, &link.rhs}) {
            std::string shown;
            if (side->kind == Measure::Linear) {
                SideText t = side_text(def, block, unit, *side, tree, lang);
                if (!t.ok) return;
                any = any || t.words != t.numbers;
                const std::string result = format_exact(t.value, def.places + kExtra, lang);
                if (t.words != t.numbers)
                    cutoffs.push_back(labels::format(labels::ex_cutoff, lang, t.words, t.numbers, result));
                shown = result;
            } else {
                shown = plain_text(def, block, unit, *side, tree, lang);
            }
            (side == &link.lhs ? left : right) = shown;
        }
        if (chain.empty() || i == 0) chain += (chain.empty() ? "" : "; ") + left;
        chain += cmp_shown(link.cmp) + right;
    }
    for (const auto& part : c.parts) collect(def, block, unit, part, tree, lang, cutoffs, chain, any);
}

}  // namespace

Rational sqrt_down(const Rational& v, int places) {
    if (v <= Rational(0)) return Rational(0);
    Rational scale(1);
    for (int i = 0; i < places; ++i) scale = scale * Rational(10);
    // The lower bound of GMP's exact integer root (engine/core/rational_root.hpp), a
    // few bits finer than the places shown, then made exact: m² ≤ v × scale² < (m + 1)².
    const unsigned bits = static_cast<unsigned>(places) * 4u + 8u;
    Rational m = (root_bounds(Rational(1), {RootFactor{v, 1}}, 2, bits).lower * scale).round(0, RoundingMode::Down);
    const Rational target = v * scale * scale;
    while (m > Rational(0) && m * m > target) m = m - Rational(1);
    while ((m + Rational(1)) * (m + Rational(1)) <= target) m = m + Rational(1);
    return m / scale;
}

std::vector<std::string> cutoff_lines(const Definition& def, const BlockResult& block, const UnitResult& unit,
                                      const RungDef& rung, Lang lang) {
    if (!rung.when) return {};
    std::vector<std::string> cutoffs;
    std::string chain;
    bool any = false;
    collect(def, block, unit, *rung.when, block.block->tree, lang, cutoffs, chain, any);
    if (!any) return {};
    cutoffs.push_back(labels::format(labels::ex_rung_held, lang, rung.label, rung.when->written, chain));
    return cutoffs;
}

std::vector<std::string> distribution_lines(const Definition& def, const BlockResult& block, Lang lang) {
    std::vector<std::string> out;
    for (const auto& f : block.stats.distribution) {
        const std::string group = f.group.empty() ? "" : " [" + f.group + "]";
        if (f.is_sd)
            out.push_back(labels::format(labels::ex_distribution_sd, lang, f.written + group,
                                         format_exact(f.value, def.places + kExtra, lang),
                                         format_exact(sqrt_down(f.value, def.places + kSqrtExtra), def.places + kSqrtExtra, lang),
                                         f.n));
        else
            out.push_back(labels::format(labels::ex_distribution, lang, f.written + group,
                                         format_exact(f.value, def.places + kExtra, lang), f.n));
    }
    return out;
}

}  // namespace chiso::report
