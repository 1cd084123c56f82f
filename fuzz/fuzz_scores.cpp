// Fuzzes the score loader: arbitrary bytes as a score file (YAML).
// Invariant: a sheet is returned exactly when no error was reported.
#include "engine/input/yaml_loader.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.yaml", fuzz::bytes(data, size));
    Diagnostics diags;
    const auto sheet = load_score_sheet(file, diags);
    CHISO_FUZZ_ASSERT(sheet.has_value() == !diags.has_errors());
    fuzz::render_diagnostics(diags);
    return 0;
}
