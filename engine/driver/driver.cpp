#include "engine/driver/driver.hpp"

#include <algorithm>

#include <filesystem>

#include "dsl/parser.hpp"
#include "engine/check/check.hpp"
#include "engine/core/utf8.hpp"
#include "engine/driver/driver_messages.hpp"
#include "engine/input/answer_sheet.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/resolve/inherit_messages.hpp"
#include "engine/resolve/resolve.hpp"
#include "engine/survey/apply_answers.hpp"

namespace chiso {
namespace {

namespace fs = std::filesystem;

// The problem a failed read had, reported at `referenced_at` (the `extends` line,
// or nowhere for a file named on the command line). A file that cannot be opened is
// left to the caller when it was referenced, which says where the path comes from.
void report_read_problem(LoadProblem problem, const std::string& path, Diagnostics& diags,
                         const SourceLoc& referenced_at) {
    switch (problem) {
        case LoadProblem::TooLarge:
            diags.error(referenced_at, msg::kFileTooLarge, path, kMaxSourceFileBytes / (1024 * 1024));
            return;
        case LoadProblem::Directory: diags.error(referenced_at, msg::kIsDirectory, path); return;
        case LoadProblem::Binary: diags.error(referenced_at, msg::kNotCriteriaText, path); return;
        case LoadProblem::CannotRead:
            if (!referenced_at.known()) diags.error(SourceLoc{}, msg::kCannotRead, path);
            return;
        case LoadProblem::None: return;
    }
}

// A file as text the phases can trust: readable, within the size limit, and in
// NFC (otherwise "tốt" typed on macOS would never equal "tốt" typed on Windows).
// Invalid UTF-8 is left to the parser and the loader, which report its position.
const SourceFile* read(SourceSet& sources, const std::string& path, Diagnostics& diags,
                       const SourceLoc& referenced_at = SourceLoc{}, const ReadOptions& options = {}) {
    LoadProblem problem = LoadProblem::None;
    const SourceFile* file = sources.load(path, &problem, options);
    if (!file) {
        report_read_problem(problem, path, diags, referenced_at);
        return nullptr;
    }
    if (first_invalid_utf8(file->text())) return file;
    if (auto at = first_non_nfc(file->text())) {
        const auto [line, column] = file->line_col(*at);
        diags.error(SourceLoc{file, line, column}, msg::kDecomposedText);
        return nullptr;
    }
    return file;
}

bool named_as_criteria(const fs::path& path) {
    std::string extension = path.extension().string();
    for (char& c : extension) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return extension == ".chiso";
}

// A criteria file: named `*.chiso` (and so is the file a link leads to), with no NUL
// byte in its first block. Checked before the file is read whole, so that
// `extends "/etc/shadow"` or `check /dev/zero` never reads, let alone echoes, a line
// of a file that is not criteria.
const SourceFile* read_criteria(SourceSet& sources, const std::string& path, Diagnostics& diags,
                                const SourceLoc& referenced_at = SourceLoc{}) {
    if (!named_as_criteria(path)) {
        diags.error(referenced_at, msg::kNotCriteriaName, path);
        return nullptr;
    }
    std::error_code error;
    const fs::path target = fs::canonical(path, error);
    if (!error && !named_as_criteria(target)) {
        diags.error(referenced_at, msg::kNotCriteriaLink, path, target.string());
        return nullptr;
    }
    return read(sources, path, diags, referenced_at, ReadOptions{.refuse_binary = true});
}

// `extends "../vn/par.chiso"` written in `from`: the path relative to its folder.
std::string relative_to(const std::string& from, const std::string& path) {
    return (fs::path(from).parent_path() / fs::path(path)).lexically_normal().string();
}

// One file reached by two spellings of its path is still one file (cycles).
std::string identity(const std::string& path) {
    std::error_code error;
    fs::path canonical = fs::weakly_canonical(path, error);
    if (!error) return canonical.string();
    fs::path absolute = fs::absolute(path, error);
    return (error ? fs::path(path) : absolute).lexically_normal().string();
}

// Follows a chain of `extends` with a loop, not recursion (the chain's length comes
// from the files), parsing each file child first; then merges the chain oldest
// first. A chain longer than kMaxExtendsChain files is refused at the `extends`
// that would exceed it.
class ChainLoader {
public:
    ChainLoader(SourceSet& sources, Diagnostics& diags) : sources_(sources), diags_(diags) {}

    std::optional<ast::File> file(const SourceFile& top, const std::string& top_id) {
        std::vector<ast::File> files;  // the file, then the file it extends, and so on
        const SourceFile* source = &top;
        std::string id = top_id;
        while (source != nullptr) {
            visiting_.push_back({id, source->path()});
            chain_.push_back(source->path());
            auto syntax = dsl::parse(*source, diags_);
            if (!syntax) return std::nullopt;
            const bool extends = syntax->extends.has_value();
            files.push_back(std::move(*syntax));
            if (!extends) break;  // the parser refuses changes in a file that extends nothing
            const ast::Extends link = *files.back().extends;  // a copy: `files` grows
            const std::string parent_path = relative_to(source->path(), link.path);
            id = identity(parent_path);
            source = parent(parent_path, id, link);
            if (source == nullptr) return std::nullopt;
        }
        ast::File effective = std::move(files.back());
        for (std::size_t i = files.size() - 1; i-- > 0;) {
            auto merged = merge(std::move(effective), files[i], diags_, origins_);
            if (!merged) return std::nullopt;
            effective = std::move(*merged);
        }
        return effective;
    }

    std::vector<std::string> take_chain() { return std::move(chain_); }
    Origins take_origins() { return std::move(origins_); }

private:
    // The file at `parent_path` that `link` names, or nullptr with the problem
    // reported at the `extends` line: a cycle, a chain too long, a file not criteria
    // or not readable.
    const SourceFile* parent(const std::string& parent_path, const std::string& id, const ast::Extends& link) {
        for (std::size_t i = 0; i < visiting_.size(); ++i) {
            if (visiting_[i].id != id) continue;
            std::string circle;
            for (std::size_t j = i; j < visiting_.size(); ++j) circle += visiting_[j].shown + " → ";
            diags_.error(link.loc, msg::inherit::kExtendsCycle, circle + parent_path);
            return nullptr;
        }
        if (visiting_.size() >= kMaxExtendsChain) {
            diags_.error(link.loc, msg::kExtendsTooLong, parent_path, kMaxExtendsChain, visiting_.size() + 1);
            return nullptr;
        }
        const std::size_t errors_before = diags_.error_count();
        const SourceFile* found = read_criteria(sources_, parent_path, diags_, link.loc);
        if (!found && diags_.error_count() == errors_before)
            diags_.error(link.loc, msg::inherit::kCannotReadParent, link.path, parent_path);
        return found;
    }

    struct Visiting {
        std::string id;
        std::string shown;
    };
    SourceSet& sources_;
    Diagnostics& diags_;
    std::vector<Visiting> visiting_;
    std::vector<std::string> chain_;
    Origins origins_;
};

std::optional<EffectiveCriteria> effective(ChainLoader& loader, std::optional<ast::File> file) {
    if (!file) return std::nullopt;
    EffectiveCriteria out;
    out.file = std::make_shared<const ast::File>(std::move(*file));
    out.chain = loader.take_chain();
    out.origins = loader.take_origins();
    return out;
}

}  // namespace

std::optional<EffectiveCriteria> load_effective_criteria(SourceSet& sources, const std::string& path,
                                                         Diagnostics& diags) {
    const SourceFile* file = read_criteria(sources, path, diags);
    if (!file) return std::nullopt;
    ChainLoader loader(sources, diags);
    auto merged = loader.file(*file, identity(path));
    return effective(loader, std::move(merged));
}

std::optional<CompiledCriteria> compile_effective(std::shared_ptr<const ast::File> file, Diagnostics& diags) {
    // The structure is checked even after resolve errors, on what resolved (a tree
    // with an error is left out, with the blocks using it), so that one run lists
    // every mistake. Ladders are left out when a missing block changes their scale.
    Resolved resolved = resolve_partial(std::move(file), diags);
    Definition& definition = resolved.definition;
    const bool ladders = resolved.blocks_complete || definition.publish == Publish::Percent;
    const std::size_t errors_before = diags.error_count();
    check_definition(definition, diags, ladders);
    if (!resolved.complete || diags.error_count() != errors_before) return std::nullopt;
    CompiledCriteria out;
    out.definition = std::make_unique<Definition>(std::move(definition));
    out.plan = compile_plan(*out.definition);
    return out;
}

// Every file `over years` names, once each, read as a score file: one that cannot be
// read or loaded is reported here (why) and by evaluation (where it is named).
std::optional<CompiledCriteria> with_pooled_years(SourceSet& sources, std::optional<CompiledCriteria> criteria,
                                                  Diagnostics& diags) {
    if (!criteria) return criteria;
    for (const auto& tree : criteria->definition->trees)
        for (const auto& node : tree.nodes) {
            if (!node.normalise) continue;
            for (const auto& year : node.normalise->years) {
                const auto& pooled = criteria->pooled;
                if (std::any_of(pooled.begin(), pooled.end(), [&](const PooledSheet& p) { return p.path == year.path; }))
                    continue;
                auto sheet = load_scores(sources, year.path, diags);
                criteria->pooled.push_back(PooledSheet{
                    year.path, year.written, sheet ? std::make_shared<const ScoreSheet>(std::move(*sheet)) : nullptr});
            }
        }
    return criteria;
}

std::optional<CompiledCriteria> load_criteria(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    auto criteria = load_effective_criteria(sources, path, diags);
    if (!criteria) return std::nullopt;
    return with_pooled_years(sources, compile_effective(std::move(criteria->file), diags), diags);
}

std::optional<CompiledCriteria> load_criteria_with_patch(SourceSet& sources, const std::string& path,
                                                         const std::string& patch_name, const std::string& patch_text,
                                                         Diagnostics& diags) {
    // The patch is a child of `path`. The parser accepts changes only in a file that
    // extends another, so an `extends` line is added after the patch's last line:
    // nothing before it moves, and diagnostics point at the patch's own lines and
    // columns. The line itself is not followed: the base is `path`, read from here.
    std::string base_name = fs::path(path).filename().string();
    if (base_name.empty() || base_name.find_first_of("\\\"") != std::string::npos) base_name = "base.chiso";
    std::string text = patch_text;
    if (!text.empty() && text.back() != '\n') text += '\n';
    const SourceFile& patch = sources.add(patch_name, text + "extends \"" + base_name + "\"\n");

    // A patch that writes its own `extends` would get "declared twice" at the added
    // line: say what is wrong instead, at the patch's line.
    std::optional<ast::File> syntax;
    {
        Diagnostics probe_diags;
        const SourceFile probe(patch_name, patch_text);
        auto probe_syntax = dsl::parse(probe, probe_diags);
        if (probe_syntax && probe_syntax->extends) {
            const SourceLoc& at = probe_syntax->extends->loc;
            diags.error(SourceLoc{&patch, at.line, at.byte_col}, msg::inherit::kPatchExtends, path);
        } else {
            syntax = dsl::parse(patch, diags);
        }
    }
    // The base is read even when the patch has mistakes, so one run reports both.
    const SourceFile* base_file = read_criteria(sources, path, diags);
    if (!base_file) return std::nullopt;
    ChainLoader loader(sources, diags);
    auto base = loader.file(*base_file, identity(path));
    if (!base || !syntax) return std::nullopt;
    auto merged = merge(std::move(*base), *syntax, diags);
    if (!merged) return std::nullopt;
    return with_pooled_years(sources, compile_effective(std::make_shared<const ast::File>(std::move(*merged)), diags),
                             diags);
}

std::optional<CompiledCriteria> compile_criteria(const SourceFile& file, Diagnostics& diags) {
    auto syntax = dsl::parse(file, diags);
    if (!syntax) return std::nullopt;
    if (syntax->extends) {
        diags.error(syntax->extends->loc, msg::inherit::kCannotReadParent, syntax->extends->path,
                    relative_to(file.path(), syntax->extends->path));
        return std::nullopt;
    }
    return compile_effective(std::make_shared<const ast::File>(std::move(*syntax)), diags);
}

const SourceFile* read_source(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    return read(sources, path, diags);
}

std::optional<ScoreSheet> load_scores(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    const SourceFile* file = read(sources, path, diags);
    if (!file) return std::nullopt;
    std::optional<ScoreSheet> sheet = load_score_sheet(*file, diags);
    // The readers grow the units by doubling: a national file's are 300 bytes each.
    if (sheet) sheet->units.shrink_to_fit();
    // Nothing reads a score file's text once its sheet is built (the sheet holds
    // codes and texts itself, positions as line and column): the few lines that
    // diagnostics show are read again from the file (SourceFile::release_text).
    sources.release_text(*file);
    return sheet;
}

bool load_answer_sheet(SourceSet& sources, const Definition& def, ScoreSheet& sheet, const std::string& path,
                       Diagnostics& diags) {
    std::string file_path = path;
    SourceLoc at = sheet.answers_loc;
    if (file_path.empty()) {
        if (sheet.answers.empty()) return true;
        file_path = sheet.source ? relative_to(sheet.source->path(), sheet.answers) : sheet.answers;
    }
    const SourceFile* file = read(sources, file_path, diags, path.empty() ? at : SourceLoc{});
    if (!file) return false;
    AnswerReadOptions options;
    if (!def.surveys.empty()) options.separator = def.surveys.front().separator;
    std::optional<AnswerTable> table = read_answer_sheet(*file, options, diags);
    if (!table) return false;
    const std::size_t errors = diags.error_count();
    return apply_answer_sheet(def, *table, sheet, at, diags) && diags.error_count() == errors;
}

std::optional<ScoreSheet> load_scores(const SourceFile& file, Diagnostics& diags) {
    return load_score_sheet(file, diags);
}

}  // namespace chiso
