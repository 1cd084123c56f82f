#include "engine/driver/driver.hpp"

#include <filesystem>

#include "dsl/parser.hpp"
#include "engine/check/check.hpp"
#include "engine/core/utf8.hpp"
#include "engine/driver/driver_messages.hpp"
#include "engine/input/yaml_loader.hpp"
#include "engine/resolve/inherit_messages.hpp"
#include "engine/resolve/resolve.hpp"

namespace chiso {
namespace {

namespace fs = std::filesystem;

// A file as text the phases can trust: readable, within the size limit, and in
// NFC (otherwise "tốt" typed on macOS would never equal "tốt" typed on Windows).
// Invalid UTF-8 is left to the parser and the loader, which report its position.
const SourceFile* read(SourceSet& sources, const std::string& path, Diagnostics& diags,
                       const SourceLoc& referenced_at = SourceLoc{}) {
    LoadProblem problem = LoadProblem::None;
    const SourceFile* file = sources.load(path, &problem);
    if (problem == LoadProblem::TooLarge) {
        diags.error(referenced_at, msg::kFileTooLarge, path, kMaxSourceFileBytes / (1024 * 1024));
        return nullptr;
    }
    if (!file) {
        if (!referenced_at.known()) diags.error(SourceLoc{}, msg::kCannotRead, path);
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

// Follows a chain of `extends`, oldest file first merged.
class ChainLoader {
public:
    ChainLoader(SourceSet& sources, Diagnostics& diags) : sources_(sources), diags_(diags) {}

    std::optional<ast::File> file(const SourceFile& source, const std::string& id) {
        visiting_.push_back({id, source.path()});
        chain_.push_back(source.path());
        auto syntax = dsl::parse(source, diags_);
        std::optional<ast::File> out;
        if (syntax && !syntax->extends) {
            out = std::move(syntax);  // the parser refuses changes in a file that extends nothing
        } else if (syntax) {
            out = child_of(relative_to(source.path(), syntax->extends->path), *syntax, syntax->extends->path,
                           syntax->extends->loc);
        }
        visiting_.pop_back();
        return out;
    }

    std::vector<std::string> take_chain() { return std::move(chain_); }
    Origins take_origins() { return std::move(origins_); }

private:
    // `child` applied to the effective file at `parent_path`; problems reaching the
    // parent are reported at `loc` (the `extends` line).
    std::optional<ast::File> child_of(const std::string& parent_path, const ast::File& child,
                                      const std::string& written, const SourceLoc& loc) {
        const std::string id = identity(parent_path);
        for (std::size_t i = 0; i < visiting_.size(); ++i) {
            if (visiting_[i].id != id) continue;
            std::string circle;
            for (std::size_t j = i; j < visiting_.size(); ++j) circle += visiting_[j].shown + " → ";
            diags_.error(loc, msg::inherit::kExtendsCycle, circle + parent_path);
            return std::nullopt;
        }
        const std::size_t errors_before = diags_.error_count();
        const SourceFile* parent = read(sources_, parent_path, diags_, loc);
        if (!parent) {
            if (diags_.error_count() == errors_before)
                diags_.error(loc, msg::inherit::kCannotReadParent, written, parent_path);
            return std::nullopt;
        }
        auto base = file(*parent, id);
        if (!base) return std::nullopt;
        return merge(std::move(*base), child, diags_, origins_);
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
    const SourceFile* file = read(sources, path, diags);
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

std::optional<CompiledCriteria> load_criteria(SourceSet& sources, const std::string& path, Diagnostics& diags) {
    auto criteria = load_effective_criteria(sources, path, diags);
    if (!criteria) return std::nullopt;
    return compile_effective(std::move(criteria->file), diags);
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
    const SourceFile* base_file = read(sources, path, diags);
    if (!base_file) return std::nullopt;
    ChainLoader loader(sources, diags);
    auto base = loader.file(*base_file, identity(path));
    if (!base || !syntax) return std::nullopt;
    auto merged = merge(std::move(*base), *syntax, diags);
    if (!merged) return std::nullopt;
    return compile_effective(std::make_shared<const ast::File>(std::move(*merged)), diags);
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
    return load_score_sheet(*file, diags);
}

}  // namespace chiso
