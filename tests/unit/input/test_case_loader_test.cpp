// The test-case loader (engine/input/test_case_loader.cpp): what a valid case file
// becomes, and every problem of a case file with its position and message.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "engine/input/test_case_loader.hpp"
#include "engine/input/test_case_messages.hpp"

namespace chiso {
namespace {

struct Loaded {
    std::optional<cases::TestFile> file;
    Diagnostics diags;
    std::string vi() const { return render_all(diags, RenderOptions{Lang::Vi}); }
    std::string en() const { return render_all(diags, RenderOptions{Lang::En}); }
};

Loaded load(SourceSet& sources, std::string text, std::string path = "tests/cases/x.yaml") {
    const SourceFile& file = sources.add(std::move(path), std::move(text));
    Loaded out;
    out.file = load_test_file(file, out.diags);
    return out;
}

// "line:col id" of each diagnostic, in order.
std::vector<std::string> summary(const Diagnostics& diags) {
    std::vector<std::string> out;
    for (const Diagnostic& d : diags.items())
        out.push_back(std::to_string(d.loc.line) + ":" + std::to_string(d.loc.char_col()) + " " + d.message->id);
    return out;
}

const char* kHead =
    "criteria: ../../criteria/a.chiso\n"
    "scores: ../../examples/a.yaml\n";

// --- valid files ---

TEST(TestCaseLoader, ReadsEveryPartOfACase) {
    SourceSet sources;
    Loaded r = load(sources, std::string("name: \"Hải Phòng 2019\"\n") + kHead + R"(tolerance: 0.005
expect:
  units:
    ngo-quyen: {index: 91.93, points: 74.17, max: 80, rank: 1, block: huyen,
                classes: {nguoi_dung_dau: "Hoàn thành xuất sắc nhiệm vụ", xep_loai: null}}
    hong-bang: {rank_in: [2, 3]}
  blocks:
    huyen:
      count: 15
      mean: 84.52
      min: 63.9
      max: 91.93
      stats: {tren_80: 14}
      classes: {nguoi_dung_dau: {"Hoàn thành xuất sắc nhiệm vụ": 5}}
      order: [ngo-quyen, hong-bang]
      first: ngo-quyen
      last: bach-long-vy
)");
    ASSERT_TRUE(r.file) << r.en();
    ASSERT_EQ(r.file->cases.size(), 1u);
    const cases::TestCase& tc = r.file->cases[0];
    EXPECT_EQ(tc.name, "Hải Phòng 2019");
    EXPECT_EQ(tc.display_name(), "Hải Phòng 2019");
    EXPECT_EQ(tc.number, 0u);
    // Paths are relative to the case file's folder.
    EXPECT_EQ(tc.criteria, "criteria/a.chiso");
    EXPECT_EQ(tc.scores, "examples/a.yaml");
    EXPECT_EQ(tc.criteria_loc.line, 2u);
    EXPECT_FALSE(tc.units);
    ASSERT_TRUE(tc.tolerance);
    EXPECT_EQ(tc.tolerance->value, Rational(5, 1000));
    EXPECT_FALSE(tc.expect_error);

    ASSERT_EQ(tc.units_expected.size(), 2u);
    const cases::UnitExpectation& u = tc.units_expected[0];
    EXPECT_EQ(u.id, "ngo-quyen");
    EXPECT_EQ(u.loc.line, 7u);
    EXPECT_EQ(u.index->value, Rational(9193, 100));
    EXPECT_EQ(u.index->text, "91.93");
    EXPECT_EQ(u.points->value, Rational(7417, 100));
    EXPECT_EQ(u.max->value, Rational(80));
    EXPECT_EQ(u.rank->value, 1);
    EXPECT_EQ(u.block->value, "huyen");
    ASSERT_EQ(u.classes.size(), 2u);
    EXPECT_EQ(u.classes[0].ladder, "nguoi_dung_dau");
    EXPECT_EQ(u.classes[0].label, std::optional<std::string>("Hoàn thành xuất sắc nhiệm vụ"));
    EXPECT_EQ(u.classes[1].ladder, "xep_loai");
    EXPECT_FALSE(u.classes[1].label);  // null: no class expected
    const cases::UnitExpectation& h = tc.units_expected[1];
    ASSERT_EQ(h.rank_in.size(), 2u);
    EXPECT_EQ(h.rank_in[0].value, 2);
    EXPECT_EQ(h.rank_in[1].value, 3);
    EXPECT_FALSE(h.rank);

    ASSERT_EQ(tc.blocks_expected.size(), 1u);
    const cases::BlockExpectation& b = tc.blocks_expected[0];
    EXPECT_EQ(b.id, "huyen");
    EXPECT_EQ(b.count->value, 15);
    EXPECT_EQ(b.mean->value, Rational(8452, 100));
    EXPECT_EQ(b.min->value, Rational(639, 10));
    EXPECT_EQ(b.max->value, Rational(9193, 100));
    ASSERT_EQ(b.stats.size(), 1u);
    EXPECT_EQ(b.stats[0].stat, "tren_80");
    EXPECT_EQ(b.stats[0].count.value, 14);
    ASSERT_EQ(b.classes.size(), 1u);
    EXPECT_EQ(b.classes[0].ladder, "nguoi_dung_dau");
    EXPECT_EQ(b.classes[0].label, "Hoàn thành xuất sắc nhiệm vụ");
    EXPECT_EQ(b.classes[0].count.value, 5);
    ASSERT_EQ(b.order.size(), 2u);
    EXPECT_EQ(b.order[1].value, "hong-bang");
    EXPECT_EQ(b.first->value, "ngo-quyen");
    EXPECT_EQ(b.last->value, "bach-long-vy");
}

TEST(TestCaseLoader, SeveralCasesAreNumberedAndNamedByTheFile) {
    SourceSet sources;
    Loaded r = load(sources, R"(cases:
  - criteria: a.chiso
    scores: a.yaml
    expect: {units: {x: {rank: 1}}}
  - name: "Thứ hai"
    criteria: /abs/b.chiso
    scores: ./sub/../b.yaml
    expect_error: eval.above-max
)");
    ASSERT_TRUE(r.file) << r.en();
    ASSERT_EQ(r.file->cases.size(), 2u);
    EXPECT_EQ(r.file->cases[0].number, 1u);
    EXPECT_EQ(r.file->cases[0].display_name(), "x.yaml #1");
    EXPECT_EQ(r.file->cases[0].criteria, "tests/cases/a.chiso");
    EXPECT_EQ(r.file->cases[1].display_name(), "Thứ hai");
    EXPECT_EQ(r.file->cases[1].criteria, "/abs/b.chiso");
    EXPECT_EQ(r.file->cases[1].scores, "tests/cases/b.yaml");
    EXPECT_EQ(r.file->cases[1].expect_error->value, "eval.above-max");
}

TEST(TestCaseLoader, AOneCaseFileIsNamedByItsFileName) {
    SourceSet sources;
    Loaded r = load(sources, std::string(kHead) + "expect: {units: {x: {rank: 1}}}\n");
    ASSERT_TRUE(r.file) << r.en();
    EXPECT_EQ(r.file->cases[0].display_name(), "x.yaml");
}

TEST(TestCaseLoader, InlineUnitsAreReadAsInAScoreFile) {
    SourceSet sources;
    Loaded r = load(sources, R"(criteria: a.chiso
units:
  - id: so-x
    name: "Sở X"
    block: so
    flags: [kỷ luật]
    scores: {"1": 8.5, "2": {tự_chấm: 3, thẩm_định: 2}}
expect: {units: {so-x: {rank: 1}}}
)");
    ASSERT_TRUE(r.file) << r.en();
    const cases::TestCase& tc = r.file->cases[0];
    EXPECT_TRUE(tc.scores.empty());
    ASSERT_TRUE(tc.units);
    ASSERT_EQ(tc.units->size(), 1u);
    const UnitInput& u = (*tc.units)[0];
    EXPECT_EQ(u.id, "so-x");
    EXPECT_EQ(u.block, "so");
    EXPECT_EQ(u.flags, std::vector<std::string>{"kỷ luật"});
    ASSERT_EQ(u.entries.size(), 2u);
    EXPECT_EQ(u.value(u.entries[0])->number, Rational(85, 10));
    EXPECT_EQ(u.appraised(u.entries[1])->number, Rational(2));
    EXPECT_EQ(u.loc_of(u.entries[0]).file, r.file->file);
    EXPECT_EQ(tc.units_loc.line, 2u);
}

TEST(TestCaseLoader, InlineUnitsReportTheScoreFileMessages) {
    SourceSet sources;
    Loaded r = load(sources, R"(criteria: a.chiso
units:
  - {id: so-x, nmae: "Sở X", block: so, scores: {"1": 8,5}}
  - {id: so-x, name: "Sở X", block: so}
expect: {units: {so-x: {rank: 1}}}
)");
    EXPECT_FALSE(r.file);
    EXPECT_EQ(summary(r.diags), (std::vector<std::string>{"3:16 input.unit-unknown-key-suggest",
                                                          "3:55 input.decimal-comma",
                                                          "4:10 input.duplicate-unit"}));
}

TEST(TestCaseLoader, InlineUnitsMustBeAList) {
    SourceSet sources;
    Loaded r = load(sources, "criteria: a.chiso\nunits: so-x\nexpect: {units: {so-x: {rank: 1}}}\n");
    EXPECT_EQ(summary(r.diags), std::vector<std::string>{"2:8 input.units-not-list"});
}

TEST(TestCaseLoader, ALiteralPatchKeepsItsPlaceInTheFile) {
    SourceSet sources;
    Loaded r = load(sources, std::string(kHead) + R"(patch: |
  edit ladder nguoi_dung_dau {
    "Hoàn thành xuất sắc nhiệm vụ" when rank <= 3
  }

  stat tren_85 "Trên 85" count index > 85
expect: {units: {x: {rank: 1}}}
)");
    ASSERT_TRUE(r.file) << r.en();
    const cases::TestCase& tc = r.file->cases[0];
    EXPECT_EQ(*tc.patch,
              "edit ladder nguoi_dung_dau {\n  \"Hoàn thành xuất sắc nhiệm vụ\" when rank <= 3\n}\n\n"
              "stat tren_85 \"Trên 85\" count index > 85\n");
    // Lines 1-3 empty, then the block's lines exactly as in the file (line 4 on).
    ASSERT_TRUE(tc.patch_in_place);
    EXPECT_EQ(*tc.patch_in_place,
              "\n\n\n  edit ladder nguoi_dung_dau {\n    \"Hoàn thành xuất sắc nhiệm vụ\" when rank <= 3\n  }\n\n"
              "  stat tren_85 \"Trên 85\" count index > 85\n");
    EXPECT_EQ(tc.patch_loc.line, 3u);
}

TEST(TestCaseLoader, OtherPatchFormsAreHandedOverAsWritten) {
    SourceSet sources;
    Loaded r = load(sources, std::string(kHead) +
                                 "patch: \"edit ladder x { \\\"A\\\" when rank <= 3 }\"\n"
                                 "expect: {units: {x: {rank: 1}}}\n");
    ASSERT_TRUE(r.file) << r.en();
    EXPECT_EQ(*r.file->cases[0].patch, "edit ladder x { \"A\" when rank <= 3 }");
    EXPECT_FALSE(r.file->cases[0].patch_in_place);
    // `|-` (no final line break) and an indentation indicator are matched too, or fall back.
    Loaded strip = load(sources, std::string(kHead) + "patch: |-\n  remove stat x\nexpect: {units: {x: {rank: 1}}}\n");
    ASSERT_TRUE(strip.file) << strip.en();
    EXPECT_EQ(*strip.file->cases[0].patch_in_place, "\n\n\n  remove stat x\n");
    Loaded indicator =
        load(sources, std::string(kHead) + "patch: |4\n      remove stat x\nexpect: {units: {x: {rank: 1}}}\n");
    ASSERT_TRUE(indicator.file) << indicator.en();
    EXPECT_EQ(*indicator.file->cases[0].patch, "  remove stat x\n");
    EXPECT_FALSE(indicator.file->cases[0].patch_in_place);
}

TEST(TestCaseLoader, AByteOrderMarkDoesNotShiftColumns) {
    SourceSet sources;
    Loaded r = load(sources, "\xEF\xBB\xBF" "criteria: a.chiso\nscores: a.yaml\nexpect: {units: {x: {rank: 0}}}\n");
    EXPECT_EQ(summary(r.diags), std::vector<std::string>{"3:28 case.not-rank"});
}

TEST(TestCaseLoader, ZeroAndLargeWholeNumbers) {
    SourceSet sources;
    Loaded r = load(sources, std::string(kHead) +
                                 "expect:\n  blocks:\n    b: {count: 0, stats: {s: 3.0}, classes: {l: {A: 1000000001}}}\n");
    EXPECT_EQ(summary(r.diags), std::vector<std::string>{"5:53 case.not-count"});
}

// --- problems ---

TEST(TestCaseLoader, EveryProblemOfAFileIsReportedInFileOrder) {
    SourceSet sources;
    Loaded r = load(sources, R"(critera: a.chiso
scores: a.yaml
tolerance: .nan
expect:
  units:
    x: {index: 91,93, rank: 0, rnak: 1}
    x: {rank: 1}
  blocks:
    b: {order: [a, b, a], mean: 1e3}
expect_error: eval.above-max
)");
    EXPECT_FALSE(r.file);
    EXPECT_EQ(summary(r.diags), (std::vector<std::string>{
                                    "1:1 input.unknown-key-suggest",  // and not also "missing criteria"
                                    "3:12 case.not-number",
                                    "6:16 case.decimal-comma",
                                    "6:29 case.not-rank",
                                    "6:32 input.unknown-key-suggest",
                                    "7:5 input.duplicate-key",
                                    "9:23 case.repeated-entry",
                                    "9:33 case.not-number",
                                    "10:1 case.expect-and-error",
                                }));
}

TEST(TestCaseLoader, AnUnclosedQuoteIsReportedAlone) {
    SourceSet sources;
    Loaded r = load(sources, "name: \"Hải Phòng\ncriteria: a.chiso\n");
    EXPECT_EQ(summary(r.diags), std::vector<std::string>{"1:7 input.unclosed-quote"});
}

TEST(TestCaseLoader, FileLevelProblems) {
    SourceSet sources;
    EXPECT_EQ(summary(load(sources, "# nothing\n").diags), std::vector<std::string>{"0:0 case.empty-file"});
    EXPECT_EQ(summary(load(sources, "- criteria: a\n").diags), std::vector<std::string>{"1:1 case.top-not-map"});
    EXPECT_EQ(summary(load(sources, "criteria: a\n scores: b\n").diags),
              std::vector<std::string>{"2:8 input.not-yaml"});
    EXPECT_EQ(summary(load(sources, "criteria: a\n---\ncriteria: b\n").diags),
              (std::vector<std::string>{"1:1 case.no-scores", "1:1 case.no-expectation", "3:1 input.multiple-documents"}));
    EXPECT_EQ(summary(load(sources, "criteria: H\xE1i\n").diags), std::vector<std::string>{"1:12 input.invalid-utf8"});
    EXPECT_EQ(summary(load(sources, "cases:\n").diags), std::vector<std::string>{"1:1 input.missing-value"});
    EXPECT_EQ(summary(load(sources, "cases: []\n").diags), std::vector<std::string>{"1:1 input.missing-value"});
    EXPECT_EQ(summary(load(sources, "name: x\ncases: [5]\nfoo: 1\n").diags),
              (std::vector<std::string>{"1:1 case.cases-mixed", "2:9 case.case-not-map", "3:1 input.unknown-key"}));
    EXPECT_EQ(summary(load(sources, "cases: {a: 1}\n").diags), std::vector<std::string>{"1:8 case.cases-not-list"});
    EXPECT_EQ(summary(load(sources, "scores: a.yaml\nexpect: {units: {x: {rank: 1}}}\n").diags),
              std::vector<std::string>{"1:1 input.missing-key"});
}

TEST(TestCaseLoader, EmptyAndWronglyShapedExpectations) {
    SourceSet sources;
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect:\n").diags),
              std::vector<std::string>{"3:1 case.nothing-expected"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {}\n").diags),
              std::vector<std::string>{"3:1 case.nothing-expected"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: [1]\n").diags),
              std::vector<std::string>{"3:9 case.not-map"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {unit: {x: {rank: 1}}}\n").diags),
              std::vector<std::string>{"3:10 input.unknown-key-suggest"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {units: {x: {rank_in: []}}}\n").diags),
              std::vector<std::string>{"3:22 input.missing-value"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {blocks: {b: {order: a}}}\n").diags),
              std::vector<std::string>{"3:30 case.not-list"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {blocks: {b: {first: \"\"}}}\n").diags),
              std::vector<std::string>{"3:23 input.missing-value"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {units: {x: {index: có}}}\n").diags),
              std::vector<std::string>{"3:29 case.not-number"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect: {units: {x: {index: \"1,5\"}}}\n").diags),
              std::vector<std::string>{"3:29 case.decimal-comma"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect_error: [a]\n").diags),
              std::vector<std::string>{"3:15 input.expected-text"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "expect_error: Eval.Above\n").diags),
              std::vector<std::string>{"3:15 case.error-id-form"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "units: []\nexpect_error: a.b\n").diags),
              std::vector<std::string>{"3:1 case.scores-and-units"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "tolerance: -1\nexpect_error: a.b\n").diags),
              std::vector<std::string>{"3:12 case.negative-tolerance"});
    EXPECT_EQ(summary(load(sources, std::string(kHead) + "{a: 1}: 2\nexpect_error: a.b\n").diags),
              std::vector<std::string>{"3:1 input.key-not-text"});
}

// Messages rendered in full, both languages, with the position and caret.
TEST(TestCaseLoader, MessagesAreRenderedInBothLanguages) {
    SourceSet sources;
    Loaded r = load(sources, std::string(kHead) + "expect:\n  units:\n    ngo-quyen: {rank: 1.5}\n");
    EXPECT_EQ(r.vi(),
              "tests/cases/x.yaml:5:23: error: `expect / units / ngo-quyen / rank`: `1.5` không phải là một thứ hạng "
              "(số nguyên từ 1)\n      ngo-quyen: {rank: 1.5}\n                        ^\n");
    EXPECT_EQ(r.en(),
              "tests/cases/x.yaml:5:23: error: `expect / units / ngo-quyen / rank`: `1.5` is not a rank (a whole "
              "number from 1)\n      ngo-quyen: {rank: 1.5}\n                        ^\n");
}

// Every message of the catalogue is produced by some file above or below.
TEST(TestCaseLoader, EveryCatalogueMessageIsReachable) {
    namespace cm = msg::test_case;
    const std::vector<const MessageDef*> all{
        &cm::kEmptyFile,       &cm::kTopNotMap,     &cm::kCasesNotList,     &cm::kCaseNotMap,
        &cm::kCasesMixed,      &cm::kScoresAndUnits, &cm::kNoScores,        &cm::kExpectAndError,
        &cm::kNoExpectation,   &cm::kNothingExpected, &cm::kErrorIdForm,    &cm::kNotMap,
        &cm::kNotList,         &cm::kNotNumber,     &cm::kDecimalComma,     &cm::kNotRank,
        &cm::kNotCount,        &cm::kNegativeTolerance, &cm::kRepeatedEntry};
    const std::vector<std::string> files{
        "# nothing\n",
        "- a\n",
        "cases: 1\nname: x\n",
        "cases: [1, {criteria: a}]\n",
        std::string(kHead) + "units: []\nexpect: {}\nexpect_error: x\n",
        std::string(kHead) + "tolerance: -1\nexpect: {units: {a: [1], b: {rank: 0}, c: {rank_in: 1, index: x}},"
                             " blocks: {d: {count: -1, max: \"1,5\", order: [a, a]}}}\n",
    };
    std::set<std::string> seen;
    for (const auto& text : files) {
        SourceSet s;
        const Loaded r = load(s, text);
        for (const Diagnostic& d : r.diags.items()) seen.insert(d.message->id);
    }
    for (const MessageDef* m : all) EXPECT_TRUE(seen.count(m->id)) << m->id;
}

}  // namespace
}  // namespace chiso
