#include "ast_dump.hpp"

#include <fmt/format.h>

#include <variant>

#include "engine/core/overloaded.hpp"

namespace chiso::test {

namespace {

std::string at(const SourceLoc& loc) { return fmt::format("@{}:{}", loc.line, loc.byte_col); }

std::string number(const ast::Number& n) { return n.value.to_string() + (n.percent ? "%" : "") + at(n.loc); }

std::string name(const ast::Name& n) { return n.text + at(n.loc); }

const char* cmp(ast::Cmp c) {
    switch (c) {
        case ast::Cmp::Lt: return "<";
        case ast::Cmp::Le: return "<=";
        case ast::Cmp::Gt: return ">";
        case ast::Cmp::Ge: return ">=";
        case ast::Cmp::Eq: return "=";
    }
    return "?";
}

std::string amount(const ast::Amount& a) {
    switch (a.kind) {
        case ast::Amount::Kind::Max: return "max" + at(a.loc);
        case ast::Amount::Kind::PercentOfMax: return a.value.to_string() + "%max" + at(a.loc);
        case ast::Amount::Kind::Points: return a.value.to_string() + "pt" + at(a.loc);
    }
    return "?";
}

std::string interval(const ast::Interval& i) {
    std::string out = "[";
    if (i.lower) out += fmt::format("{} {}", cmp(i.lower->cmp), number(i.lower->value));
    if (i.lower && i.upper) out += " ";
    if (i.upper) out += fmt::format("{} {}", cmp(i.upper->cmp), number(i.upper->value));
    return out + "]" + at(i.loc);
}

const char* na(ast::NaPolicy p) {
    switch (p) {
        case ast::NaPolicy::Exclude: return "exclude";
        case ast::NaPolicy::Full: return "full";
        case ast::NaPolicy::Zero: return "zero";
    }
    return "?";
}

std::string operand(const ast::Operand& o) {
    if (o.arith != ast::Operand::Arith::None) {
        std::string out = std::string(o.arith == ast::Operand::Arith::Sum ? "sum(" : "product(") + (o.first ? operand(*o.first) : "?");
        for (const auto& link : o.rest) {
            const char* op = link.op == ast::ExprOp::Add ? " + " : link.op == ast::ExprOp::Sub ? " - " : link.op == ast::ExprOp::Mul ? " * " : " / ";
            out += op + (link.operand ? operand(*link.operand) : "?");
        }
        return out + ")";
    }
    switch (o.kind) {
        case ast::Operand::Kind::Number: return number(o.number);
        case ast::Operand::Kind::Index: return "index" + at(o.loc);
        case ast::Operand::Kind::Points: return "points" + at(o.loc);
        case ast::Operand::Kind::Rank: return "rank" + at(o.loc);
        case ast::Operand::Kind::NodeIndex: return "index(" + name(o.code) + ")" + at(o.loc);
        case ast::Operand::Kind::NodePoints: return "points(" + name(o.code) + ")" + at(o.loc);
        case ast::Operand::Kind::Stat: {
            std::string out = std::string("stat ") + stat_written(o.stat);
            if (o.stat == StatKind::Percentile) out += " p=" + number(o.p);
            if (o.method != StatMethod::None) out += std::string(" ") + method_written(o.method);
            if (o.of) out += " of " + operand(*o.of);
            return out + at(o.loc);
        }
        case ast::Operand::Kind::Linear: return "linear?";
    }
    return "?";
}

void node(std::string& out, const ast::Node& n, int depth);

void children(std::string& out, const std::vector<ast::Node>& nodes, int depth) {
    for (const auto& child : nodes) node(out, child, depth);
}

void attributes(std::string& out, const ast::Node& n);

void node(std::string& out, const ast::Node& n, int depth) {
    out += std::string(static_cast<std::size_t>(depth) * 2, ' ');
    out += fmt::format("{} {} \"{}\"{}", n.keyword, name(n.code), n.title, at(n.loc));
    attributes(out, n);
    out += "\n";
    children(out, n.children, depth + 1);
}

void attributes(std::string& out, const ast::Node& n) {
    if (n.max) out += " max=" + number(*n.max);
    if (n.weight) out += " weight=" + number(*n.weight);
    if (n.weighted) out += " weighted";
    if (n.unchecked) out += " unchecked";
    if (n.survey) out += " survey";
    if (n.optional) out += " optional";
    if (n.na) out += fmt::format(" na={}{}", na(*n.na), at(n.na_loc));
    if (n.default_value) out += " default=" + number(*n.default_value);
    for (const auto& input : n.inputs) out += " input=" + name(input);
    if (n.allow_negative) out += " allow_negative" + at(n.allow_negative_loc);
    if (n.up_to) out += " up_to=" + number(*n.up_to);
    if (n.rule) out += " rule=" + dump(*n.rule);
}

std::string joined(const std::vector<std::string>& words) {
    std::string out;
    for (const auto& w : words) out += (out.empty() ? "" : ",") + w;
    return out;
}

void ladder_sections(std::string& out, const std::vector<ast::LadderSection>& sections);

void node_edit(std::string& out, const ast::NodeEdit& e) {
    static constexpr const char* kKinds[] = {"change", "add", "remove", "move"};
    out += fmt::format("  {} {}{}", kKinds[static_cast<int>(e.kind)], name(e.code), at(e.loc));
    if (e.kind == ast::NodeEdit::Kind::Set) {
        out += " given=" + joined(e.given);
        if (!e.node.title.empty()) out += " title=\"" + e.node.title + "\"";
        attributes(out, e.node);
    }
    if (e.parent) out += " parent=" + name(*e.parent);
    if (e.after) out += " after=" + name(*e.after);
    if (e.first) out += " first";
    if (e.new_code) out += " as=" + name(*e.new_code);
    out += "\n";
    if (e.kind == ast::NodeEdit::Kind::Add) node(out, e.node, 2);
}

void inheritance(std::string& out, const ast::File& f) {
    if (f.extends) out += fmt::format("extends \"{}\"{}\n", f.extends->path, at(f.extends->loc));
    for (const auto& t : f.tree_edits) {
        out += fmt::format("edit tree {}{} given={}", name(t.tree), at(t.loc), joined(t.given));
        if (t.title) out += " title=\"" + *t.title + "\"";
        if (t.max) out += " max=" + number(*t.max);
        if (t.weighted) out += " weighted";
        if (t.unchecked) out += " unchecked";
        out += "\n";
        for (const auto& e : t.edits) node_edit(out, e);
    }
    for (const auto& b : f.block_edits) {
        out += fmt::format("edit block {}{} given={}", name(b.block.id), at(b.loc), joined(b.given));
        if (!b.block.name.empty()) out += " name=\"" + b.block.name + "\"";
        if (b.block.tree) out += " tree=" + name(*b.block.tree);
        for (const auto& code : b.block.exclude) out += " exclude=" + name(code);
        out += "\n";
    }
    for (const auto& l : f.ladder_edits) {
        out += fmt::format("edit ladder {}{}\n", name(l.ladder), at(l.loc));
        ladder_sections(out, l.sections);
    }
    for (const auto& l : f.ladder_replacements) {
        out += fmt::format("replace ladder {} \"{}\"{}\n", name(l.id), l.name, at(l.loc));
        ladder_sections(out, l.sections);
    }
    for (const auto& s : f.stat_replacements) {
        out += fmt::format("replace stat {} \"{}\"{} {}\n", name(s.id), s.label, at(s.loc), dump(*s.when));
    }
    for (const auto& r : f.removals) {
        static constexpr const char* kKinds[] = {"block", "tree", "ladder", "stat"};
        out += fmt::format("remove {} {}{}\n", kKinds[static_cast<int>(r.kind)], name(r.id), at(r.loc));
    }
}

std::string rung(const ast::Rung& r) {
    return fmt::format("{}\"{}\"{} {}", r.override_rung ? "override " : "", r.label, at(r.loc),
                       r.when ? dump(*r.when) : std::string("otherwise"));
}

void ladder_sections(std::string& out, const std::vector<ast::LadderSection>& sections) {
    for (const auto& s : sections) {
        out += "  section";
        for (const auto& b : s.blocks) out += " " + name(b);
        out += at(s.loc) + "\n";
        for (const auto& r : s.rungs) out += "    " + rung(r) + "\n";
    }
}

void header(std::string& out, const ast::File& f) {
    if (f.index_id) out += fmt::format("index {} \"{}\"\n", name(*f.index_id), f.index_name);
    if (f.locality_id) out += fmt::format("locality {} \"{}\"\n", name(*f.locality_id), f.locality_name);
    if (f.year) out += fmt::format("year {}\n", number(*f.year));
    for (const auto& b : f.bases) {
        out += fmt::format("basis \"{}\" date={} title={}{}\n", b.number, b.date.value_or("-"),
                           b.title ? "\"" + *b.title + "\"" : std::string("-"), at(b.loc));
    }
    if (f.publish) {
        out += fmt::format("publish {}{}\n", *f.publish == ast::Publish::Percent ? "percent" : "points", at(f.publish_loc));
    }
    if (f.rounding) out += fmt::format("rounding {} mode={}{}\n", f.rounding->places, static_cast<int>(f.rounding->mode), at(f.rounding->loc));
    if (f.not_applicable) out += fmt::format("not_applicable {}{}\n", na(*f.not_applicable), at(f.not_applicable_loc));
    if (f.missing_is_zero) out += fmt::format("missing {}{}\n", *f.missing_is_zero ? "zero" : "error", at(f.missing_loc));
}

void ranking(std::string& out, const ast::Ranking& r) {
    static constexpr const char* kTies[] = {"shared", "dense", "distinct"};
    out += fmt::format("ranking by={} {} ties={}", r.by == ast::RankBy::Index ? "index" : "points",
                       r.on_rounded ? "rounded" : "exact", kTies[static_cast<int>(r.ties)]);
    for (const auto& t : r.tie_breaks) {
        static constexpr const char* kKinds[] = {"points", "index", "node", "name", "id"};
        out += fmt::format(" tb={}{}{}", kKinds[static_cast<int>(t.kind)],
                           t.kind == ast::TieBreak::Kind::NodePoints ? ":" + name(t.code) : std::string(), at(t.loc));
    }
    out += fmt::format("{}{}\n", r.within_group ? " within_group" : "", at(r.loc));
}

}  // namespace

std::string dump(const ast::Expr& e) {
    switch (e.kind) {
        case ast::Expr::Kind::Number: return number(e.number);
        case ast::Expr::Kind::Variable: return e.name + at(e.loc);
        case ast::Expr::Kind::Max: return "max" + at(e.loc);
        case ast::Expr::Kind::Neg: return "(neg " + dump(*e.lhs) + ")" + at(e.loc);
        default: break;
    }
    if (e.kind == ast::Expr::Kind::Min2 || e.kind == ast::Expr::Kind::Max2)
        return fmt::format("({} {} {}){}", e.kind == ast::Expr::Kind::Min2 ? "min" : "max", dump(*e.lhs), dump(*e.rhs),
                           at(e.loc));
    // A chain is shown as the left-nested pairs it means: `a - b + c` is (+ (- a b) c),
    // every pair starting where the chain does.
    static constexpr const char* kOps[] = {"+", "-", "*", "/"};
    std::string out = dump(*e.lhs);
    for (const auto& link : e.rest)
        out = fmt::format("({} {} {}){}", kOps[static_cast<int>(link.op)], out, dump(*link.operand), at(e.loc));
    return out;
}

std::string dump(const ast::Cond& c) {
    switch (c.kind) {
        case ast::Cond::Kind::Compare: {
            std::string out = "(" + operand(c.operands[0]);
            for (std::size_t i = 0; i < c.cmps.size(); ++i) out += fmt::format(" {} {}", cmp(c.cmps[i]), operand(c.operands[i + 1]));
            return out + ")";
        }
        case ast::Cond::Kind::Flag: return fmt::format("(flag \"{}\"){}", c.flag, at(c.loc));
        default: break;
    }
    std::string out = c.kind == ast::Cond::Kind::And ? "(and" : c.kind == ast::Cond::Kind::Or ? "(or" : "(not";
    for (const auto& part : c.parts) out += " " + dump(*part);
    return out + ")" + at(c.loc);
}

// An operand of a kind of standard operands, as `name=value` (an expression as
// `expr=…`); one left out is not shown.
std::string operand_dump(const char* name, const std::optional<ast::Number>& n) {
    return n ? fmt::format(" {}={}", name, number(*n)) : "";
}
std::string operand_dump(const char* name, const std::optional<ast::Amount>& a) {
    return a ? fmt::format(" {}={}", name, amount(*a)) : "";
}
std::string operand_dump(const char*, const ast::ExprPtr& e) { return e ? " expr=" + dump(*e) : ""; }

std::string dump(const ast::Rule& r) {
    std::string out = std::string(r.word()) + at(r.loc);
    std::visit(overloaded{
                   [&]<ast::OperandsRule K>(const K& k) {
                       ast::for_each_operand(k, [&](auto tag, const auto& field) {
                           out += operand_dump(decltype(tag)::value.name, field);
                       });
                   },
                   [&](const ast::LevelsRule& k) {
                       for (const auto& l : k.levels)
                           out += fmt::format(" {{\"{}\"{} -> {}}}", l.label, at(l.loc), amount(l.amount));
                   },
                   [&](const ast::BandsRule& k) {
                       for (const auto& b : k.bands)
                           out += fmt::format(" {{{} -> {}}}{}", interval(b.interval), amount(b.amount), at(b.loc));
                       if (k.of) out += " expr=" + dump(*k.of);
                   },
                   [&](const ast::AnswersRule& k) {
                       for (const auto& a : k.answers)
                           out += fmt::format(" {{\"{}\"{} -> {}}}", a.label, at(a.loc), number(a.weight));
                   },
               },
               r.body);
    return out;
}

std::string dump(const ast::File& f) {
    std::string out;
    inheritance(out, f);
    header(out, f);
    if (f.ranking) ranking(out, *f.ranking);
    for (const auto& b : f.blocks) {
        out += fmt::format("block {} \"{}\"{}", name(b.id), b.name, at(b.loc));
        if (b.tree) out += " tree=" + name(*b.tree);
        for (const auto& code : b.exclude) out += " exclude=" + name(code);
        out += "\n";
    }
    for (const auto& t : f.trees) {
        out += fmt::format("tree {} \"{}\"{}", name(t.id), t.title, at(t.loc));
        if (t.max) out += " max=" + number(*t.max);
        if (t.weighted) out += " weighted";
        if (t.unchecked) out += " unchecked";
        out += "\n";
        children(out, t.children, 1);
    }
    for (const auto& l : f.ladders) {
        out += fmt::format("ladder {} \"{}\"{}\n", name(l.id), l.name, at(l.loc));
        ladder_sections(out, l.sections);
    }
    for (const auto& s : f.stats) out += fmt::format("stat {} \"{}\"{} {}\n", name(s.id), s.label, at(s.loc), dump(*s.when));
    return out;
}

}  // namespace chiso::test
