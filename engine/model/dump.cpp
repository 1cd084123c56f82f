#include "engine/model/dump.hpp"

#include <optional>
#include <string>
#include <variant>

#include "engine/core/overloaded.hpp"
#include "engine/model/condition_bounds.hpp"
#include "engine/model/interval_analysis.hpp"

namespace chiso {

std::string exact_text(const Rational& value) {
    if (value.is_big()) return value.to_string(18);
    std::int64_t d = value.den();
    int twos = 0, fives = 0;
    for (; d % 2 == 0; d /= 2) ++twos;
    for (; d % 5 == 0; d /= 5) ++fives;
    if (d == 1) return value.to_string(std::max(twos, fives));
    return std::to_string(value.num()) + "/" + std::to_string(value.den());
}

namespace {

const char* word(Cmp c) { return cmp_written(c); }


const char* word(RoundingMode m) {
    switch (m) {
        case RoundingMode::HalfUp: return "half_up";
        case RoundingMode::HalfEven: return "half_even";
        case RoundingMode::Down: return "down";
        case RoundingMode::Up: return "up";
    }
    return "?";
}

const char* word(NaPolicy p) { return p == NaPolicy::Exclude ? "exclude" : p == NaPolicy::Full ? "full" : "zero"; }

const char* word(TieKey k) {
    switch (k) {
        case TieKey::Points: return "points";
        case TieKey::Index: return "index";
        case TieKey::NodePoints: return "node points";
        case TieKey::Name: return "name";
        case TieKey::Id: return "id";
    }
    return "?";
}

const char* word(CondDef::Kind k) {
    switch (k) {
        case CondDef::Kind::Compare: return "compare";
        case CondDef::Kind::All: return "all";
        case CondDef::Kind::Any: return "any";
        case CondDef::Kind::Not: return "not";
        case CondDef::Kind::Flag: return "flag";
    }
    return "?";
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

std::string node_ref(const Definition& def, const std::vector<NodeId>& per_tree) {
    std::string out;
    for (std::size_t t = 0; t < def.trees.size() && t < per_tree.size(); ++t)
        out += std::string(out.empty() ? "" : ", ") + def.trees[t].id + " " +
               (per_tree[t] == kNoNode ? "—" : "#" + std::to_string(per_tree[t]));
    return "[" + out + "]";
}

class Dumper {
public:
    explicit Dumper(const Definition& def) : def_(def) {}

    std::string run() {
        header();
        for (const auto& b : def_.blocks) block(b);
        for (std::size_t t = 0; t < def_.trees.size(); ++t) tree(t);
        for (const auto& l : def_.ladders) ladder(l);
        for (const auto& s : def_.stats) {
            line(0, "stat " + s.id + " " + quoted(s.label));
            if (s.when) condition(*s.when, 1);
        }
        for (const auto& s : def_.surveys) survey(s);
        return std::move(out_);
    }

private:
    // A survey as the model holds it: columns, each question's scale as shares, the
    // interval with its z, the minimum.
    void survey(const SurveyDef& s) {
        line(0, "survey " + s.id + " " + quoted(s.title) + ", unit column " + quoted(s.unit_column) + ", form column " +
                    quoted(s.form_column) + (s.weight_column ? ", weight column " + quoted(*s.weight_column) : ""));
        for (const auto& q : s.questions) {
            std::string text = "question " + quoted(q.column) + " -> " + q.code;
            if (q.likert) {
                text += " likert " + std::to_string(q.low) + ".." + std::to_string(q.high) + " share (v - " +
                        std::to_string(q.low) + ") / " + std::to_string(q.high - q.low);
            } else {
                for (const auto& l : q.labels) text += " " + quoted(l.label) + "=" + l.share.to_string(12);
            }
            line(1, text);
        }
        std::string skip;
        for (const auto& k : s.no_answer) skip += " " + quoted(k);
        line(1, "no answer: blank" + skip + ", incomplete " + (s.exclude_incomplete ? "exclude" : "keep"));
        const std::string method = s.method == IntervalMethod::Bootstrap
                                       ? "bootstrap level " + s.level.to_string(6) + " seed " + std::to_string(s.seed) +
                                             " count " + std::to_string(s.resamples)
                                       : std::string(s.method == IntervalMethod::Wilson ? "wilson" : "normal") +
                                             " level " + s.level.to_string(6) + " z " + s.z.to_string(6);
        line(1, "interval " + method + ", minimum " + std::to_string(s.minimum) +
                    (s.short_sample == ShortSample::Unrated ? " unrated" : " warn") + ", separator " +
                    (s.separator == 0 ? std::string("detected") : quoted(std::string(1, s.separator))));
    }

    void header() {
        line(0, "index " + def_.index_id + " " + quoted(def_.index_name) + ", locality " + def_.locality_id + " " +
                    quoted(def_.locality_name) + ", year " + std::to_string(def_.year));
        line(0, std::string("publish ") + (def_.publish == Publish::Percent ? "percent" : "points") + ", rounding " +
                    std::to_string(def_.places) + " " + word(def_.rounding) + ", not_applicable " + word(def_.default_na) + ", missing " +
                    (def_.missing_is_zero ? "zero" : "error"));
        const RankingDef& r = def_.ranking;
        line(0, std::string("ranking by ") + (r.by == RankBy::Index ? "index" : "points") +
                    (r.on_rounded ? " rounded" : " exact") + " ties " +
                    (r.ties == TiePolicy::Shared ? "shared" : r.ties == TiePolicy::Dense ? "dense" : "distinct") +
                    (r.within_group ? " within group" : ""));
        for (std::size_t i = 0; i < r.tie_breaks.size(); ++i) {
            const TieBreakDef& t = r.tie_breaks[i];
            std::string text = "tie-breaker " + std::to_string(i + 1) + ": " + word(t.key);
            if (t.key == TieKey::NodePoints) text += " " + t.code + " " + node_ref(def_, t.node);
            line(1, text);
        }
    }

    void block(const BlockDef& b) {
        std::string text = "block " + b.id + " " + quoted(b.name) + " tree #" + std::to_string(b.tree) + " " +
                           def_.tree_of(b).id;
        if (!b.excluded.empty()) {
            text += " excluded";
            for (NodeId id : b.excluded) text += " #" + std::to_string(id);
        }
        line(0, text);
    }

    void tree(std::size_t t) {
        const TreeDef& tree = def_.trees[t];
        line(0, "tree #" + std::to_string(t) + " " + tree.id + " " + quoted(tree.title) + ": " +
                    std::to_string(tree.nodes.size()) + " nodes");
        for (NodeId id = 0; id < tree.nodes.size(); ++id) node(tree, id);
    }

    void node(const TreeDef& tree, NodeId id) {
        const NodeDef& n = tree.nodes[id];
        std::string text = "#" + std::to_string(id) + " " + n.code + " max " + exact_text(n.max);
        if (n.parent != kNoNode) text += " under #" + std::to_string(n.parent);
        if (!n.is_leaf()) text += n.weighted ? std::string(" weighted") + (n.mean == Mean::Arithmetic ? "" : " ") +
                                                   mean_written(n.mean)
                                             : " sum";
        if (n.weight) text += " weight " + exact_text(*n.weight);
        if (n.survey) text += " survey";
        if (n.optional) text += std::string(" optional na ") + word(n.na);
        if (n.unchecked) text += " unchecked";
        if (n.default_value) text += " default " + exact_text(*n.default_value);
        for (std::size_t i = 0; i < n.inputs.size(); ++i) text += " in" + std::to_string(i) + "=" + n.inputs[i];
        line(1 + n.depth, text);
        if (n.normalise) normalise(*n.normalise, 2 + n.depth);
        if (n.rule) rule(*n.rule, n, 2 + n.depth);
    }

    // `normalise minmax onto 1..10 lower-better over block(s) so pooled "f.yaml"=path`:
    // the resolved numbers exactly, and the pooled files as found.
    void normalise(const NormaliseDef& d, int depth) {
        std::string text = std::string("normalise ") + norm_method_written(d.method);
        if (d.method == NormMethod::Goalposts) text += " posts " + exact_text(d.post_low) + ".." + exact_text(d.post_high);
        if (d.method == NormMethod::ZScore)
            text += std::string(d.z_sample ? " sd(sample)" : " sd(population)") + " onto mean " + exact_text(d.z_mean) +
                    " sd " + exact_text(d.z_sd);
        else
            text += " onto " + exact_text(d.from) + ".." + exact_text(d.to);
        text += d.lower_better ? " lower-better" : " higher-better";
        if (d.blocks.empty()) text += " over own block";
        for (const auto& b : d.blocks) text += " block=" + b;
        for (const auto& y : d.years) text += " pooled " + quoted(y.written) + "=" + y.path;
        if (d.if_equal) text += " if-equal " + exact_text(*d.if_equal);
        line(depth, text);
    }

    void rule(const RuleDef& r, const NodeDef& n, int depth) {
        std::string text = "rule " + std::string(r.word());
        // Each kind's operands, in the order they are written.
        std::visit(overloaded{
                       [&]<OperandsRule K>(const K& k) { text += operands_text(k); },
                       [&](const rule::Levels& k) {
                           for (const auto& l : k.levels) text += " " + quoted(l.label) + "=" + exact_text(l.points);
                       },
                       [&](const rule::Bands& k) {
                           for (const auto& b : k.bands) text += " " + interval_text(b.interval) + "=" + exact_text(b.points);
                       },
                       [&](const rule::Answers& k) {
                           for (const auto& a : k.answers) text += " " + quoted(a.label) + "×" + exact_text(a.weight);
                       },
                   },
                   r.body);
        if (r.ratio_limit) text += " ratio ≤ " + exact_text(*r.ratio_limit);
        if (r.allow_negative) text += " allow negative";
        if (n.written.rule) text += "  # written: " + *n.written.rule;
        line(depth, text);
        if (const ExprDef* e = r.expr()) expression(*e, depth + 1);
    }

    // ` cap 2 per 0.5`: each given operand (an expression is dumped below the rule),
    // named by its keyword, else the words after it (`per event 0.5`), else its name.
    template <OperandsRule K>
    static std::string operands_text(const K& kind) {
        std::string out;
        for_each_operand(kind, [&](auto tag, const auto& field) {
            constexpr rule_words::Operand op = decltype(tag)::value;
            if constexpr (op.type != rule_words::OperandType::Expr) {
                const Rational* value = present(field);
                if (!value) return;
                out += " " + label(op) + " " + exact_text(*value);
            }
        });
        return out;
    }
    static std::string label(const rule_words::Operand& op) {
        if (op.word) return op.word;
        if (op.after_count() == 0) return op.name;
        std::string out = op.after[0];
        for (std::size_t i = 1; i < op.after_count(); ++i) out += std::string(" ") + op.after[i];
        return out;
    }
    static const Rational* present(const Rational& value) { return &value; }
    static const Rational* present(const std::optional<Rational>& value) { return value ? &*value : nullptr; }

    void expression(const ExprDef& e, int depth) {
        std::string text = "postfix (stack " + std::to_string(e.stack_depth) + "):";
        for (const auto& s : e.steps) {
            text += " ";
            switch (s.op) {
                case ExprDef::Op::Constant: text += exact_text(e.constants[s.arg]); break;
                case ExprDef::Op::Input: text += "in" + std::to_string(s.arg); break;
                default: text += op_text(s.op); break;
            }
        }
        line(depth, text + "  # written: " + e.written);
    }

    void ladder(const LadderDef& l) {
        line(0, "ladder " + l.id + " " + quoted(l.name));
        for (const auto& s : l.sections) {
            std::string blocks;
            for (const auto& b : s.blocks) blocks += " " + b;
            line(1, s.blocks.empty() ? "section (default)" : "section for" + blocks);
            for (const auto& r : s.rungs) {
                line(2, std::string(r.override_rung ? "override " : "") + quoted(r.label) + (r.when ? "" : " otherwise"));
                if (r.when) condition(*r.when, 3);
            }
        }
    }

    // `c4 all  # written: …`, its parts below it; comparisons with their operands
    // bound in every tree; and the index interval per tree when it has one.
    void condition(const CondDef& c, int depth) {
        const int id = ++conditions_;
        std::string text = "c" + std::to_string(id) + " " + word(c.kind);
        if (c.kind == CondDef::Kind::Flag) text += " " + quoted(c.flag);
        if (!c.written.empty()) text += "  # written: " + c.written;
        line(depth, text);
        for (const auto& link : c.chain)
            line(depth + 1, value(link.lhs) + " " + word(link.cmp) + " " + value(link.rhs));
        for (const auto& p : c.parts) condition(p, depth + 1);
        if (!c.written.empty()) intervals(c, depth + 1);  // the whole condition's, as the checker reads it
    }

    void intervals(const CondDef& c, int depth) {
        std::string text;
        for (std::size_t t = 0; t < def_.trees.size(); ++t) {
            const auto in = index_interval(c, t);
            if (!in) return;
            text += (text.empty() ? "" : ", ") + def_.trees[t].id + " " + interval_text(*in);
        }
        if (!text.empty()) line(depth, "index interval: " + text);
    }

    std::string value(const CondValue& v) const {
        switch (v.kind) {
            case Measure::Number: {
                std::string text = exact_text(v.number) + (v.percent ? "%" : "");
                if (v.top) return text + " (of the units ranked, rounded " + rounding_written(*v.top) + ")";
                if (v.rank_share) return text + " (of the units ranked)";
                std::string scaled;
                for (std::size_t t = 0; t < def_.trees.size() && t < v.scaled.size(); ++t)
                    scaled += (scaled.empty() ? "" : ", ") + def_.trees[t].id + " " + exact_text(v.scaled[t]);
                return v.percent ? text + " [" + scaled + "]" : text;
            }
            case Measure::Index: return "index";
            case Measure::Points: return "points";
            case Measure::Rank: return "rank";
            case Measure::NodeIndex: return "index(" + v.code + ")" + node_ref(def_, v.node);
            case Measure::NodePoints: return "points(" + v.code + ")" + node_ref(def_, v.node);
            case Measure::Stat: return "statistic " + v.stat.written + " of the units ranked together";
            case Measure::Linear: {  // the linear form resolve made: coefficient x value, summed
                std::string text;
                for (const auto& term : v.terms)
                    text += (text.empty() ? "" : " + ") + exact_text(term.coef) + " x " + value(term.value);
                return "linear[" + text + "]";
            }
        }
        return "?";
    }

    void line(int depth, const std::string& text) {
        out_ += std::string(static_cast<std::size_t>(depth) * 2, ' ') + text + "\n";
    }

    const Definition& def_;
    std::string out_;
    int conditions_ = 0;
};

}  // namespace

std::string definition_dump(const Definition& def) { return Dumper(def).run(); }

}  // namespace chiso
