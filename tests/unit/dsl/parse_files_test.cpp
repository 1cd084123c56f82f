// The criteria files of the repository and the examples of docs/language.md parse.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "parse_test_support.hpp"

namespace chiso::test {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The code blocks (between ``` fences) of a Markdown text.
std::vector<std::string> code_blocks(const std::string& markdown) {
    std::vector<std::string> blocks;
    std::istringstream lines(markdown);
    std::string line;
    std::string block;
    bool inside = false;
    while (std::getline(lines, line)) {
        if (line.starts_with("```")) {
            if (inside) blocks.push_back(block);
            block.clear();
            inside = !inside;
        } else if (inside) {
            block += line + "\n";
        }
    }
    return blocks;
}

bool parses(const std::string& text) {
    Parsed parsed = parse_text(text);
    return parsed.ast.has_value();
}

// Blocks listing alternatives (`publish percent` / `publish points`): each line alone.
bool each_line_parses(const std::string& block) {
    std::istringstream lines(block);
    std::string line;
    while (std::getline(lines, line)) {
        if (!parses(line)) return false;
    }
    return true;
}

TEST(ParseFiles, RepositoryCriteriaFilesParse) {
    int count = 0;
    for (const char* dir : {"criteria", "examples"}) {
        const fs::path root = fs::path(CHISO_SOURCE_DIR) / dir;
        if (!fs::exists(root)) continue;
        for (const auto& entry : fs::recursive_directory_iterator(root)) {
            if (entry.path().extension() != ".chiso") continue;
            ++count;
            Parsed parsed = parse_text(read(entry.path()));
            EXPECT_TRUE(parsed.ast.has_value()) << entry.path() << "\n" << rendered(parsed, Lang::En);
        }
    }
    EXPECT_GT(count, 0);
}

// Each example of the language documentation parses, as a file, or (for fragments)
// inside a tree, a node or a ladder, or line by line for lists of alternatives.
// Blocks showing messages are skipped.
TEST(ParseFiles, DocumentationExamplesParse) {
    const std::string doc = read(fs::path(CHISO_SOURCE_DIR) / "docs" / "language.md");
    const std::vector<std::string> blocks = code_blocks(doc);
    ASSERT_GT(blocks.size(), 20u);
    for (const std::string& block : blocks) {
        if (block.find("error:") != std::string::npos) continue;  // a message, not code
        const bool ok = parses(block) || parses("tree t \"T\" {\n" + block + "}\n") ||
                        parses("tree t \"T\" {\ncriterion 1 \"T\" " + block + "}\n") ||
                        parses("ladder l \"L\" {\n" + block + "}\n") || parses("stat s \"S\" count " + block) ||
                        each_line_parses(block);
        EXPECT_TRUE(ok) << block << "\n" << rendered(parse_text(block), Lang::En);
    }
}

TEST(ParseFiles, DocumentationCompleteExampleParsesAsAFile) {
    const std::vector<std::string> blocks = code_blocks(read(fs::path(CHISO_SOURCE_DIR) / "docs" / "language.md"));
    ASSERT_FALSE(blocks.empty());
    EXPECT_NE(dump_valid(blocks.back()), "");
}

}  // namespace
}  // namespace chiso::test
