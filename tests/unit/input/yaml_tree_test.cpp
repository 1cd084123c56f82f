// The document tree built from libyaml's events: yaml-cpp's meanings the loaders
// rely on (Null, marks, iteration, duplicate keys kept for the loader to report),
// aliases resolved within a bound, and the size of the tree.
#include "engine/input/yaml_tree.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace chiso::input {
namespace {

YamlNode top(const std::shared_ptr<const YamlTree>& tree) { return tree->documents().at(0); }

// The keys of a map and the texts of its scalar values, in file order.
std::vector<std::string> pairs(const YamlNode& map) {
    std::vector<std::string> out;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const YamlNode value = it->second;
        out.push_back(it->first.Scalar() + "=" + (value.IsNull() ? "~" : value.IsScalar() ? value.Scalar() : "{…}"));
    }
    return out;
}

TEST(YamlTree, NullIsAPlainUntaggedEmptyValueTildeOrNull) {
    const auto tree = YamlTree::parse("a:\nb: ~\nc: null\nd: NULL\ne: \"null\"\nf: ''\ng: !!str null\nh: nulls\n");
    EXPECT_EQ(pairs(top(tree)), (std::vector<std::string>{"a=~", "b=~", "c=~", "d=~", "e=null", "f=", "g=null", "h=nulls"}));
    for (auto it = top(tree).begin(); it != top(tree).end(); ++it) {
        if (it->second.IsNull()) {
            EXPECT_EQ(it->second.Scalar(), "");  // never the text "null"
        }
    }
}

TEST(YamlTree, MarksAreByteOffsetsOfWhereNodesStart) {
    const std::string text = "\xEF\xBB\xBFtên: Đống Đa\nds:\n  - \"x\"\n  - {k: v}\nm:\n  a: 1\n";
    const auto tree = YamlTree::parse(text);
    const YamlNode root = top(tree);
    EXPECT_EQ(root.Mark().offset, 3u);  // a block map starts at its first key, after the byte-order mark
    std::vector<std::size_t> offsets;
    for (auto it = root.begin(); it != root.end(); ++it) {
        offsets.push_back(it->first.Mark().offset);
        offsets.push_back(it->second.Mark().offset);
    }
    EXPECT_EQ(offsets, (std::vector<std::size_t>{3, text.find("Đống"), text.find("ds"), text.find("- \"x\""),
                                                 text.find("m:"), text.find("a: 1")}));
    const YamlNode list = (++root.begin())->second;
    ASSERT_TRUE(list.IsSequence());
    EXPECT_EQ(list.size(), 2u);
    EXPECT_FALSE(list.IsFlow());
    auto item = list.begin();
    EXPECT_EQ((*item).Mark().offset, text.find("\"x\""));  // a quoted scalar at its quote
    ++item;
    EXPECT_TRUE((*item).IsMap());
    EXPECT_TRUE((*item).IsFlow());
    EXPECT_EQ((*item).Mark().offset, text.find("{k"));
}

TEST(YamlTree, RepeatedKeysAreKeptInFileOrder) {
    const auto tree = YamlTree::parse("a: 1\nb: 2\na: 3\n");
    EXPECT_EQ(pairs(top(tree)), (std::vector<std::string>{"a=1", "b=2", "a=3"}));
    EXPECT_EQ(top(tree).size(), 3u);
}

TEST(YamlTree, ScalarsAreTheirValues) {
    const auto tree = YamlTree::parse("a: \"x\\ty\\u00e9\"\nb: 'it''s'\nc: |\n  one\n  two\nd: plain\n  folded\n");
    EXPECT_EQ(pairs(top(tree)), (std::vector<std::string>{"a=x\ty\xC3\xA9", "b=it's", "c=one\ntwo\n", "d=plain folded"}));
}

TEST(YamlTree, DocumentsInFileOrder) {
    const auto tree = YamlTree::parse("a: 1\n---\n- b\n---\n");
    ASSERT_EQ(tree->documents().size(), 3u);
    EXPECT_TRUE(tree->documents()[0].IsMap());
    EXPECT_TRUE(tree->documents()[1].IsSequence());
    EXPECT_TRUE(tree->documents()[2].IsNull());
    EXPECT_TRUE(YamlTree::parse("# only a comment\n")->documents().empty());
}

TEST(YamlTree, AliasesNameTheirNode) {
    const auto tree = YamlTree::parse("d: &d {self: 8, appraised: 7}\nu: *d\ns: &s x\nt: *s\n");
    const std::vector<std::string> expected{"d={…}", "u={…}", "s=x", "t=x"};
    EXPECT_EQ(pairs(top(tree)), expected);
    const YamlNode u = (++top(tree).begin())->second;
    EXPECT_EQ(pairs(u), (std::vector<std::string>{"self=8", "appraised=7"}));
    // An alias inside the node it names would make a cycle: the anchor is not yet defined there.
    EXPECT_THROW(YamlTree::parse("a: &a [1, *a]\n"), YamlSyntaxError);
    EXPECT_THROW(YamlTree::parse("a: *nowhere\n"), YamlSyntaxError);
    // Anchors belong to their document.
    EXPECT_THROW(YamlTree::parse("a: &a 1\n---\nb: *a\n"), YamlSyntaxError);
}

TEST(YamlTree, AliasesMayNotMultiplyTheTree) {
    std::string text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n";
    for (int i = 1; i < 9; ++i) {
        text += "a" + std::to_string(i) + ": &a" + std::to_string(i) + " [";
        for (int k = 0; k < 10; ++k) text += (k == 0 ? "*a" : ", *a") + std::to_string(i - 1);
        text += "]\n";
    }
    try {
        YamlTree::parse(text);
        FAIL() << "accepted";
    } catch (const DocumentProblem& e) {
        EXPECT_EQ(e.message->id, std::string("input.alias-too-large"));
        EXPECT_EQ(e.mark.offset, text.find("a4:") + 44);  // the alias that crosses the bound
    }
    // Real reuse: one small map named by every unit of a large file.
    std::string units = "d: &d {self: 1, appraised: 1}\nunits:\n";
    for (int i = 0; i < 50000; ++i) units += "  - *d\n";
    EXPECT_EQ(YamlTree::parse(units)->documents().size(), 1u);
}

TEST(YamlTree, SyntaxErrorsAtByteOffsets) {
    try {
        YamlTree::parse("tên: Đống\n year: 2019\n");
        FAIL() << "accepted";
    } catch (const YamlSyntaxError& e) {
        EXPECT_EQ(e.problem, "mapping values are not allowed in this context");
        EXPECT_EQ(e.mark.offset, std::string("tên: Đống\n year").size());
    }
    try {
        YamlTree::parse(std::string("a: b\x01\n"));
        FAIL() << "accepted";
    } catch (const YamlSyntaxError& e) {
        EXPECT_EQ(e.mark.offset, 4u);  // a character YAML refuses
    }
}

}  // namespace
}  // namespace chiso::input
