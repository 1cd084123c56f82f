#pragma once
// Shared by the libFuzzer harnesses (fuzz/README.md): the input as a SourceFile,
// diagnostics rendered as the CLI renders them, files of the repository.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"

namespace chiso::fuzz {

inline std::string bytes(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

// Every diagnostic rendered in both languages, with ids: the caret and the
// character column are computed from positions the phases recorded, so a wrong
// position shows up here as an out-of-range access.
inline void render_diagnostics(Diagnostics& diags) {
    diags.sort_by_position();
    const std::string vi = render_all(diags, RenderOptions{Lang::Vi, true});
    const std::string en = render_all(diags, RenderOptions{Lang::En, false});
    if (diags.items().size() > 0 && (vi.empty() || en.empty())) std::abort();
}

// A file of the repository (seeds and fixed inputs); aborts when it is missing,
// so a harness never silently fuzzes against nothing.
inline std::string repository_file(const std::string& relative) {
    const std::string path = std::string(CHISO_SOURCE_DIR) + "/" + relative;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        std::fprintf(stderr, "fuzz: cannot read %s\n", path.c_str());
        std::abort();
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    return buffer.str();
}

// An invariant of the code under test does not hold: a finding, like a crash.
#define CHISO_FUZZ_ASSERT(condition)                                                   \
    do {                                                                               \
        if (!(condition)) {                                                            \
            std::fprintf(stderr, "fuzz: invariant failed: %s (%s:%d)\n", #condition,  \
                         __FILE__, __LINE__);                                          \
            std::abort();                                                              \
        }                                                                              \
    } while (false)

}  // namespace chiso::fuzz
