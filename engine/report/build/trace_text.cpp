#include "engine/report/build/trace_text.hpp"

#include <variant>

#include "engine/core/overloaded.hpp"
#include "engine/report/build/cutoff_text.hpp"
#include "engine/report/labels/labels.hpp"
#include "engine/report/view/number_format.hpp"

namespace chiso::report {
namespace {

const char* list_separator(Lang lang) { return lang == Lang::Vi ? "; " : ", "; }

// A value of the trace: at most places + 2 decimals (as the criteria write maxima
// and cut-offs), in the reader's number format.
struct Numbers {
    int places;
    Lang lang;
    std::string operator()(const Rational& x) const { return format_exact(x, places, lang); }
    std::string percent(const Rational& share) const { return (*this)(share * Rational(100)) + "%"; }
};

std::string bound_text(const BoundDef& b, const Numbers& num) { return b.percent ? num.percent(b.value) : num(b.value); }

// "[80%; 100%)", "(-∞; 0,5)": the band as the criteria delimit it.
std::string interval_text(const IntervalDef& in, const Numbers& num) {
    const std::string lo = in.lower ? (in.lower->cmp == Cmp::Ge ? "[" : "(") + bound_text(*in.lower, num) : "(-∞";
    const std::string hi = in.upper ? bound_text(*in.upper, num) + (in.upper->cmp == Cmp::Le ? "]" : ")") : "∞)";
    return lo + list_separator(num.lang) + hi;
}

// The measured value shown the way the bands were written: 95% when they use percentages.
std::string band_value_text(const rule::Bands& rule, const Rational& x, const Numbers& num) {
    return bands_in_percent(rule) ? num.percent(x) : num(x);
}

std::string adjustment_text(bool bonus, const Rational& cap, const std::optional<Rational>& per, const RuleTrace& t,
                            const Numbers& num) {
    std::string amount = t.count && per ? std::to_string(*t.count) + " × " + num(*per) : num(t.value);
    amount = (bonus ? "+" : "−") + amount;
    return t.capped ? labels::format(labels::rule_cap, num.lang, amount, num(cap)) : amount;
}

// One case per rule kind (engine/model/rules.hpp).
std::string leaf_text(const NodeDef& node, const RuleTrace& t, const Numbers& num) {
    const Lang lang = num.lang;
    return std::visit<std::string>(
        overloaded{
            [&](const rule::Points&) { return std::string(); },
            [&](const rule::YesNo&) { return labels::text(t.choice == 1 ? labels::rule_yes : labels::rule_no, lang); },
            [&](const rule::Levels& r) {
                if (t.choice >= r.levels.size()) return std::string();
                const auto& level = r.levels[t.choice];
                return labels::format(labels::rule_level, lang, level.label, num(level.points));
            },
            [&](const rule::Bands& r) {
                if (t.choice >= r.bands.size()) return std::string();
                const auto& band = r.bands[t.choice];
                return labels::format(labels::rule_band, lang, band_value_text(r, t.value, num),
                                      interval_text(band.interval, num), num(band.points));
            },
            [&](const rule::Proportional&) { return labels::format(labels::rule_share, lang, num(t.value)); },
            [&](const rule::Rate&) { return labels::format(labels::rule_share, lang, num(t.value) + "%"); },
            [&](const rule::Answers&) { return labels::format(labels::rule_share, lang, num.percent(t.value)); },
            [&](const rule::Bonus& r) { return adjustment_text(true, r.cap, std::nullopt, t, num); },
            [&](const rule::Deduction& r) { return adjustment_text(false, r.cap, r.per, t, num); },
            [&](const rule::DeductPerEvent& r) {
                return labels::format(labels::rule_per_event, lang, t.count.value_or(0), num(r.points));
            },
            [&](const rule::Formula&) { return labels::format(labels::rule_formula, lang, num(t.value)); },
        },
        node.rule->body);
}

// "40 × (0,6 × 8/10 + 0,4 × 7/10) ÷ 1": the weights of inapplicable parts drop out.
// A weight as written when it has no short decimal (`1/9`), else in the number format.
std::string weight_text(const Rational& w, const Numbers& num) {
    if (w.round(num.places, RoundingMode::HalfUp) == w) return num(w);
    return std::to_string(w.num()) + "/" + std::to_string(w.den());
}

// "10 × ((8/10)^(1/3) × (6,5/10)^(1/3))": each share to its weight over Σ weight.
std::string geometric_text(const NodeDef& node, const NodeTrace& t, const Numbers& num) {
    std::string terms;
    for (const WeightedPart& p : t.parts) {
        const Rational e = t.weights.is_zero() ? Rational(0) : p.weight / t.weights;
        const std::string exponent = e.den() == 1 ? std::to_string(e.num())
                                                  : std::to_string(e.num()) + "/" + std::to_string(e.den());
        terms += (terms.empty() ? "" : " × ") + ("(" + num(p.points) + "/" + num(p.max) + ")^(" + exponent + ")");
    }
    return labels::format(labels::rule_geometric, num.lang, num(node.max), terms);
}

// "100 × 1 ÷ (0,1111 ÷ 9/10 + …)": Σ weight over the sum of each weight over its share.
std::string harmonic_text(const NodeDef& node, const NodeTrace& t, const Numbers& num) {
    std::string terms;
    for (const WeightedPart& p : t.parts)
        terms += (terms.empty() ? "" : " + ") + weight_text(p.weight, num) + " ÷ " + num(p.points) + "/" + num(p.max);
    return labels::format(labels::rule_harmonic, num.lang, num(node.max), weight_text(t.weights, num), terms);
}

std::string weighted_text(const NodeDef& node, const NodeTrace& t, const Numbers& num) {
    if (t.mean == Mean::Geometric) return geometric_text(node, t, num);
    if (t.mean == Mean::Harmonic) return harmonic_text(node, t, num);
    std::string terms;
    for (const WeightedPart& p : t.parts)
        terms += (terms.empty() ? "" : " + ") + weight_text(p.weight, num) + " × " + num(p.points) + "/" + num(p.max);
    return labels::format(labels::rule_weighted, num.lang, num(node.max), terms, weight_text(t.weights, num));
}

std::string unit_text(const PopulationValue& v) { return v.year.empty() ? v.unit : v.unit + ", " + v.year; }

// "khối so; gộp các năm a.yaml, b.yaml": the blocks and the pooled files of a population.
std::string population_where(const NormPopulation& pop, const Numbers& num) {
    std::string blocks;
    for (const auto& b : pop.blocks) blocks += (blocks.empty() ? "" : ", ") + b;
    std::string where = labels::format(labels::norm_blocks, num.lang, blocks);
    if (!pop.years.empty()) {
        std::string years;
        for (const auto& y : pop.years) years += (years.empty() ? "" : ", ") + y;
        where += list_separator(num.lang) + labels::format(labels::norm_years, num.lang, years);
    }
    return where;
}

std::string population_text(const NormPopulation& pop, const Numbers& num) {
    const std::string where = population_where(pop, num);
    return labels::format(labels::note_population, num.lang, where, pop.count, num(pop.low.raw), unit_text(pop.low),
                          num(pop.high.raw), unit_text(pop.high));
}

// "(7,2 − 4,1) ÷ (8,9 − 4,1) × 9 + 1": the formula of engine/model/normalise.hpp with the numbers.
std::string distance_text(const NormaliseDef& n, const Rational& x, const Rational& low, const Rational& high,
                          const Numbers& num) {
    const std::string distance = n.lower_better ? "(" + num(high) + " − " + num(x) + ")" : "(" + num(x) + " − " + num(low) + ")";
    return distance + " ÷ (" + num(high) + " − " + num(low) + ") × " + num(n.to - n.from) + " + " + num(n.from);
}

// √variance shown rounded down to the places shown (cutoff_text.hpp): the points are
// computed from the exact root, never from this.
std::string sd_shown(const NormPopulation& pop, const Numbers& num) {
    return num(sqrt_down(pop.variance, num.places + 2));
}

// "5 + (7,2 − 6,1) ÷ 1,38 × 2 = 6,59": z_mean + (x − mean) ÷ sd × z_sd, reversed for
// lower better; a value beyond [0, max] then says where it was limited.
std::string zscore_text(const NormaliseDef& n, const NormaliseTrace& t, const Rational& points, const Numbers& num) {
    const NormPopulation& pop = *t.population;
    const std::string distance = n.lower_better ? "(" + num(pop.mean) + " − " + num(t.raw) + ")"
                                                : "(" + num(t.raw) + " − " + num(pop.mean) + ")";
    std::string text = num(n.z_mean) + " + " + distance + " ÷ " + sd_shown(pop, num) + " × " + num(n.z_sd) + " = ";
    if (t.z_points == points) return text + num(points);
    return text + labels::format(labels::norm_limited, num.lang, num(t.z_points), num(points));
}

// "tập so sánh: khối so — 14 đơn vị; trung bình 6,1; sd(sample) = √1,9 ≈ 1,38".
std::string zscore_population_text(const NormPopulation& pop, const Numbers& num) {
    const std::string where = population_where(pop, num);
    return labels::format(labels::note_population_z, num.lang, where, pop.count, num(pop.mean),
                          pop.sample ? "sd(sample)" : "sd(population)", num(pop.variance), sd_shown(pop, num));
}

}  // namespace

std::vector<std::string> normalise_notes(const NodeDef& node, const NodeTrace& trace, int places, Lang lang) {
    if (!trace.normalised || !node.normalise) return {};
    const Numbers num{places, lang};
    const NormaliseDef& n = *node.normalise;
    const NormaliseTrace& t = *trace.normalised;
    const std::string points = num(trace.value.points);
    std::string text = num(t.raw) + " → ";
    if (n.method == NormMethod::Goalposts) {
        if (t.counted != t.raw) text = labels::format(labels::norm_limited, lang, num(t.raw), num(t.counted)) + " → ";
        text += distance_text(n, t.counted, n.post_low, n.post_high, num) + " = " + points;
        return {labels::format(labels::note_normalised, lang, text)};
    }
    if (!t.population) return {};
    const NormPopulation& pop = *t.population;
    if (t.equal) {
        text += labels::format(labels::norm_equal, lang, num(pop.low.raw), points);
    } else if (n.method == NormMethod::ZScore) {
        text += zscore_text(n, t, trace.value.points, num);
        return {labels::format(labels::note_normalised, lang, text), zscore_population_text(pop, num)};
    } else if (n.method == NormMethod::Rank) {
        const auto count = static_cast<std::int64_t>(pop.count);
        text += labels::format(labels::norm_rank, lang, t.rank, count) + " → (" + std::to_string(count) + " − " +
                std::to_string(t.rank) + ") ÷ (" + std::to_string(count) + " − 1) × " + num(n.to - n.from) + " + " +
                num(n.from) + " = " + points;
    } else {
        text += distance_text(n, t.raw, pop.low.raw, pop.high.raw, num) + " = " + points;
    }
    return {labels::format(labels::note_normalised, lang, text), population_text(pop, num)};
}

std::string entered_text(const NodeTrace& trace, Lang lang) {
    if (!trace.entered) return "";
    const InputValue& v = *trace.entered;
    // Entered numbers are exact: every decimal the user typed is shown.
    const auto number = [&](const Rational& x) { return localize_decimal(x.to_string(), lang); };
    switch (v.kind) {
        case InputValue::Kind::Number: return number(v.number) + (v.percent ? "%" : "");
        case InputValue::Kind::Text:
        case InputValue::Kind::Boolean: return v.text;
        case InputValue::Kind::NotApplicable: return v.text.empty() ? labels::text(labels::entered_na, lang) : v.text;
        case InputValue::Kind::Named: {
            std::string out;
            for (const auto& entry : v.named)
                out += (out.empty() ? "" : list_separator(lang)) + entry.name + "=" + number(entry.value);
            return "{" + out + "}";
        }
    }
    return "";
}

std::string rule_text(const NodeDef& node, const NodeTrace& trace, int places, Lang lang) {
    const Numbers num{places, lang};
    if (trace.weighted) return weighted_text(node, trace, num);
    if (trace.rule && node.rule) return leaf_text(node, *trace.rule, num);
    return "";
}

}  // namespace chiso::report
