// Collecting every problem of a file, duplicate keys in any map, and the edge
// cases of the file as a whole.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "input_test_util.hpp"

namespace chiso {
namespace {

using test::load;
using test::scores_file;
using test::unit_file;

// "line:col id" of each diagnostic, in order.
std::vector<std::string> summary(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items()) {
        out.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.char_col()) + " " + d.message->id);
    }
    return out;
}

TEST(Collect, EveryProblemIsReportedInFileOrder) {
    SourceSet sources;
    test::Loaded r = load(sources, R"(index: par
locality: [haiphong]
yaer: 2019
units:
  - id: ngo-quyen
    name: Quận Ngô Quyền
    blok: huyen
    scores:
      "1.1": 8,5
      "1.2": .nan
      "1.3": {self: 2, appraised: [1]}
      "1.1": 3
  - id: ngo-quyen
    name: Ngô Quyền
    block: huyen
    flags: kỷ luật
  - Đồ Sơn
)");
    EXPECT_FALSE(r.sheet);
    EXPECT_EQ(summary(r.diags), (std::vector<std::string>{
                                    "2:11 input.expected-text",
                                    "3:1 input.unknown-key-suggest",
                                    "7:5 input.unit-unknown-key-suggest",
                                    "9:14 input.decimal-comma",
                                    "10:14 input.not-finite",
                                    "11:35 input.value-is-list",
                                    "12:7 input.duplicate-code",
                                    "13:9 input.duplicate-unit",
                                    "16:12 input.flags-not-list",
                                    "17:5 input.unit-not-map",
                                }));
}

// The document tree keeps both pairs of a repeated key (YAML forbids them, but
// readers differ): every map level must report it.
TEST(DuplicateKeys, ReportedInEveryMap) {
    SourceSet sources;
    test::Loaded r = load(sources, R"(index: par
locality: haiphong
year: 2019
year: 2020
units:
  - id: ngo-quyen
    name: Quận Ngô Quyền
    block: huyen
    block: quan
    scores:
      "1.1": 1
      '1.1': 2
      "4.2": {done: 8, done: 9}
      "4.3": {self: {done: 1, done: 2}}
      "4.4": {appraised: 1, appraised: 2}
      "4.5":
        self: 1
        self: 2
)");
    EXPECT_FALSE(r.sheet);
    EXPECT_EQ(summary(r.diags), (std::vector<std::string>{
                                    "4:1 input.duplicate-key",
                                    "9:5 input.unit-duplicate-key",
                                    "12:7 input.duplicate-code",
                                    "13:24 input.value-duplicate-key",
                                    "14:31 input.value-duplicate-key",
                                    "15:29 input.value-duplicate-key",
                                    "18:9 input.value-duplicate-key",
                                }));
    EXPECT_EQ(render(r.diags.items()[4], RenderOptions{Lang::En}),
              "scores.yaml:14:31: error: unit `ngo-quyen`, code `4.3 / self`: duplicate key `done`; already given on "
              "line 14\n"
              "        \"4.3\": {self: {done: 1, done: 2}}\n"
              "                                ^\n");
}

TEST(DuplicateKeys, CodesDifferingOnlyInTrailingZeroAreDistinct) {
    SourceSet sources;
    test::Loaded r = load(sources, scores_file("      1.1: 1\n      1.10: 2\n      \"1.100\": 3\n"));
    ASSERT_TRUE(r.sheet) << r.en();
    const UnitInput& u = r.sheet->units[0];
    ASSERT_EQ(u.entries.size(), 3u);
    EXPECT_EQ(u.code(u.entries[0]), "1.1");
    EXPECT_EQ(u.code(u.entries[1]), "1.10");
    EXPECT_EQ(u.code(u.entries[2]), "1.100");
}

TEST(FileEdges, EmptyForms) {
    for (const char* text : {"", "\n\n", "# synthetic\n# only comments\n", "---\n", "~\n", "null\n", "---\n...\n"}) {
        SourceSet sources;
        test::Loaded r = load(sources, text);
        EXPECT_FALSE(r.sheet) << text;
        EXPECT_EQ(summary(r.diags), (std::vector<std::string>{"0:0 input.empty-file"})) << text;
    }
}

TEST(FileEdges, UnclosedQuoteIsReportedAlone) {
    // The quote swallows the rest of the file: `block` and `units` content vanish,
    // but only the cause is reported.
    SourceSet sources;
    test::Loaded r = load(sources, "index: par\nlocality: \"haiphong\nyear: 2019\nunits: []\n");
    EXPECT_FALSE(r.sheet);
    EXPECT_EQ(summary(r.diags), (std::vector<std::string>{"2:11 input.unclosed-quote"}));
}

TEST(FileEdges, EscapedQuotesAreNotUnclosed) {
    SourceSet sources;
    test::Loaded r = load(sources, unit_file("    group: \"a \\\" b\"\n    flags: ['it''s']\n"));
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_EQ(r.sheet->units[0].group, "a \" b");
    EXPECT_EQ(r.sheet->units[0].flags, std::vector<std::string>{"it's"});
}

TEST(FileEdges, Years) {
    for (const char* good : {"2019", "\"2019\"", "'2020'"}) {
        SourceSet sources;
        test::Loaded r = load(sources, std::string("index: par\nlocality: hp\nyear: ") + good + "\nunits: []\n");
        EXPECT_TRUE(r.sheet) << good << r.en();
    }
    for (const char* bad : {"0", "20190", "-2019", "2019.0", "[2019]", "{y: 2019}", "hai nghìn"}) {
        SourceSet sources;
        test::Loaded r = load(sources, std::string("index: par\nlocality: hp\nyear: ") + bad + "\nunits: []\n");
        EXPECT_EQ(summary(r.diags), (std::vector<std::string>{"3:7 input.year-not-integer"})) << bad;
    }
}

TEST(FileEdges, MisspeltKeyIsNotAlsoMissing) {
    SourceSet sources;
    test::Loaded r = load(sources, "index: par\nlocality: hp\nyaer: 2019\nunits:\n  - id: a\n    name: A\n    blck: b\n");
    EXPECT_EQ(summary(r.diags),
              (std::vector<std::string>{"3:1 input.unknown-key-suggest", "7:5 input.unit-unknown-key-suggest"}));
}

TEST(FileEdges, UnitsWithoutIdAreNumbered) {
    SourceSet sources;
    test::Loaded r = load(sources, "index: par\nlocality: hp\nyear: 2019\nunits:\n  - name: A\n    block: b\n");
    EXPECT_EQ(r.en(),
              "scores.yaml:5:5: error: unit `#1`: missing key `id`\n"
              "    - name: A\n"
              "      ^\n");
}

TEST(FileEdges, AliasesAreRead) {
    SourceSet sources;
    test::Loaded r = load(sources, R"(index: par
locality: hp
year: 2019
units:
  - {id: a, name: A, block: b, flags: &common [thí điểm]}
  - {id: b, name: B, block: b, flags: *common}
)");
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_EQ(r.sheet->units[1].flags, std::vector<std::string>{"thí điểm"});
}

TEST(FileEdges, EmptyListOfUnitsIsValid) {
    SourceSet sources;
    test::Loaded r = load(sources, "index: par\nlocality: hp\nyear: 2019\nunits: []\n");
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_TRUE(r.sheet->units.empty());
}

}  // namespace
}  // namespace chiso
