// The golden dump of the demo's compiled plan: every step with its operands.
// Rewrite with CHISO_UPDATE_GOLDEN=1, then read the diff.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "engine/plan/plan_dump.hpp"
#include "kernel_fixture.hpp"

namespace chiso::testing {
namespace {

TEST(PlanDump, DemoGolden) {
    KernelCase c;
    c.criteria = load_criteria(c.sources, std::string(CHISO_SOURCE_DIR) + "/examples/demo/par-demo.chiso", c.diags);
    ASSERT_TRUE(c.criteria.has_value());
    c.compile();
    std::string dump;
    for (const CompiledTree& tree : c.compiled.trees) dump += dump_compiled_tree(tree);
    const std::string path = std::string(CHISO_SOURCE_DIR) + "/tests/unit/kernel/golden/demo-plan.txt";
    if (std::getenv("CHISO_UPDATE_GOLDEN")) std::ofstream(path, std::ios::binary) << dump;
    std::ifstream in(path, std::ios::binary);
    ASSERT_TRUE(in) << path;
    std::ostringstream golden;
    golden << in.rdbuf();
    EXPECT_EQ(dump, golden.str());
}

}  // namespace
}  // namespace chiso::testing
