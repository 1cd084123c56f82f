#include "engine/resolve/resolve_survey.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "engine/core/normalise.hpp"
#include "engine/core/suggest.hpp"
#include "engine/resolve/resolve_messages.hpp"

namespace chiso {
namespace {

class SurveyResolver {
public:
    SurveyResolver(Definition& def, Diagnostics& diags) : def_(def), diags_(diags) {}

    void survey(const ast::Survey& s) {
        SurveyDef out;
        out.id = s.id.text;
        out.title = s.title;
        out.loc = s.loc;
        out.unit_column = column(s, s.unit, "unit", "the unit a form rates", "đơn vị được đánh giá", out.unit_loc);
        out.form_column = column(s, s.form, "form", "the form's id", "mã phiếu", out.form_loc);
        if (s.weight) {
            out.weight_column = s.weight->name;
            out.weight_loc = s.weight->loc;
        }
        std::map<std::string, std::uint32_t> columns, codes;
        for (const auto& q : s.questions) {
            if (!first(columns, text_key(q.column), q.column, q.column_loc)) continue;
            if (!first(codes, q.code.text, q.code.text, q.code.loc)) continue;
            if (auto def = question(q)) out.questions.push_back(std::move(*def));
        }
        std::map<std::string, std::uint32_t> skipped;
        for (const auto& label : s.no_answer)
            if (first(skipped, text_key(label.name), label.name, label.loc)) out.no_answer.push_back(text_key(label.name));
        out.exclude_incomplete = s.exclude_incomplete.value_or(false);
        out.method = s.method.value_or(IntervalMethod::Wilson);
        out.interval_loc = s.interval_loc.known() ? s.interval_loc : s.loc;
        if (out.method == IntervalMethod::Wilson)
            for (const auto& q : out.questions)
                if (!q.binary()) fail(s.interval_loc.known() ? s.interval_loc : q.loc, msg::kSurveyWilson, q.column);
        if (s.level) level(*s.level, out);
        bootstrap(s, out);
        if (s.minimum) {
            out.minimum = static_cast<std::uint32_t>(std::min<std::int64_t>(s.minimum->value.num(), 1'000'000'000));
            out.short_sample = s.short_sample;
        }
        out.minimum_loc = s.minimum_loc.known() ? s.minimum_loc : s.loc;
        if (s.separator) separator(*s.separator, out);
        def_.surveys.push_back(std::move(out));
    }

    bool failed() const { return failed_; }

private:
    std::string column(const ast::Survey& s, const std::optional<ast::SurveyColumn>& c, const char* word,
                       const char* what_en, const char* what_vi, SourceLoc& loc) {
        if (c) {
            loc = c->loc;
            return c->name;
        }
        // {2} is worded for the Vietnamese text, {3} for the English one.
        fail(s.id.loc, msg::kSurveyNeedsColumn, s.id.text, word, what_vi, what_en);
        return {};
    }

    bool first(std::map<std::string, std::uint32_t>& seen, const std::string& key, const std::string& written,
               const SourceLoc& loc) {
        auto [it, inserted] = seen.emplace(key, loc.line);
        if (!inserted) fail(loc, msg::kSurveyRepeated, written, it->second);
        return inserted;
    }

    std::optional<SurveyQuestionDef> question(const ast::SurveyQuestion& q) {
        SurveyQuestionDef out;
        out.column = q.column;
        out.code = q.code.text;
        out.loc = q.loc;
        out.column_loc = q.column_loc;
        if (!leaf_found(q)) return std::nullopt;
        if (q.likert) {
            out.likert = true;
            out.low = q.low.value.num();
            out.high = q.high.value.num();
            if (out.low >= out.high) {
                fail(q.low.loc, msg::kSurveyLikertRange, out.low, out.high);
                return std::nullopt;
            }
            return out;
        }
        std::map<std::string, std::uint32_t> labels;
        for (const auto& e : q.scale) {
            if (!first(labels, text_key(e.label), e.label, e.loc)) continue;
            Rational share = e.value.percent ? e.value.value / Rational(100) : e.value.value;
            if (!e.value.percent || share < Rational(0) || share > Rational(1)) {
                fail(e.value.loc, msg::kSurveyShareRange);
                continue;
            }
            out.labels.push_back(SurveyLabelDef{e.label, text_key(e.label), share, e.loc});
        }
        return out;
    }

    // The question's code is a leaf scored by `rate` in every tree that has it, and
    // at least one tree has it.
    bool leaf_found(const ast::SurveyQuestion& q) {
        bool found = false;
        for (const auto& tree : def_.trees) {
            const NodeId id = tree.find(q.code.text);
            if (id == kNoNode) continue;
            found = true;
            const NodeDef& node = tree.nodes[id];
            if (!node.is_leaf() || !node.rule || !node.rule->is<rule::Rate>()) {
                const std::string word = node.is_leaf() && node.rule ? std::string(node.rule->word()) : "—";
                fail(q.code.loc, msg::kSurveyNotRate, q.column, q.code.text, tree.id, word);
                return false;
            }
        }
        if (!found) {
            fail(q.code.loc, msg::kSurveyUnknownCode, q.code.text, q.column);
            std::vector<std::string> leaves;
            for (const auto& tree : def_.trees)
                for (const auto& node : tree.nodes)
                    if (node.is_leaf() && node.rule && node.rule->is<rule::Rate>()) leaves.push_back(node.code);
            diags_.suggest(closest_match(q.code.text, leaves));
        }
        return found;
    }

    void level(const ast::Number& n, SurveyDef& out) {
        const Rational level = n.percent ? n.value / Rational(100) : n.value;
        if (auto z = z_for_level(level); z && n.percent) {
            out.level = level;
            out.z = *z;
        } else {
            fail(n.loc, msg::kSurveyLevel, n.value.to_string() + (n.percent ? "%" : ""));
        }
    }

    // `seed` and `count` belong to the bootstrap, which cannot go without a seed: the
    // same inputs must draw the same resamples on every run and machine.
    void bootstrap(const ast::Survey& s, SurveyDef& out) {
        if (out.method != IntervalMethod::Bootstrap) {
            const char* method = out.method == IntervalMethod::Wilson ? "wilson" : "normal";
            if (s.seed) fail(s.seed_loc, msg::kSurveyNotBootstrap, "seed", method);
            if (s.count) fail(s.count_loc, msg::kSurveyNotBootstrap, "count", method);
            return;
        }
        // The grammar's integer: whole, not negative, at most 18 digits (parse.number-too-long).
        if (!s.seed) fail(s.interval_loc, msg::kSurveyBootstrapSeed);
        else out.seed = static_cast<std::uint64_t>(s.seed->value.num());
        if (!s.count) return;
        const Rational& b = s.count->value;
        if (b.is_big() || b.den() != 1 || b < Rational(kMinResamples) || b > Rational(kMaxResamples)) {
            fail(s.count->loc, msg::kSurveyCountRange, b.to_string(), kMinResamples, kMaxResamples);
            return;
        }
        out.resamples = static_cast<std::uint32_t>(b.num());
    }

    void separator(const ast::SurveyColumn& c, SurveyDef& out) {
        if (c.name == "," || c.name == ";" || c.name == "\t") out.separator = c.name[0];
        else fail(c.loc, msg::kSurveySeparator);
    }

    template <typename... Args>
    void fail(const SourceLoc& loc, const MessageDef& m, Args&&... args) {
        diags_.error(loc, m, std::forward<Args>(args)...);
        failed_ = true;
    }

    Definition& def_;
    Diagnostics& diags_;
    bool failed_ = false;
};

}  // namespace

bool resolve_surveys(const ast::File& file, Definition& def, Diagnostics& diags) {
    SurveyResolver resolver(def, diags);
    std::map<std::string, std::uint32_t> ids;
    for (const auto& s : file.surveys) {
        auto [it, inserted] = ids.emplace(s.id.text, s.id.loc.line);
        if (!inserted) {
            diags.error(s.id.loc, msg::kDuplicateId, "survey", s.id.text, it->second);
            return false;
        }
        resolver.survey(s);
    }
    return !resolver.failed();
}

}  // namespace chiso
