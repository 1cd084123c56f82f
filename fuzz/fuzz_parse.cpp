// Fuzzes the criteria parser: arbitrary bytes as a *.chiso file.
// Invariant: the AST is returned exactly when no error was reported.
#include "dsl/parser.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.chiso", fuzz::bytes(data, size));
    Diagnostics diags;
    const auto ast = dsl::parse(file, diags);
    CHISO_FUZZ_ASSERT(ast.has_value() == !diags.has_errors());
    fuzz::render_diagnostics(diags);
    return 0;
}
