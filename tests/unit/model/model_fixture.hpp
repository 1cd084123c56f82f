#pragma once
// Compiles criteria text to the resolved model, for the model's unit tests.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "engine/driver/driver.hpp"

namespace chiso::model_test {

struct Compiled {
    SourceSet sources;
    Diagnostics diags;
    std::optional<CompiledCriteria> criteria;
    const Definition& def() const { return *criteria->definition; }
};

// `body` after a header (index, locality, year); fails the test when it does not compile.
inline std::unique_ptr<Compiled> compile(const std::string& body) {
    auto out = std::make_unique<Compiled>();
    const std::string text = "index t \"T\"\nlocality x \"X\"\nyear 2024\n" + body;
    const SourceFile& file = out->sources.add("t.chiso", text);
    out->criteria = compile_criteria(file, out->diags);
    EXPECT_TRUE(out->criteria.has_value()) << render_all(out->diags, RenderOptions{Lang::En, true});
    return out;
}

}  // namespace chiso::model_test
