// The compact score sheet (engine/input/score_sheet.hpp): every value kind goes in
// and comes out the same, positions are kept in bytes and shown in characters,
// codes and texts are interned once per sheet, and both readers build the same
// compact records (ids included), not only the same values.
#include "engine/input/score_sheet.hpp"

#include <gtest/gtest.h>

#include "engine/input/fast_scores.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso {
namespace {

using Kind = InputValue::Kind;

InputValue value(Kind kind, std::string text, const SourceLoc& loc) {
    InputValue v;
    v.kind = kind;
    v.text = std::move(text);
    v.loc = loc;
    return v;
}

void expect_same(const InputValue& a, const InputValue& b) {
    EXPECT_EQ(static_cast<int>(a.kind), static_cast<int>(b.kind));
    EXPECT_EQ(a.percent, b.percent);
    EXPECT_EQ(a.boolean, b.boolean);
    EXPECT_EQ(a.number, b.number) << a.number.to_string(20) << " vs " << b.number.to_string(20);
    EXPECT_EQ(a.text, b.text);
    EXPECT_EQ(a.loc.file, b.loc.file);
    EXPECT_EQ(a.loc.line, b.loc.line);
    EXPECT_EQ(a.loc.byte_col, b.loc.byte_col);
    ASSERT_EQ(a.named.size(), b.named.size());
    for (std::size_t i = 0; i < a.named.size(); ++i) {
        EXPECT_EQ(a.named[i].name, b.named[i].name);
        EXPECT_EQ(a.named[i].value, b.named[i].value);
        EXPECT_EQ(a.named[i].loc.line, b.named[i].loc.line);
        EXPECT_EQ(a.named[i].loc.byte_col, b.named[i].loc.byte_col);
    }
}

TEST(ScoreSheet, EveryValueKindRoundTrips) {
    SourceFile file("s.yaml", "x\n");
    SheetPool pool(&file);
    const SourceLoc at{&file, 7, 12};
    std::vector<InputValue> values;
    for (Rational r : {Rational(8), Rational(17, 2), Rational(-3, 4), Rational(0), Rational(9193, 100),
                       Rational(1, 3), Rational(INT64_MAX), Rational(INT64_MIN + 1), Rational(1, INT64_MAX),
                       Rational(123456789, 1000000000)}) {
        InputValue v = value(Kind::Number, r.to_string(20), at);
        v.number = r;
        values.push_back(v);
        v.percent = true;
        values.push_back(v);
    }
    values.push_back(value(Kind::Text, "tốt", at));
    values.push_back(value(Kind::Text, std::string(300, 'x') + " dài", at));  // beyond any short form
    InputValue yes = value(Kind::Boolean, "có", at);
    yes.boolean = true;
    values.push_back(yes);
    values.push_back(value(Kind::Boolean, "không", at));
    values.push_back(value(Kind::NotApplicable, "không áp dụng", at));
    values.push_back(value(Kind::NotApplicable, "", at));
    InputValue named = value(Kind::Named, "", at);
    named.named = {NamedValue{"dat", Rational(47), SourceLoc{&file, 7, 20}},
                   NamedValue{"tong", Rational(51, 10), SourceLoc{&file, 8, 3}},
                   NamedValue{"khác", Rational(2, 7), SourceLoc{&file, 9, 4}}};
    values.push_back(named);
    values.push_back(value(Kind::Named, "", at));  // no names at all
    // Positions NamedItem's packed bits cannot hold (a line delta past 63, a column past
    // 2^20, a line above its value, an unknown position): kept in the pool's side table.
    InputValue far = value(Kind::Named, "", at);
    far.named = {NamedValue{"dat", Rational(1), SourceLoc{&file, 7 + 63, 1}},
                 NamedValue{"tong", Rational(2), SourceLoc{&file, 7 + 64, 5}},
                 NamedValue{"a", Rational(3), SourceLoc{&file, 7, 1u << 20}},
                 NamedValue{"b", Rational(4), SourceLoc{&file, 6, 2}},
                 NamedValue{"c", Rational(1, 3), SourceLoc{&file, 0, 0}}};
    values.push_back(far);
    std::vector<SheetValue> packed;
    for (const InputValue& v : values) packed.push_back(pool.pack(v));
    // Unpacked after everything was packed: later values never disturb earlier ones.
    for (std::size_t i = 0; i < values.size(); ++i) {
        SCOPED_TRACE(i);
        expect_same(pool.unpack(packed[i]), values[i]);
    }
    // Into a reused value: what a longer value left behind is gone.
    InputValue scratch = named;
    pool.unpack(packed[0], scratch);
    expect_same(scratch, values[0]);
}

TEST(ScoreSheet, EntriesKeepTheirSidesApart) {
    SourceFile file("s.yaml", "x\n");
    auto pool = std::make_shared<SheetPool>(&file);
    UnitInput unit;
    unit.pool = pool;
    EntryDraft draft;
    draft.code = "1.2";
    draft.loc = SourceLoc{&file, 3, 7};
    draft.self = value(Kind::Text, "khá", SourceLoc{&file, 3, 14});
    draft.appraised = value(Kind::NotApplicable, "na", SourceLoc{&file, 3, 30});
    unit.entries.push_back(pack_entry(*pool, draft));
    const NodeEntry& e = unit.entries[0];
    EXPECT_FALSE(e.has_value());
    EXPECT_TRUE(e.has_self());
    EXPECT_TRUE(e.has_appraised());
    EXPECT_EQ(unit.code(e), "1.2");
    EXPECT_EQ(unit.loc_of(e).byte_col, 7u);
    EXPECT_EQ(unit.self(e)->text, "khá");
    EXPECT_TRUE(unit.is_not_applicable(e));  // the appraised value counts
    EXPECT_EQ(unit.official(e), unit.appraised_of(e));
    EXPECT_TRUE(unit.has_sides());
    // A copy of the unit changed: the original keeps its values.
    UnitInput copy = unit;
    copy.set_appraised(copy.entries[0], std::nullopt);
    copy.set_value(copy.entries[0], value(Kind::Text, "tốt", SourceLoc{&file, 3, 9}));
    EXPECT_FALSE(copy.entries[0].has_appraised());
    EXPECT_EQ(copy.official_value(copy.entries[0])->text, "tốt");  // a plain value over the self-assessment
    EXPECT_EQ(unit.appraised(unit.entries[0])->text, "na");
    copy.set_self(copy.entries[0], std::nullopt);
    EXPECT_FALSE(copy.has_sides());
    EXPECT_EQ(copy.pool->sides_of(copy.entries[0]), 0u);
}

// Positions are bytes in the record and characters in what a user sees.
TEST(ScoreSheet, PositionsInCharactersOnNonAsciiLines) {
    const std::string text =
        "index: par\nlocality: x\nyear: 2024\nunits:\n  - id: đống-đa\n    name: Quận Đống Đa\n    block: quận\n"
        "    scores:\n      \"Tiêu chí 1\": {tự_chấm: tốt, thẩm_định: khá}\n      \"1.2\": {dat: 3, tong: 4}\n";
    SourceFile file("p.yaml", text);
    for (const bool fast : {true, false}) {
        SCOPED_TRACE(fast);
        Diagnostics diags;
        std::optional<ScoreSheet> sheet = fast ? input::fast_load_score_sheet(file) : load_score_sheet_in_full(file, diags);
        ASSERT_TRUE(sheet);
        const UnitInput& u = sheet->units.at(0);
        const NodeEntry& e = u.entries.at(0);
        EXPECT_EQ(u.loc_of(e).char_col(), 7u);
        const std::optional<InputValue> appraised = u.appraised(e);
        ASSERT_TRUE(appraised);
        // `      "Tiêu chí 1": {tự_chấm: tốt, thẩm_định: ` is 46 characters, 59 bytes.
        EXPECT_EQ(appraised->loc.char_col(), 47u);
        EXPECT_EQ(appraised->loc.byte_col, 60u);
        const std::optional<InputValue> named = u.value(u.entries.at(1));
        ASSERT_TRUE(named);
        ASSERT_EQ(named->named.size(), 2u);
        EXPECT_EQ(named->named[1].loc.char_col(), 29u);
        EXPECT_EQ(named->named[1].loc.line, 10u);
    }
}

// The normalised code is interned: a code written with a trailing U+00A0, in
// decomposed form or padded with blanks is one id; case is kept (a code's spelling,
// compared by the criteria's lookup as before), and so are marks in another order.
TEST(ScoreSheet, CodesInternedUnderNormalisation) {
    std::string text = "index: par\nlocality: x\nyear: 2024\nunits:\n";
    const char* codes[] = {"\"Ế.1\"", "\"Ế.1 \"", "\"Ế.1\"", "\" Ế.1\"",
                           "\"É̂.1\"", "\"ế.1\""};
    for (std::size_t i = 0; i < std::size(codes); ++i)
        text += "  - id: u" + std::to_string(i) + "\n    name: U\n    block: b\n    scores:\n      " + codes[i] + ": 1\n";
    SourceFile file("c.yaml", text);
    Diagnostics diags;
    for (const bool fast : {true, false}) {
        SCOPED_TRACE(fast);
        std::optional<ScoreSheet> sheet = fast ? input::fast_load_score_sheet(file) : load_score_sheet_in_full(file, diags);
        ASSERT_TRUE(sheet) << diags.items().size();
        const auto id = [&](std::size_t u) { return sheet->units.at(u).entries.at(0).code; };
        EXPECT_EQ(id(1), id(0));
        EXPECT_EQ(id(2), id(0));
        EXPECT_EQ(id(3), id(0));
        EXPECT_NE(id(4), id(0));
        EXPECT_NE(id(5), id(0));
        EXPECT_EQ(sheet->pool->code(id(0)), "Ế.1");
        EXPECT_EQ(sheet->pool->code_count(), 3u);
        for (const UnitInput& u : sheet->units) EXPECT_EQ(u.pool, sheet->pool);
    }
}

// The two readers build the same records, ids and tables included, on a file of
// every shape the fast reader takes.
TEST(ScoreSheet, BothReadersBuildTheSameRecords) {
    const std::string text =
        "index: par\nlocality: x\nyear: 2024\nunits:\n"
        "  - id: a\n    name: A\n    block: b\n    scores:\n      \"1.1\": 8.5\n      \"1.2\": tốt\n"
        "      \"1.3\": {dat: 3, tong: 4}\n      \"1.4\": {self: 2, appraised: 1.5}\n      \"1.5\": 95%\n"
        "      \"1.6\":\n        tự_chấm: có\n        thẩm_định: không\n      \"1.7\": không áp dụng\n"
        "  - id: c\n    name: C\n    block: b\n    scores:\n      \"1.2\": khá\n      \"1.1\": 8.5\n      \"2\": 0.125\n";
    SourceFile file("r.yaml", text);
    const std::optional<ScoreSheet> fast = input::fast_load_score_sheet(file);
    Diagnostics diags;
    const std::optional<ScoreSheet> full = load_score_sheet_in_full(file, diags);
    ASSERT_TRUE(fast);
    ASSERT_TRUE(full);
    ASSERT_EQ(fast->pool->code_count(), full->pool->code_count());
    for (CodeId c = 0; c < fast->pool->code_count(); ++c) EXPECT_EQ(fast->pool->code(c), full->pool->code(c));
    ASSERT_EQ(fast->pool->text_count(), full->pool->text_count());
    for (TextId t = 0; t < fast->pool->text_count(); ++t) EXPECT_EQ(fast->pool->text(t), full->pool->text(t));
    const auto same = [](const SheetValue& a, const SheetValue& b) {
        return a.payload == b.payload && a.text == b.text && a.pos == b.pos && a.kind == b.kind && a.flags == b.flags &&
               a.scale == b.scale && a.spare == b.spare;
    };
    ASSERT_EQ(fast->units.size(), full->units.size());
    for (std::size_t u = 0; u < fast->units.size(); ++u) {
        const UnitInput& x = fast->units[u];
        const UnitInput& y = full->units[u];
        ASSERT_EQ(x.entries.size(), y.entries.size());
        for (std::size_t i = 0; i < x.entries.size(); ++i) {
            SCOPED_TRACE(x.code(x.entries[i]));
            EXPECT_EQ(x.entries[i].code, y.entries[i].code);
            EXPECT_EQ(x.entries[i].where, y.entries[i].where);
            EXPECT_EQ(x.pool->key_of(x.entries[i]), y.pool->key_of(y.entries[i]));
            const std::uint32_t xs = x.pool->sides_of(x.entries[i]), ys = y.pool->sides_of(y.entries[i]);
            EXPECT_EQ(xs, ys);
            if (xs) {
                EXPECT_TRUE(same(x.pool->sides(xs - 1).self, y.pool->sides(ys - 1).self));
                EXPECT_TRUE(same(x.pool->sides(xs - 1).appraised, y.pool->sides(ys - 1).appraised));
            }
        }
    }
    // Codes and texts once per sheet: `1.1`, `1.2` and `8.5` appear twice, stored once.
    EXPECT_EQ(fast->pool->code_count(), 8u);
    EXPECT_EQ(fast->units[1].entries[1].value.text, fast->units[0].entries[0].value.text);
}

}  // namespace
}  // namespace chiso

namespace chiso {
namespace {

// `chiso eval` frees the values once evaluated: the units keep who they are, the
// entries and the value tables go, and the pool still answers for text 0 and codes.
TEST(ScoreSheet, ReleasedEntriesKeepTheUnits) {
    const std::string text =
        "index: par\nlocality: x\nyear: 2024\nunits:\n"
        "  - id: a\n    name: Ánh\n    block: b\n    flags: [ky_luat]\n    scores:\n      \"1.1\": 8.5\n"
        "      \"1.3\": {dat: 3, tong: 4}\n      \"1.4\": {self: 2, appraised: 1.5}\n"
        "  - id: c\n    name: C\n    block: b\n    scores:\n      \"1.2\": khá\n";
    SourceFile file("r.yaml", text);
    std::optional<ScoreSheet> sheet = input::fast_load_score_sheet(file);
    ASSERT_TRUE(sheet);
    const std::size_t codes = sheet->pool->code_count();
    const std::size_t before = sheet->pool->bytes();
    release_entries(*sheet);
    ASSERT_EQ(sheet->units.size(), 2u);
    EXPECT_EQ(sheet->units[0].id, "a");
    EXPECT_EQ(sheet->units[0].name, "Ánh");
    EXPECT_EQ(sheet->units[0].block, "b");
    EXPECT_EQ(sheet->units[0].flags, std::vector<std::string>{"ky_luat"});
    EXPECT_EQ(sheet->units[1].loc.line, 13u);
    for (const UnitInput& u : sheet->units) {
        EXPECT_TRUE(u.entries.empty());
        EXPECT_EQ(u.entries.capacity(), 0u);
    }
    EXPECT_EQ(sheet->pool->code_count(), codes);
    EXPECT_EQ(sheet->pool->text_count(), 1u);
    EXPECT_EQ(sheet->pool->text(0), "");
    EXPECT_LT(sheet->pool->bytes(), before);
}

}  // namespace
}  // namespace chiso

namespace chiso {
namespace {

// An entry is 32 bytes: its key's position packed when the column is below 128 and the
// line below 2^24 and it has no sides; anything else in the pool, exactly.
TEST(ScoreSheet, KeyPositionsAtTheEdgesOfThePacking) {
    SourceFile file("e.yaml", "x\n");
    UnitInput unit;
    unit.pool = std::make_shared<SheetPool>(&file);
    const std::uint32_t max_line = NodeEntry::kMaxLine, max_col = NodeEntry::kMaxCol;
    const std::vector<SheetPos> keys = {{1, 1},          {7, max_col},        {7, max_col + 1},   {max_line, 3},
                                        {max_line + 1, 3}, {4000000000u, 5}, {12, 1u << 30},     {0, 0}};
    for (const SheetPos& k : keys) unit.add_entry("1", SourceLoc{&file, k.line, k.byte_col});
    for (std::size_t i = 0; i < keys.size(); ++i) {
        SCOPED_TRACE(i);
        EXPECT_EQ(unit.pool->key_of(unit.entries[i]), keys[i]);
        EXPECT_EQ(unit.loc_of(unit.entries[i]).line, keys[i].line);
        EXPECT_EQ(unit.loc_of(unit.entries[i]).byte_col, keys[i].byte_col);
        EXPECT_EQ(unit.pool->sides_of(unit.entries[i]), 0u);
    }
    EXPECT_EQ(unit.entries[1].where & NodeEntry::kFar, 0u);
    EXPECT_NE(unit.entries[2].where & NodeEntry::kFar, 0u);
    EXPECT_EQ(unit.entries[3].where & NodeEntry::kFar, 0u);
    EXPECT_NE(unit.entries[4].where & NodeEntry::kFar, 0u);

    // Sides move the entry to the pool, keeping its key; a copy's entry keeps its own.
    UnitInput copy = unit;
    copy.set_self(copy.entries[0], value(Kind::Number, "8", SourceLoc{&file, 1, 9}));
    EXPECT_NE(copy.entries[0].where & NodeEntry::kFar, 0u);
    EXPECT_EQ(copy.pool->key_of(copy.entries[0]), (SheetPos{1, 1}));
    EXPECT_TRUE(copy.self(copy.entries[0]));
    EXPECT_FALSE(unit.self(unit.entries[0]));
    EXPECT_EQ(unit.pool->key_of(unit.entries[0]), (SheetPos{1, 1}));
    copy.set_self(copy.entries[2], value(Kind::Text, "tốt", SourceLoc{&file, 7, 200}));
    UnitInput again = copy;
    again.set_self(again.entries[2], std::nullopt);
    EXPECT_EQ(again.pool->sides_of(again.entries[2]), 0u);
    EXPECT_EQ(again.pool->key_of(again.entries[2]), (SheetPos{7, max_col + 1}));
    EXPECT_EQ(copy.self(copy.entries[2])->text, "tốt");
}

}  // namespace
}  // namespace chiso
