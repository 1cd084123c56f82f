// Fuzzes the checker: arbitrary bytes as a criteria file, through parse, merge,
// resolve, check and compile, as `chiso check` runs them.
//  - A file without `extends` goes through compile_criteria (driver.hpp).
//  - A file with `extends` (which compile_criteria refuses: it reads no file) is
//    merged onto examples/demo/par-demo.chiso, parsed once, whatever path it names,
//    then resolved, checked and compiled (compile_effective): the merge phase is
//    fuzzed without reading files the input names.
// Invariant: a plan is returned exactly when no error was reported.
#include <memory>

#include "dsl/parser.hpp"
#include "engine/driver/driver.hpp"
#include "engine/resolve/inherit.hpp"
#include "fuzz/fuzz_common.hpp"

namespace {

const chiso::ast::File& base() {
    static const chiso::SourceFile file("examples/demo/par-demo.chiso",
                                        chiso::fuzz::repository_file("examples/demo/par-demo.chiso"));
    static const chiso::ast::File parsed = [] {
        chiso::Diagnostics diags;
        auto ast = chiso::dsl::parse(file, diags);
        if (!ast) std::abort();
        return std::move(*ast);
    }();
    return parsed;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    base();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace chiso;
    const SourceFile file("fuzz.chiso", fuzz::bytes(data, size));
    Diagnostics diags;
    std::optional<CompiledCriteria> compiled = compile_criteria(file, diags);
    CHISO_FUZZ_ASSERT(compiled.has_value() == !diags.has_errors());
    fuzz::render_diagnostics(diags);

    // With `extends`: merge onto the demo file instead (parsed again only then).
    if (file.text().find("extends") == std::string::npos) return 0;
    Diagnostics parse_diags;
    auto child = dsl::parse(file, parse_diags);
    if (child && child->extends) {
        Diagnostics merge_diags;
        Origins origins;
        auto merged = merge(base(), *child, merge_diags, origins);
        CHISO_FUZZ_ASSERT(merged.has_value() == !merge_diags.has_errors());
        if (merged) {
            auto result = compile_effective(std::make_shared<const ast::File>(std::move(*merged)), merge_diags);
            CHISO_FUZZ_ASSERT(result.has_value() == !merge_diags.has_errors());
        }
        fuzz::render_diagnostics(merge_diags);
    }
    return 0;
}
