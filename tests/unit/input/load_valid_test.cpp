// Valid score files: every value form read back with its position.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "input_test_util.hpp"

namespace chiso {
namespace {

// A named value's names and numbers, `done=8 assigned=10`.
std::string names_and_numbers(const chiso::InputValue& v) {
    std::string out;
    for (const chiso::NamedValue& n : v.named) out += (out.empty() ? "" : " ") + n.name + "=" + n.value.to_string();
    return out;
}


using Kind = InputValue::Kind;
using test::load;

// Synthetic: invented values covering every value form.
constexpr const char* kFullFile = R"(# synthetic: invented values, for tests only
index: par
locality: haiphong
year: 2019
units:
  - id: ngo-quyen
    name: "Quận Ngô Quyền"
    block: huyen
    group: quan
    flags: [kỷ luật, "thí điểm"]
    scores:
      total: 91.93
      "1.1": 1
      1.10: 2
      "1.2": {self: 2, appraised: 1.5}
      "1.3": {tự_chấm: 3, thẩm_định: 2.5}
      "1.4": {"tự chấm": 1, "thẩm định": 0.5}
      "1.5": {value: 7}
      "2": không áp dụng
      "2.1": tốt
      "3.1": 95%
      "4.2": {done: 8, assigned: 10}
      "4.3": {self: {done: 8, assigned: 10}, appraised: {done: 7, assigned: 10}}
      "5.1": có
      "5.2": false
  - id: đồ-sơn
    name: Quận Đồ Sơn
    block: huyen
)";

EntryDraft entry(const UnitInput& unit, std::size_t i) { return unit.draft(unit.entries.at(i)); }

TEST(LoadValid, HeaderAndUnits) {
    SourceSet sources;
    test::Loaded r = load(sources, kFullFile);
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_EQ(r.en(), "");
    const ScoreSheet& s = *r.sheet;
    EXPECT_EQ(s.index, "par");
    EXPECT_EQ(s.locality, "haiphong");
    EXPECT_EQ(s.year, 2019);
    EXPECT_EQ(s.source->path(), "scores.yaml");
    EXPECT_EQ(s.index_loc.line, 2u);
    EXPECT_EQ(s.index_loc.byte_col, 8u);
    EXPECT_EQ(s.year_loc.line, 4u);
    ASSERT_EQ(s.units.size(), 2u);
    const UnitInput& u = s.units[0];
    EXPECT_EQ(u.id, "ngo-quyen");
    EXPECT_EQ(u.name, "Quận Ngô Quyền");
    EXPECT_EQ(u.block, "huyen");
    EXPECT_EQ(u.group, "quan");
    EXPECT_EQ(u.flags, (std::vector<std::string>{"kỷ luật", "thí điểm"}));
    EXPECT_EQ(u.loc.line, 6u);
    EXPECT_EQ(u.loc.byte_col, 5u);
    EXPECT_EQ(u.block_loc.line, 8u);
    EXPECT_EQ(u.block_loc.byte_col, 12u);
    EXPECT_EQ(u.entries.size(), 14u);
    EXPECT_EQ(s.units[1].id, "đồ-sơn");
    EXPECT_EQ(s.units[1].group, "");
    EXPECT_TRUE(s.units[1].flags.empty());
    EXPECT_TRUE(s.units[1].entries.empty());
}

TEST(LoadValid, CodesKeepTheirExactText) {
    SourceSet sources;
    test::Loaded r = load(sources, kFullFile);
    ASSERT_TRUE(r.sheet) << r.en();
    const UnitInput& u = r.sheet->units[0];
    std::vector<std::string> codes;
    for (const auto& e : u.entries) codes.push_back(u.code(e));
    EXPECT_EQ(codes, (std::vector<std::string>{"total", "1.1", "1.10", "1.2", "1.3", "1.4", "1.5", "2", "2.1", "3.1",
                                               "4.2", "4.3", "5.1", "5.2"}));
    EXPECT_EQ(entry(u, 2).loc.line, 14u);  // the key
    EXPECT_EQ(entry(u, 2).loc.byte_col, 7u);
}

TEST(LoadValid, PlainValues) {
    SourceSet sources;
    test::Loaded r = load(sources, kFullFile);
    ASSERT_TRUE(r.sheet) << r.en();
    const UnitInput& u = r.sheet->units[0];
    const InputValue total = *entry(u, 0).value;
    EXPECT_EQ(total.kind, Kind::Number);
    EXPECT_EQ(total.number, Rational(9193, 100));
    EXPECT_EQ(total.loc.line, 12u);
    EXPECT_EQ(total.loc.byte_col, 14u);
    EXPECT_FALSE(entry(u, 0).self);
    EXPECT_EQ(entry(u, 2).value->number, Rational(2));
    EXPECT_EQ(entry(u, 6).value->number, Rational(7));  // {value: 7}
    EXPECT_EQ(entry(u, 7).value->kind, Kind::NotApplicable);
    EXPECT_EQ(entry(u, 8).value->kind, Kind::Text);
    EXPECT_EQ(entry(u, 8).value->text, "tốt");
    EXPECT_EQ(entry(u, 9).value->number, Rational(95));
    EXPECT_TRUE(entry(u, 9).value->percent);
    EXPECT_EQ(entry(u, 12).value->kind, Kind::Boolean);
    EXPECT_TRUE(entry(u, 12).value->boolean);
    EXPECT_EQ(entry(u, 12).value->text, "có");
    EXPECT_FALSE(entry(u, 13).value->boolean);
}

TEST(LoadValid, SourcesInBothLanguages) {
    SourceSet sources;
    test::Loaded r = load(sources, kFullFile);
    ASSERT_TRUE(r.sheet) << r.en();
    const UnitInput& u = r.sheet->units[0];
    for (std::size_t i : {3u, 4u, 5u}) {
        EXPECT_FALSE(entry(u, i).value) << i;
        ASSERT_TRUE(entry(u, i).self) << i;
        ASSERT_TRUE(entry(u, i).appraised) << i;
    }
    EXPECT_EQ(entry(u, 3).self->number, Rational(2));
    EXPECT_EQ(entry(u, 3).appraised->number, Rational(3, 2));
    EXPECT_EQ(entry(u, 4).appraised->number, Rational(5, 2));
    EXPECT_EQ(entry(u, 5).appraised->number, Rational(1, 2));
    // `      "1.3": {tự_chấm: 3, ...`: "ự" and "ấ" take 3 bytes each, so the 3 is at
    // character 24 but byte 28.
    EXPECT_EQ(entry(u, 4).self->loc.line, 16u);
    EXPECT_EQ(entry(u, 4).self->loc.byte_col, 28u);
    EXPECT_EQ(entry(u, 4).self->loc.char_col(), 24u);
}

TEST(LoadValid, NamedValues) {
    SourceSet sources;
    test::Loaded r = load(sources, kFullFile);
    ASSERT_TRUE(r.sheet) << r.en();
    const UnitInput& u = r.sheet->units[0];
    const InputValue named = *entry(u, 10).value;
    EXPECT_EQ(named.kind, Kind::Named);
    ASSERT_EQ(named.named.size(), 2u);
    EXPECT_EQ(named.named[0].name, "done");
    EXPECT_EQ(named.named[0].value, Rational(8));
    EXPECT_EQ(named.named[1].name, "assigned");
    EXPECT_EQ(named.named[1].value, Rational(10));
    EXPECT_EQ(named.named[1].loc.line, 22u);
    EXPECT_EQ(named.named[1].loc.byte_col, 34u);  // the value 10
    EXPECT_EQ(named.loc.byte_col, 14u);            // the map
    const EntryDraft both = entry(u, 11);
    EXPECT_EQ(both.self->kind, Kind::Named);
    EXPECT_EQ(names_and_numbers(*both.self), "done=8 assigned=10");
    EXPECT_EQ(names_and_numbers(*both.appraised), "done=7 assigned=10");
}

TEST(LoadValid, ByteOrderMarkDoesNotShiftColumns) {
    SourceSet sources;
    test::Loaded r = load(sources, "\xEF\xBB\xBFindex: par\nlocality: hp\nyear: 2019\nunits: []\n");
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_EQ(r.sheet->index_loc.line, 1u);
    EXPECT_EQ(r.sheet->index_loc.byte_col, 11u);  // 3 bytes of BOM + "index: "
    EXPECT_EQ(r.sheet->locality_loc.byte_col, 11u);
}

TEST(LoadValid, WindowsLineEndingsAndTrailingDocumentMarker) {
    SourceSet sources;
    test::Loaded r = load(sources, "index: par\r\nlocality: hp\r\nyear: 2019\r\nunits: []\r\n---\r\n");
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_EQ(r.sheet->year, 2019);
    EXPECT_EQ(r.sheet->year_loc.byte_col, 7u);
}

TEST(LoadValid, QuotedTextAndMultiLineNames) {
    SourceSet sources;
    test::Loaded r = load(sources, test::unit_file("    group: 'it''s \"quoted\"'\n    scores:\n      \"x\": \"8.5\"\n"));
    ASSERT_TRUE(r.sheet) << r.en();
    EXPECT_EQ(r.sheet->units[0].group, "it's \"quoted\"");
    // Quotes do not change the meaning of a value: "8.5" is the number 8.5.
    EXPECT_EQ(entry(r.sheet->units[0], 0).value->number, Rational(17, 2));
}

// The first example of docs/input.md must stay a valid file.
TEST(LoadValid, DocumentationExample) {
    std::ifstream in(std::string(CHISO_SOURCE_DIR) + "/docs/input.md");
    ASSERT_TRUE(in);
    std::stringstream doc;
    doc << in.rdbuf();
    const std::string text = doc.str();
    const std::size_t begin = text.find("```yaml\n");
    ASSERT_NE(begin, std::string::npos);
    const std::size_t end = text.find("```\n", begin + 8);
    SourceSet sources;
    test::Loaded r = load(sources, text.substr(begin + 8, end - begin - 8));
    ASSERT_TRUE(r.sheet) << r.en();
    ASSERT_EQ(r.sheet->units.size(), 2u);
    EXPECT_EQ(r.sheet->units[0].entries.size(), 9u);
    EXPECT_EQ(entry(r.sheet->units[0], 7).self->named.size(), 2u);
    EXPECT_EQ(r.sheet->units[1].name, "Quận Đồ Sơn");
}

// An error already in `diags` (from another file) neither fails this load nor is lost.
TEST(LoadValid, EarlierErrorsOfOtherFilesAreKept) {
    static constexpr MessageDef kOther{"test.other", "khác", "other"};
    SourceSet sources;
    const SourceFile& file = sources.add("scores.yaml", "index: par\nlocality: hp\nyear: 2019\nunits: []\n");
    Diagnostics diags;
    diags.error(SourceLoc{}, kOther);
    EXPECT_TRUE(load_score_sheet(file, diags));
    EXPECT_EQ(diags.error_count(), 1u);
}

}  // namespace
}  // namespace chiso
