// `edit ladder <id> { "<label>" when <cond> … block <ids> { … } }`: each rung written
// gives a new condition to the rung with that label, in the default section or in
// the section of the blocks named (a threshold change). The rung keeps its place,
// its label and whether it is an `override` rung.
#include <algorithm>

#include "engine/core/suggest.hpp"
#include "engine/resolve/inherit_internal.hpp"
#include "engine/resolve/inherit_messages.hpp"

namespace chiso::inherit {
namespace {

std::string section_words(const ast::LadderSection& section) {
    std::vector<std::string> blocks;
    for (const auto& b : section.blocks) blocks.push_back(b.text);
    return "block " + join(blocks);
}

// The section (index > 0) whose block list names `block`.
std::optional<std::size_t> section_of(const ast::Ladder& ladder, const std::string& block) {
    for (std::size_t i = 1; i < ladder.sections.size(); ++i)
        for (const auto& b : ladder.sections[i].blocks)
            if (b.text == block) return i;
    return std::nullopt;
}

void unknown_section(const ast::Ladder& ladder, const ast::Name& block, EditContext& ctx) {
    std::vector<std::string> sections;
    std::vector<std::string> blocks;
    for (std::size_t i = 1; i < ladder.sections.size(); ++i) {
        sections.push_back(section_words(ladder.sections[i]));
        for (const auto& b : ladder.sections[i].blocks) blocks.push_back(b.text);
    }
    if (sections.empty()) {
        ctx.fail(block.loc, msg::inherit::kNoSections, ladder.id.text, block.text);
        return;
    }
    ctx.fail(block.loc, msg::inherit::kUnknownSection, ladder.id.text, block.text, join(sections, "; "));
    ctx.suggest(closest_match(block.text, blocks));
}

void set_rung(ast::Ladder& ladder, std::size_t section_index, const ast::Rung& written, EditContext& ctx) {
    std::vector<std::string> labels;
    if (section_index < ladder.sections.size()) {
        for (auto& rung : ladder.sections[section_index].rungs) {
            if (rung.label != written.label) {
                labels.push_back(rung.label);
                continue;
            }
            rung.when = written.when;  // the condition carries the child's position
            const std::string key = Origins::rung_key(ladder.id.text, section_index, rung.label);
            if (written.when) ctx.origins.forget(key, "otherwise");
            else ctx.origins.note(key, "otherwise", written.loc);
            return;
        }
    }
    std::vector<std::string> quoted;
    for (const auto& l : labels) quoted.push_back("\"" + l + "\"");
    const std::string section =
        section_index == 0 ? "" : " (" + section_words(ladder.sections[section_index]) + ")";
    ctx.fail(written.loc, msg::inherit::kUnknownRung, ladder.id.text, section, written.label,
             quoted.empty() ? std::string("—") : join(quoted));
    ctx.suggest(closest_match(written.label, labels));
}

}  // namespace

void apply_ladder_edit(ast::Ladder& ladder, const ast::LadderEdit& edit, EditContext& ctx) {
    if (edit.title) {
        ladder.name = *edit.title;
        ctx.origins.note(Origins::ladder_key(ladder.id.text), "title", edit.title_loc);
    }
    for (const auto& written : edit.sections) {
        std::vector<std::size_t> targets;
        if (written.blocks.empty()) targets.push_back(0);
        for (const auto& block : written.blocks) {
            auto index = section_of(ladder, block.text);
            if (!index) unknown_section(ladder, block, ctx);
            else if (std::find(targets.begin(), targets.end(), *index) == targets.end()) targets.push_back(*index);
        }
        for (const auto& rung : written.rungs)
            for (std::size_t target : targets) set_rung(ladder, target, rung, ctx);
    }
}

}  // namespace chiso::inherit
