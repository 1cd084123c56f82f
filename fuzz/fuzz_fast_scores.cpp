// Fuzzes the fast score reader against the full one: arbitrary bytes as a score
// file. Invariant: when the fast reader accepts a file, the full reader (libyaml)
// accepts it too, without any error, and returns the same sheet, positions included.
#include "engine/input/fast_scores.hpp"
#include "engine/input/sheet_difference.hpp"
#include "engine/input/yaml_loader.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.yaml", fuzz::bytes(data, size));
    const auto fast = input::fast_load_score_sheet(file);
    if (!fast) return 0;
    Diagnostics diags;
    const auto full = load_score_sheet_in_full(file, diags);
    CHISO_FUZZ_ASSERT(full.has_value() && !diags.has_errors());
    CHISO_FUZZ_ASSERT(input::first_difference(*fast, *full).empty());
    return 0;
}
