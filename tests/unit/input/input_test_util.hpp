#pragma once
// Shared helpers of the score-loader tests: load a text as "scores.yaml" and
// render the diagnostics in either language.
#include <optional>
#include <string>
#include <string_view>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso::test {

struct Loaded {
    std::optional<ScoreSheet> sheet;
    Diagnostics diags;
    std::string vi() const { return render_all(diags, RenderOptions{Lang::Vi}); }
    std::string en() const { return render_all(diags, RenderOptions{Lang::En}); }
};

// SourceFiles live in `sources` so that the sheet's locations stay valid.
inline Loaded load(SourceSet& sources, std::string text) {
    const SourceFile& file = sources.add("scores.yaml", std::move(text));
    Loaded out;
    out.sheet = load_score_sheet(file, out.diags);
    return out;
}

// Lines 1-7: a valid header and the start of unit `ngo-quyen`; `rest` follows
// from line 8 on, indented as keys of that unit.
inline std::string unit_file(std::string_view rest) {
    return std::string(
               "index: par\n"
               "locality: haiphong\n"
               "year: 2019\n"
               "units:\n"
               "  - id: ngo-quyen\n"
               "    name: Quận Ngô Quyền\n"
               "    block: huyen\n") +
           std::string(rest);
}

// As unit_file, with `scores:` on line 8 and `lines` from line 9 on.
inline std::string scores_file(std::string_view lines) {
    return unit_file("    scores:\n" + std::string(lines));
}

}  // namespace chiso::test
