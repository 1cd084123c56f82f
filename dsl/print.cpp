#include "dsl/print.hpp"

#include <algorithm>
#include <iterator>
#include <variant>

#include "engine/core/overloaded.hpp"

namespace chiso {

std::string rational_text(const Rational& value) {
    // Written numbers are decimals: the denominator is 2^a·5^b and max(a, b) places
    // are exact. (Anything else is rounded to 18 places, the most a number may have.)
    std::int64_t d = value.den();
    int twos = 0;
    int fives = 0;
    while (d % 2 == 0) {
        d /= 2;
        ++twos;
    }
    while (d % 5 == 0) {
        d /= 5;
        ++fives;
    }
    const int places = d == 1 ? std::max(twos, fives) : 18;
    return value.to_string(std::min(places, 18));
}

std::string number_text(const ast::Number& number) {
    if (number.fraction) return std::to_string(number.value.num()) + "/" + std::to_string(number.value.den());
    return rational_text(number.value) + (number.percent ? "%" : "");
}

// " weighted", " weighted geometric", " weighted harmonic".
std::string weighted_text(Mean mean) {
    const std::string word = mean_written(mean);
    return word.empty() ? " weighted" : " weighted " + word;
}

std::string quoted(const std::string& text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

const char* cmp_text(Cmp cmp) { return cmp_written(cmp); }

namespace {
std::string optional_number(const std::optional<ast::Number>& n) { return n ? number_text(*n) : "?"; }
}  // namespace

std::string normalise_source_text(const ast::Normalise& n) {
    std::string text = std::string("normalise ") + norm_method_written(n.method);
    if (n.method == NormMethod::Goalposts)
        text += " " + optional_number(n.post_low) + " to " + optional_number(n.post_high) + " onto";
    if (n.method == NormMethod::ZScore)
        text += std::string(n.z_sample ? " sd(sample)" : " sd(population)") + " onto mean " + optional_number(n.z_mean) +
                " sd " + optional_number(n.z_sd);
    else
        text += " " + optional_number(n.from) + " to " + optional_number(n.to);
    if (n.direction_loc.known()) text += n.lower_better ? " lower better" : " higher better";
    if (!n.blocks.empty()) {
        text += " over blocks ";
        for (std::size_t i = 0; i < n.blocks.size(); ++i) text += (i ? ", " : "") + n.blocks[i].text;
    } else if (!n.years.empty()) {
        text += " over years ";
        for (std::size_t i = 0; i < n.years.size(); ++i) text += (i ? ", " : "") + quoted(n.years[i].text);
    } else if (n.over_loc.known()) {
        text += " over block";
    }
    if (n.if_equal) text += " if equal -> " + number_text(*n.if_equal);
    return text;
}

namespace {

const char* na_text(ast::NaPolicy policy) {
    switch (policy) {
        case ast::NaPolicy::Exclude: return "exclude";
        case ast::NaPolicy::Full: return "full";
        case ast::NaPolicy::Zero: return "zero";
    }
    return "exclude";
}

std::string amount_text(const ast::Amount& amount) {
    switch (amount.kind) {
        case ast::Amount::Kind::Max: return "max";
        case ast::Amount::Kind::PercentOfMax: return rational_text(amount.value) + "%";
        case ast::Amount::Kind::Points: return rational_text(amount.value);
    }
    return "max";
}

std::string names_text(const std::vector<ast::Name>& names) {
    std::string out;
    for (const auto& n : names) out += (out.empty() ? "" : ", ") + n.text;
    return out;
}

// ---- formulas: parentheses only where the grouping needs them ----------------------------
int precedence(const ast::Expr& e) {
    switch (e.kind) {
        case ast::Expr::Kind::Sum: return 1;
        case ast::Expr::Kind::Product: return 2;
        case ast::Expr::Kind::Neg: return 3;
        default: return 4;
    }
}

const char* op_text(ast::ExprOp op) {
    switch (op) {
        case ast::ExprOp::Add: return "+";
        case ast::ExprOp::Sub: return "-";
        case ast::ExprOp::Mul: return "*";
        case ast::ExprOp::Div: return "/";
    }
    return "?";
}

std::string expr_text(const ast::Expr& e);

std::string operand_text(const ast::ExprPtr& e, bool parenthesise) {
    if (!e) return "0";
    return parenthesise ? "(" + expr_text(*e) + ")" : expr_text(*e);
}

// Recursion follows parentheses, signs and calls (bounded by the parser); a chain's
// operands are a loop. An operand that is itself a chain of the same or a lower
// precedence was written in parentheses, as in `a - (b - c)`, and is printed so.
std::string expr_text(const ast::Expr& e) {
    const int p = precedence(e);
    switch (e.kind) {
        case ast::Expr::Kind::Number: return number_text(e.number);
        case ast::Expr::Kind::Variable: return e.name;
        case ast::Expr::Kind::Max: return "max";
        case ast::Expr::Kind::Neg: return "-" + operand_text(e.lhs, e.lhs && precedence(*e.lhs) < p);
        case ast::Expr::Kind::Sum:
        case ast::Expr::Kind::Product: {
            // The first operand is a chain of the same precedence only when it was
            // written in parentheses (the parser joins it otherwise): keep them.
            std::string out = operand_text(e.lhs, e.lhs && precedence(*e.lhs) <= p);
            for (const auto& link : e.rest)
                out += std::string(" ") + op_text(link.op) + " " +
                       operand_text(link.operand, link.operand && precedence(*link.operand) <= p);
            return out;
        }
        case ast::Expr::Kind::Min2: return "min(" + operand_text(e.lhs, false) + ", " + operand_text(e.rhs, false) + ")";
        case ast::Expr::Kind::Max2: return "max(" + operand_text(e.lhs, false) + ", " + operand_text(e.rhs, false) + ")";
    }
    return "";
}

// ---- conditions ----------------------------------------------------------------------------
std::string value_text(const ast::Operand& o);

// `sd(sample, index(2))`, `percentile(90, linear)`, `mean`.
std::string stat_text(const ast::Operand& o) {
    std::vector<std::string> args;
    if (o.stat == StatKind::Percentile) args.push_back(number_text(o.p));
    if (o.method != StatMethod::None) args.emplace_back(method_written(o.method));
    if (o.of) args.push_back(value_text(*o.of));
    std::string out = stat_written(o.stat);
    if (args.empty()) return out;
    out += "(";
    for (std::size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i];
    return out + ")";
}

// Recursion follows the written grouping, which the parser bounds.
std::string value_text(const ast::Operand& o) {
    std::string out;
    if (o.arith != ast::Operand::Arith::None) {
        out = o.first ? value_text(*o.first) : "0";
        for (const auto& link : o.rest)
            out += std::string(" ") + op_text(link.op) + " " + (link.operand ? value_text(*link.operand) : "0");
        return o.grouped ? "(" + out + ")" : out;
    }
    switch (o.kind) {
        case ast::Operand::Kind::Number: out = number_text(o.number); break;
        case ast::Operand::Kind::Index: out = "index"; break;
        case ast::Operand::Kind::Points: out = "points"; break;
        case ast::Operand::Kind::Rank: out = "rank"; break;
        case ast::Operand::Kind::NodeIndex: out = "index(" + o.code.text + ")"; break;
        case ast::Operand::Kind::NodePoints: out = "points(" + o.code.text + ")"; break;
        case ast::Operand::Kind::Stat: out = stat_text(o); break;
        case ast::Operand::Kind::Linear: break;  // the model's, never parsed
    }
    return o.grouped ? "(" + out + ")" : out;
}

std::string cond_text(const ast::Cond& c) {
    auto part = [](const ast::CondPtr& p, bool parenthesise) {
        if (!p) return std::string("index >= 0");
        return parenthesise ? "(" + cond_text(*p) + ")" : cond_text(*p);
    };
    switch (c.kind) {
        case ast::Cond::Kind::Compare: {
            if (c.top && c.operands.size() == 2)
                return "top " + number_text(c.operands[1].number) + " rounded " + rounding_written(*c.top);
            std::string out;
            for (std::size_t i = 0; i < c.operands.size(); ++i) {
                if (i > 0 && i - 1 < c.cmps.size()) out += std::string(" ") + cmp_text(c.cmps[i - 1]) + " ";
                out += value_text(c.operands[i]);
            }
            return out;
        }
        case ast::Cond::Kind::Flag: return "flag " + quoted(c.flag);
        case ast::Cond::Kind::Not: {
            if (c.parts.empty() || !c.parts[0]) return "not index >= 0";
            const ast::Cond& inner = *c.parts[0];
            const bool simple = inner.kind != ast::Cond::Kind::And && inner.kind != ast::Cond::Kind::Or;
            return "not " + part(c.parts[0], !simple);
        }
        case ast::Cond::Kind::And:
        case ast::Cond::Kind::Or: {
            // `a and b or c` is (a and b) or c; an Or inside an And, or a group of the
            // same kind (written in parentheses), keeps its parentheses.
            const bool is_and = c.kind == ast::Cond::Kind::And;
            std::string out;
            for (const auto& p : c.parts) {
                if (!out.empty()) out += is_and ? " and " : " or ";
                bool grouped = p && (p->kind == c.kind || (is_and && p->kind == ast::Cond::Kind::Or));
                out += part(p, grouped);
            }
            return out;
        }
    }
    return "";
}

// ---- rules ---------------------------------------------------------------------------------
std::string interval_text(const ast::Interval& in) {
    std::string out;
    if (in.lower) out += std::string(cmp_text(in.lower->cmp)) + " " + number_text(in.lower->value);
    if (in.upper) out += (out.empty() ? "" : " ") + std::string(cmp_text(in.upper->cmp)) + " " + number_text(in.upper->value);
    return out;
}

std::string of_text(const ast::ExprPtr& of) { return of ? " of " + expr_text(*of) : ""; }

// An operand's value as written; a required one the parser left empty (after a
// syntax error) as 0.
std::string operand_text(const std::optional<ast::Number>& n) { return n ? number_text(*n) : "0"; }
std::string operand_text(const std::optional<ast::Amount>& a) { return a ? amount_text(*a) : "0"; }
std::string operand_text(const ast::ExprPtr& e) { return e ? expr_text(*e) : "0"; }

// A kind of standard operands written from its row (dsl/rule_words.hpp): each
// operand as `[keyword] value [words after]`, one that may be left out only when given.
template <ast::OperandsRule Kind>
std::string operands_text(std::string out, const Kind& kind) {
    ast::for_each_operand(kind, [&](auto tag, const auto& field) {
        constexpr rule_words::Operand op = decltype(tag)::value;
        if (op.optional && !field) return;
        out += " ";
        if (op.word) out += std::string(op.word) + " ";
        out += operand_text(field);
        for (std::size_t i = 0; i < op.after_count(); ++i) out += std::string(" ") + op.after[i];
    });
    return out;
}

// Each kind written back from its own struct, its word from dsl/rule_words.hpp.
std::string rule_text(const ast::Rule& rule) {
    const std::string word(rule.word());
    return std::visit(
        overloaded{
            [&]<ast::OperandsRule K>(const K& r) { return operands_text(word, r); },
            [&](const ast::LevelsRule& r) {
                std::string out = word + " {";
                for (std::size_t i = 0; i < r.levels.size(); ++i)
                    out += (i ? ", " : " ") + quoted(r.levels[i].label) + " -> " + amount_text(r.levels[i].amount);
                return out + " }";
            },
            [&](const ast::BandsRule& r) {
                std::string out = word + of_text(r.of) + " {";
                for (std::size_t i = 0; i < r.bands.size(); ++i)
                    out += (i ? ", " : " ") + interval_text(r.bands[i].interval) + " -> " + amount_text(r.bands[i].amount);
                return out + " }";
            },
            [&](const ast::AnswersRule& r) {
                std::string out = word + " {";
                for (std::size_t i = 0; i < r.answers.size(); ++i)
                    out += (i ? ", " : " ") + quoted(r.answers[i].label) + " -> " + number_text(r.answers[i].weight);
                return out + " }";
            },
        },
        rule.body);
}

// ---- the printer -----------------------------------------------------------------------------
class Printer {
public:
    Printer(const ast::File& file, const CriteriaTextOptions& options) : file_(file), options_(options) {}

    std::string run() {
        header_comment();
        header();
        if (!file_.blocks.empty()) out_ += "\n";
        for (const auto& b : file_.blocks) block(b);
        for (const auto& t : file_.trees) tree(t);
        for (const auto& l : file_.ladders) ladder(l);
        if (!file_.stats.empty()) out_ += "\n";
        for (const auto& s : file_.stats) line(0, "stat " + s.id.text + " " + quoted(s.label) + " count " +
                                                      (s.when ? cond_text(*s.when) : "index >= 0"), s.loc);
        for (const auto& s : file_.surveys) survey(s);
        return std::move(out_);
    }

private:
    // An attribute's position when another file than the item's set it.
    struct Changed {
        std::string attribute;
        SourceLoc loc;
    };

    void header_comment() {
        if (!options_.comments || options_.chain.empty()) return;
        const bool vi = options_.lang == Lang::Vi;
        std::string chain;
        for (const auto& f : options_.chain) chain += (chain.empty() ? "" : " → ") + f;
        if (vi) {
            out_ += "# Bộ tiêu chí hiệu lực của " + options_.chain.front() + "\n";
            if (options_.chain.size() > 1) out_ += "# Chuỗi kế thừa (→ là `extends`): " + chain + "\n";
            else out_ += "# Tệp này không kế thừa tệp nào.\n";
            out_ += "# Cuối mỗi dòng: tệp và dòng nguồn; trong ngoặc: thuộc tính do tệp khác sửa.\n\n";
        } else {
            out_ += "# Effective criteria of " + options_.chain.front() + "\n";
            if (options_.chain.size() > 1) out_ += "# Chain of files (→ is `extends`): " + chain + "\n";
            else out_ += "# This file extends no other file.\n";
            out_ += "# At the end of each line: the file and line it comes from; in parentheses: attributes another file changed.\n\n";
        }
    }

    void header() {
        const ast::File& f = file_;
        if (f.index_id) line(0, "index " + f.index_id->text + " " + quoted(f.index_name), f.index_id->loc);
        if (f.locality_id) line(0, "locality " + f.locality_id->text + " " + quoted(f.locality_name), f.locality_id->loc);
        if (f.year) line(0, "year " + number_text(*f.year), f.year->loc);
        for (const auto& b : f.bases) {
            std::string text = "basis " + quoted(b.number);
            if (b.date) text += " date " + *b.date;
            if (b.title) text += " " + quoted(*b.title);
            line(0, text, b.loc);
        }
        if (f.publish) line(0, std::string("publish ") + (*f.publish == ast::Publish::Percent ? "percent" : "points"), f.publish_loc);
        if (f.rounding) line(0, "rounding " + std::to_string(f.rounding->places) + " " + mode_text(f.rounding->mode), f.rounding->loc);
        if (f.ranking) line(0, ranking_text(*f.ranking), f.ranking->loc);
        if (f.not_applicable) line(0, std::string("not_applicable ") + na_text(*f.not_applicable), f.not_applicable_loc);
        if (f.missing_is_zero) line(0, std::string("missing ") + (*f.missing_is_zero ? "zero" : "error"), f.missing_loc);
    }

    static std::string mode_text(RoundingMode mode) {
        switch (mode) {
            case RoundingMode::HalfUp: return "half_up";
            case RoundingMode::HalfEven: return "half_even";
            case RoundingMode::Down: return "down";
            case RoundingMode::Up: return "up";
        }
        return "half_up";
    }

    static std::string ranking_text(const ast::Ranking& r) {
        std::string out = std::string("ranking by ") + (r.by == ast::RankBy::Index ? "index" : "points");
        out += r.on_rounded ? " rounded" : " exact";
        out += r.ties == ast::TiePolicy::Shared ? " ties shared" : r.ties == ast::TiePolicy::Dense ? " ties dense" : " ties distinct";
        for (std::size_t i = 0; i < r.tie_breaks.size(); ++i) {
            out += i == 0 ? " by " : ", ";
            switch (r.tie_breaks[i].kind) {
                case ast::TieBreak::Kind::Points: out += "points"; break;
                case ast::TieBreak::Kind::Index: out += "index"; break;
                case ast::TieBreak::Kind::Name: out += "name"; break;
                case ast::TieBreak::Kind::Id: out += "id"; break;
                case ast::TieBreak::Kind::NodePoints: out += r.tie_breaks[i].code.text; break;
            }
        }
        if (r.within_group) out += " within group";
        return out;
    }

    void block(const ast::Block& b) {
        std::string text = "block " + b.id.text + " " + quoted(b.name);
        if (b.tree) text += " tree " + b.tree->text;
        if (!b.exclude.empty()) text += " exclude " + names_text(b.exclude);
        std::vector<Changed> changed = noted(Origins::block_key(b.id.text));
        if (b.tree) changed.push_back({"tree", b.tree->loc});
        if (!b.exclude.empty()) changed.push_back({"exclude", b.exclude.front().loc});
        line(0, text, b.loc, changed);
    }

    void tree(const ast::Tree& t) {
        out_ += "\n";
        std::string text = "tree " + t.id.text + " " + quoted(t.title);
        if (t.max) text += " max " + number_text(*t.max);
        if (t.weighted) text += weighted_text(t.mean);
        if (t.unchecked) text += " unchecked";
        std::vector<Changed> changed = noted(Origins::tree_key(t.id.text));
        if (t.max) changed.push_back({"max", t.max->loc});
        if (t.children.empty()) {
            line(0, text, t.loc, changed);
            return;
        }
        line(0, text + " {", t.loc, changed);
        for (const auto& n : t.children) node(t.id.text, n, 1);
        out_ += "}\n";
    }

    void node(const std::string& tree, const ast::Node& n, int depth) {
        std::string text = (n.keyword.empty() ? "node" : n.keyword) + " " + n.code.text + " " + quoted(n.title);
        std::vector<Changed> changed = noted(Origins::node_key(tree, n.code.text));
        if (n.max) {
            text += " max " + number_text(*n.max);
            changed.push_back({"max", n.max->loc});
        }
        if (n.weight) {
            text += " weight " + number_text(*n.weight);
            changed.push_back({"weight", n.weight->loc});
        }
        if (n.weighted) text += weighted_text(n.mean);
        if (n.unchecked) text += " unchecked";
        if (n.survey) text += " survey";
        if (n.optional) text += " optional";
        if (n.na) {
            text += std::string(" na ") + na_text(*n.na);
            changed.push_back({"na", n.na_loc});
        }
        if (n.default_value) {
            text += " default " + number_text(*n.default_value);
            changed.push_back({"default", n.default_value->loc});
        }
        if (!n.inputs.empty()) {
            text += " inputs " + names_text(n.inputs);
            changed.push_back({"inputs", n.inputs.front().loc});
        }
        if (n.allow_negative) {
            text += " allow negative";
            changed.push_back({"allow negative", n.allow_negative_loc});
        }
        if (n.up_to) {
            text += " up to " + number_text(*n.up_to);
            changed.push_back({"up to", n.up_to->loc});
        }
        if (n.normalise) {
            text += " " + normalise_source_text(*n.normalise);
            changed.push_back({"normalise", n.normalise->loc});
        }
        if (n.rule) {
            text += " " + rule_text(*n.rule);
            changed.push_back({"rule", n.rule->loc});
        }
        if (n.children.empty()) {
            line(depth, text, n.loc, changed);
            return;
        }
        line(depth, text + " {", n.loc, changed);
        for (const auto& child : n.children) node(tree, child, depth + 1);
        out_ += indent(depth) + "}\n";
    }

    void ladder(const ast::Ladder& l) {
        out_ += "\n";
        line(0, "ladder " + l.id.text + " " + quoted(l.name) + " {", l.loc, noted(Origins::ladder_key(l.id.text)));
        for (std::size_t i = 0; i < l.sections.size(); ++i) {
            const ast::LadderSection& s = l.sections[i];
            const bool own = i > 0 || !s.blocks.empty();
            if (own) line(1, "block " + names_text(s.blocks) + " {", s.loc);
            for (const auto& r : s.rungs) rung(l, i, r, own ? 2 : 1);
            if (own) out_ += indent(1) + "}\n";
        }
        out_ += "}\n";
    }

    void rung(const ast::Ladder& l, std::size_t section, const ast::Rung& r, int depth) {
        std::string text = (r.override_rung ? "override " : "") + quoted(r.label);
        text += r.when ? " when " + cond_text(*r.when) : " otherwise";
        std::vector<Changed> changed = noted(Origins::rung_key(l.id.text, section, r.label));
        if (r.when) changed.push_back({"when", r.when->loc});
        line(depth, text, r.loc, changed);
    }

    std::vector<Changed> noted(const std::string& key) const {
        std::vector<Changed> out;
        if (!options_.origins) return out;
        if (const auto* list = options_.origins->find(key))
            for (const auto& o : *list) out.push_back({o.attribute, o.loc});
        return out;
    }

    static std::string indent(int depth) { return std::string(static_cast<std::size_t>(depth) * 2, ' '); }

    // The order attributes are named in: the order they are written in.
    static int attribute_rank(const std::string& attribute) {
        static const char* const kOrder[] = {"title", "name", "tree", "exclude", "max", "weight", "weighted",
                                             "unchecked", "survey", "optional", "na", "default", "inputs",
                                             "allow negative", "up to", "normalise", "rule", "when", "otherwise", "move"};
        for (int i = 0; i < static_cast<int>(std::size(kOrder)); ++i)
            if (attribute == kOrder[i]) return i;
        return static_cast<int>(std::size(kOrder));
    }

    // `text  # file:line (title, max: file:line, rule: file:line)`: only attributes
    // set by another file than the item's own are named, those set on one line together.
    static const char* method_word(IntervalMethod m) {
        return m == IntervalMethod::Wilson ? "wilson" : m == IntervalMethod::Bootstrap ? "bootstrap" : "normal";
    }

    // `survey <id> "<title>" { … }`: one clause a line, in a fixed order.
    void survey(const ast::Survey& s) {
        out_ += "\n";
        line(0, "survey " + s.id.text + " " + quoted(s.title) + " {", s.loc);
        auto column = [&](const char* word, const std::optional<ast::SurveyColumn>& c) {
            if (c) line(1, std::string(word) + " " + quoted(c->name), c->loc);
        };
        column("unit", s.unit);
        column("form", s.form);
        column("weight", s.weight);
        for (const auto& q : s.questions) {
            std::string text = "question " + quoted(q.column) + " -> " + q.code.text;
            if (q.likert) {
                text += " likert " + number_text(q.low) + " to " + number_text(q.high);
            } else {
                text += " {";
                for (std::size_t i = 0; i < q.scale.size(); ++i)
                    text += (i ? ", " : " ") + quoted(q.scale[i].label) + " -> " + number_text(q.scale[i].value);
                text += " }";
            }
            line(1, text, q.loc);
        }
        if (!s.no_answer.empty()) {
            std::string text = "no answer";
            for (std::size_t i = 0; i < s.no_answer.size(); ++i) text += (i ? ", " : " ") + quoted(s.no_answer[i].name);
            line(1, text, s.no_answer.front().loc);
        }
        if (s.exclude_incomplete)
            line(1, std::string("incomplete ") + (*s.exclude_incomplete ? "exclude" : "keep"), s.incomplete_loc);
        if (s.method)
            line(1, std::string("interval ") + method_word(*s.method) + (s.level ? " " + number_text(*s.level) : "") +
                        (s.seed ? " seed " + number_text(*s.seed) : "") +
                        (s.count ? " count " + number_text(*s.count) : ""),
                 s.interval_loc);
        if (s.minimum)
            line(1, "minimum " + number_text(*s.minimum) +
                        (s.short_sample == ShortSample::Unrated ? " unrated" : " warn"),
                 s.minimum_loc);
        column("separator", s.separator);
        out_ += "}\n";
    }

    void line(int depth, const std::string& text, const SourceLoc& loc, std::vector<Changed> changed = {}) {
        out_ += indent(depth) + text;
        if (options_.comments && loc.known()) {
            out_ += "  # " + where(loc);
            std::erase_if(changed, [&](const Changed& c) { return !c.loc.known() || c.loc.file == loc.file; });
            std::stable_sort(changed.begin(), changed.end(), [](const Changed& a, const Changed& b) {
                return attribute_rank(a.attribute) < attribute_rank(b.attribute);
            });
            std::vector<std::pair<std::string, std::string>> groups;  // place, attributes
            for (const auto& c : changed) {
                const std::string place = where(c.loc);
                auto group = std::find_if(groups.begin(), groups.end(), [&](const auto& g) { return g.first == place; });
                if (group == groups.end()) groups.emplace_back(place, c.attribute);
                else group->second += ", " + c.attribute;
            }
            std::string notes;
            for (const auto& [place, attributes] : groups) notes += (notes.empty() ? "" : ", ") + attributes + ": " + place;
            if (!notes.empty()) out_ += " (" + notes + ")";
        }
        out_ += "\n";
    }

    const ast::File& file_;
    const CriteriaTextOptions& options_;
    std::string out_;
};

}  // namespace

std::string rule_source_text(const ast::Rule& rule) { return rule_text(rule); }
std::string condition_source_text(const ast::Cond& cond) { return cond_text(cond); }
std::string value_source_text(const ast::Operand& value) { return value_text(value); }
std::string expression_source_text(const ast::Expr& expr) { return expr_text(expr); }

std::string criteria_text(const ast::File& file, const CriteriaTextOptions& options) {
    return Printer(file, options).run();
}

}  // namespace chiso
