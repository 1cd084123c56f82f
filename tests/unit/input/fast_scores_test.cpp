// The fast score reader against the full one (libyaml): on every YAML file of
// the repository, on generated national-size data and on thousands of one-line
// mutations of real files, the fast reader either declines or returns exactly what
// the full reader returns, positions included, for a file the full reader accepts.
#include "engine/input/fast_scores.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "bench/national_model.hpp"
#include "bench/score_generator.hpp"
#include "engine/input/sheet_difference.hpp"
#include "engine/input/yaml_loader.hpp"

namespace chiso {
namespace {

// Returns whether the fast reader accepted the text.
bool check_text(const std::string& name, const std::string& text) {
    SourceFile file(name, text);
    std::optional<ScoreSheet> fast = input::fast_load_score_sheet(file);
    if (!fast) return false;
    Diagnostics diags;
    std::optional<ScoreSheet> full = load_score_sheet_in_full(file, diags);
    EXPECT_TRUE(full.has_value()) << name << ": the fast reader accepted a file the full reader refuses:\n" << text;
    if (!full) return true;
    EXPECT_EQ(input::first_difference(*fast, *full), "") << name;
    return true;
}

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::filesystem::path> repository_yaml() {
    std::vector<std::filesystem::path> files;
    for (const char* dir : {"examples", "tests"}) {
        for (const auto& e : std::filesystem::recursive_directory_iterator(std::filesystem::path(CHISO_SOURCE_DIR) / dir))
            if (e.is_regular_file() && e.path().extension() == ".yaml") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    return files;
}

TEST(FastScores, AgreesWithTheFullReaderOnEveryRepositoryFile) {
    std::size_t accepted = 0;
    for (const auto& p : repository_yaml()) accepted += check_text(p.string(), read_file(p)) ? 1 : 0;
    // The examples are in the plain shape: most score files must take the fast path.
    EXPECT_GT(accepted, 20u);
}

// {value: …} beside a side, or "không áp dụng" on one side only: in every shape the fast
// reader reads, it declines and the full reader reports (input::source_conflict).
TEST(FastScores, DeclinesContradictorySources) {
    const std::string head = "index: par\nlocality: x\nyear: 2024\nunits:\n  - id: u\n    name: U\n    block: b\n    scores:\n";
    for (const std::string entry : {"      \"1\": {value: 8, appraised: 7}\n", "      \"1\": {thẩm_định: 7, value: 8}\n",
                                    "      \"1\": {tự_chấm: không áp dụng, thẩm_định: 18}\n",
                                    "      \"1\": {tu_cham: 18, Thẩm định: n/a}\n",
                                    "      \"1\":\n        tự_chấm: KAD\n        thẩm_định: 18\n",
                                    "      \"1\":\n        value: 3\n        self: 3\n"}) {
        SourceFile file("c.yaml", head + entry);
        EXPECT_FALSE(input::fast_load_score_sheet(file).has_value()) << entry;
        Diagnostics diags;
        EXPECT_FALSE(load_score_sheet_in_full(file, diags).has_value()) << entry;
    }
}

// The comparison itself must see a difference anywhere, or the tests above prove nothing.
TEST(FastScores, SheetDifferencesAreFound) {
    const auto p = std::filesystem::path(CHISO_SOURCE_DIR) / "examples/demo/scores-2024.yaml";
    SourceFile file(p.string(), read_file(p));
    Diagnostics diags;
    const std::optional<ScoreSheet> sheet = load_score_sheet_in_full(file, diags);
    ASSERT_TRUE(sheet);
    EXPECT_EQ(input::first_difference(*sheet, *sheet), "");
    ScoreSheet moved = *sheet;
    moved.units[0].entries[2].value.pos.byte_col += 1;
    EXPECT_NE(input::first_difference(*sheet, moved).find("value position"), std::string::npos);
    ScoreSheet renamed = *sheet;
    UnitInput& r = renamed.units[0];
    std::optional<InputValue> named = r.value(r.entries[3]);  // "1.3": {hoan_thanh: 19, duoc_giao: 20}
    ASSERT_TRUE(named);
    named->named.pop_back();
    r.set_value(r.entries[3], named);
    EXPECT_NE(input::first_difference(*sheet, renamed), "");
    ScoreSheet appraised = *sheet;
    appraised.units[0].set_appraised(appraised.units[0].entries[1], std::nullopt);
    EXPECT_NE(input::first_difference(*sheet, appraised).find("appraised"), std::string::npos);
    ScoreSheet year = *sheet;
    year.year_loc.line += 1;
    EXPECT_NE(input::first_difference(*sheet, year), "");
}

TEST(FastScores, ReadsTheDetailedExample) {
    const auto p = std::filesystem::path(CHISO_SOURCE_DIR) / "examples/demo/scores-2024.yaml";
    EXPECT_TRUE(check_text(p.string(), read_file(p)));
}

std::string generated_scores(int units) {
    bench::ScoreSpec spec;
    spec.units = units;
    spec.blocks = 3;
    return bench::scores_yaml(bench::national_model(), spec);
}

// Found by fuzz_fast_scores: the full reader refuses control characters inside a value,
// so the fast reader must leave such a file to it.
TEST(FastScores, LeavesControlCharactersToTheFullReader) {
    const auto p = std::filesystem::path(CHISO_SOURCE_DIR) / "examples/demo/scores-2024.yaml";
    const std::string demo = read_file(p);
    for (const std::string& odd : {std::string("\a\0", 2), std::string("\x7f"), std::string("\xc2\x85"),
                                  std::string("\xef\xbb\xbf"), std::string("\xef\xbf\xbe"), std::string("\x1b")}) {
        std::string text = demo;
        text.insert(text.find("98%") + 2, odd);
        SourceFile file("control.yaml", text);
        EXPECT_FALSE(input::fast_load_score_sheet(file)) << "character " << static_cast<int>(static_cast<unsigned char>(odd[0]));
    }
}

// A name with a bidirectional control or a C1 control, quoted or plain: the full
// reader refuses it (input.unit-control-char), so the fast reader must decline.
TEST(FastScores, LeavesNamesWithControlCharactersToTheFullReader) {
    const std::string header = "index: par\nlocality: haiphong\nyear: 2019\nunits:\n  - id: ngo-quyen\n    name: ";
    for (const std::string& name : {std::string("\"Quận Ngô\xE2\x80\xAEQuyền\""), std::string("Quận Ngô\xE2\x80\xAEQuyền"),
                                    std::string("'Quận \xE2\x81\xA6Ngô Quyền'"),
                                    std::string("Quận Ngô\xE2\x80\x8FQuyền")}) {
        SourceFile file("name.yaml", header + name + "\n    block: huyen\n    scores:\n      \"1\": 2\n");
        EXPECT_FALSE(input::fast_load_score_sheet(file)) << name;
        Diagnostics diags;
        EXPECT_FALSE(load_score_sheet_in_full(file, diags)) << name;
        ASSERT_FALSE(diags.items().empty()) << name;
        EXPECT_EQ(diags.items()[0].message->id, std::string("input.unit-control-char")) << name;
    }
}

// U+0085 (NEL), U+2028 and U+2029 are line breaks to YAML 1.1 (libyaml) that no editor
// shows: the full reader refuses them where they are (input.yaml-line-break), and the
// fast reader leaves such files to it.
TEST(FastScores, LeavesYamlLineBreaksInNamesToTheFullReader) {
    const std::string header = "index: par\nlocality: haiphong\nyear: 2019\nunits:\n  - id: ngo-quyen\n    name: ";
    const std::string rest = "\n    block: huyen\n    scores:\n      \"1\": 2\n";
    for (const std::string& name : {std::string("Quận Ngô Quyền\xC2\x85"), std::string("Quận Ngô\xC2\x85Quyền"),
                                    std::string("\"Quận Ngô\xE2\x80\xA8Quyền\""), std::string("Quận\xE2\x80\xA9")}) {
        SourceFile file("name.yaml", header + name + rest);
        EXPECT_FALSE(input::fast_load_score_sheet(file)) << name;
        Diagnostics diags;
        EXPECT_FALSE(load_score_sheet_in_full(file, diags)) << name;
        ASSERT_FALSE(diags.items().empty()) << name;
        EXPECT_EQ(diags.items()[0].message->id, std::string("input.yaml-line-break")) << name;
    }
}

// Both readers tidy ids, blocks, groups, flags and codes by the one normaliser
// (engine/core/normalise.hpp) and refuse ids and codes equal after it.
TEST(FastScores, NormalisesLikeTheFullReader) {
    const std::string head = "index: par\nlocality: minhhoa\nyear: 2024\nunits:\n";
    const std::string tidy = head +
                             "  - id: \"so-noi-vu\u00a0\"\n    name: \"Sở Nội vụ\"\n    block: so\u00a0\n    group: \" Quan\"\n"
                             "    flags: [Kỷ luật\u00a0, thí  điểm]\n    scores:\n      \"1.1\u00a0\": có\n      \"\u3000 3\": 16\n";
    ASSERT_TRUE(check_text("tidy.yaml", tidy));
    SourceFile file("tidy.yaml", tidy);
    const std::optional<ScoreSheet> fast = input::fast_load_score_sheet(file);
    ASSERT_TRUE(fast);
    const UnitInput& u = fast->units.at(0);
    EXPECT_EQ(u.id, "so-noi-vu");
    EXPECT_EQ(u.block, "so");
    EXPECT_EQ(u.group, "Quan");
    EXPECT_EQ(u.flags, (std::vector<std::string>{"Kỷ luật", "thí điểm"}));
    EXPECT_EQ(u.code(u.entries.at(0)), "1.1");
    EXPECT_EQ(u.code(u.entries.at(1)), "3");
    const std::string unit = "    name: \"X\"\n    block: so\n    scores:\n      \"1.1\": có\n";
    SourceFile twice("twice.yaml", head + "  - id: a\n" + unit + "  - id: \"A\u00a0\"\n" + unit);
    EXPECT_FALSE(input::fast_load_score_sheet(twice));
    Diagnostics diags;
    EXPECT_FALSE(load_score_sheet_in_full(twice, diags));
    SourceFile codes("codes.yaml", head + "  - id: a\n" + unit + "      \"1.1 \": không\n");
    EXPECT_FALSE(input::fast_load_score_sheet(codes));
}

// Codes in increasing order are taken as they come; any other order is sorted to
// find a code given twice, however far apart, and equal only after normalisation.
TEST(FastScores, FindsACodeGivenTwiceInAnyOrder) {
    const std::string head = "index: par\nlocality: x\nyear: 2024\nunits:\n  - id: u\n    name: U\n    block: b\n    scores:\n";
    const auto codes = [&](std::initializer_list<const char*> list) {
        std::string out = head;
        for (const char* c : list) out += std::string("      \"") + c + "\": 1\n";
        return out;
    };
    EXPECT_TRUE(check_text("increasing.yaml", codes({"1.1", "1.2", "2", "3.1"})));
    EXPECT_TRUE(check_text("unordered.yaml", codes({"3.1", "1.2", "2", "1.10", "1.1"})));
    EXPECT_TRUE(check_text("capitals.yaml", codes({"A.1", "b", "C"})));
    for (const std::string& text : {codes({"1.1", "1.2", "2", "1.1"}), codes({"3", "2", "1", "2"}),
                                    codes({"1", "2", "3", "1\u00a0"}), codes({"2", "1", "2"}),
                                    codes({"a.1", "b", "A.1"})}) {
        SourceFile file("twice.yaml", text);
        EXPECT_FALSE(input::fast_load_score_sheet(file)) << text;
        Diagnostics diags;
        EXPECT_FALSE(load_score_sheet_in_full(file, diags)) << text;
    }
}

TEST(FastScores, ReadsGeneratedNationalData) {
    EXPECT_TRUE(check_text("generated.yaml", generated_scores(300)));
}

// Every line of real files changed in ways people and tools change them: the fast
// reader must decline or agree, never accept what the full reader refuses.
TEST(FastScores, DeclinesOrAgreesOnMutatedFiles) {
    const std::vector<std::pair<std::string, std::string>> edits{
        {": ", ":"}, {": ", ":  "}, {"\"", ""}, {"\"", "'"}, {"{", ""}, {"}", ""}, {", ", ","}, {"- ", "-"},
        {"  ", " "}, {"  ", "   "}, {".", ","}, {"%", ""}, {"có", "~"}, {"1", "1.000"}, {"[", ""}, {"id", "ip"},
        // Characters with a meaning somewhere in YAML, inside words (fuzz_fast_scores found `c?ong_khai`).
        {"o", "o?"}, {"a", "a&"}, {"a", "a*"}, {"a", "a!"}, {"a", "a|"}, {"a", "a'"}, {"a", "a`"}, {"a", "a@"},
        {"a", "a>"}, {"a", "a\\"}, {"a", "a="}, {"a", "a<"},
        // Sources that contradict each other: the full reader refuses them, so the fast one must decline.
        {"tự_chấm", "value"}, {"thẩm_định", "value"}, {"tự_chấm", "Giá trị"}, {"tốt", "không áp dụng"},
        {"xuất sắc", "KAD"}};
    std::size_t variants = 0;
    const std::string demo = read_file(std::filesystem::path(CHISO_SOURCE_DIR) / "examples/demo/scores-2024.yaml");
    for (const auto& [f, text] : {std::pair<std::string, std::string>{"demo", demo}, {"generated", generated_scores(2)}}) {
        std::vector<std::string> lines;
        std::stringstream in(text);
        for (std::string l; std::getline(in, l);) lines.push_back(l);
        for (std::size_t i = 0; i < lines.size(); ++i) {
            const auto join_with = [&](const std::string& replacement, bool drop, bool twice) {
                std::string out;
                for (std::size_t j = 0; j < lines.size(); ++j) {
                    if (j == i && drop) continue;
                    out += (j == i ? replacement : lines[j]) + "\n";
                    if (j == i && twice) out += replacement + "\n";
                }
                return out;
            };
            check_text(f, join_with(lines[i], true, false));
            check_text(f, join_with(lines[i], false, true));
            variants += 2;
            for (const auto& [from, to] : edits) {
                const auto at = lines[i].find(from);
                if (at == std::string::npos) continue;
                std::string changed = lines[i];
                changed.replace(at, from.size(), to);
                check_text(f, join_with(changed, false, false));
                ++variants;
            }
        }
    }
    EXPECT_GT(variants, 500u);
}

// The common values are read straight into the compact form (a number as m / 10^s, a
// text by its id, `{dat: 47, tong: 51}` into the pool) and each distinct text worked
// out once: every spelling below, as a plain value, a percentage, a quoted value and a
// named number, given twice in a unit and again in a second unit (the second reading
// is the remembered one), must give the full reader's sheet or be declined.
std::string two_units(const std::string& entries) {
    const std::string unit = "    name: U\n    block: b\n    scores:\n" + entries;
    return "index: par\nlocality: x\nyear: 2024\nunits:\n  - id: u1\n" + unit + "  - id: u2\n" + unit;
}

TEST(FastScores, ReadsCommonValuesStraightIntoTheCompactForm) {
    // Taken by the fast reader (and equal to the full reader's reading).
    const std::vector<std::string> taken{"0", "8", "8.5", "8.50", "8.", "007", "00.50", "-3.25", "-0", "-0.0",
                                         "100.000", "123456789012345678", "0.00000000000000001",
                                         "99999999999999999.9", "1234567890123456789", "+8", ".5"};
    // Declined or taken, but never different (some the full reader refuses).
    const std::vector<std::string> either{"8,5", "1,234", "1.234.567", "1e3", "2.5E-1", "0x1F", "1_000",
                                          "12345678901234567890", "-", "-.5", "1.2.3", "8.5.", "nan", "-inf"};
    const auto entries = [](const std::string& v) {
        return "      \"1\": " + v + "\n      \"2\": " + v + "%\n      \"3\": \"" + v + "\"\n      \"4\": " + v +
               " %\n      \"6\": " + v + "\n";
    };
    // As a named number `8.500` is refused as thousands and 20 digits as too long: declined there.
    const auto named = [](const std::string& v) { return "      \"5\": {dat: " + v + ", tong: " + v + "0}\n"; };
    for (const std::string& v : taken) {
        EXPECT_TRUE(check_text("taken " + v, two_units(entries(v)))) << v;
        check_text("named " + v, two_units(entries(v) + named(v)));
    }
    for (const std::string& v : either) check_text("either " + v, two_units(entries(v) + named(v)));
    // A named number must be a short number, no percentage, no word, no thousands.
    for (const std::string pair : {"{dat: 12345678901234567890, tong: 1}", "{dat: 5%, tong: 10}",
                                     "{dat: có, tong: 1}", "{dat: 1.180, tong: 2}", "{dat: 1, dat: 2}",
                                     "{dat: 1,5, tong: 2}"}) {
        SourceFile file("named.yaml", two_units("      \"1\": " + pair + "\n"));
        EXPECT_FALSE(input::fast_load_score_sheet(file)) << pair;
    }
    // +2, .5, 1e0: the full way (declined, or equal: check_text compares what it takes).
    check_text("named", two_units("      \"1\": {dat: -1, tong: +2}\n      \"2\": {Đạt: .5, tổng: 1e0}\n"));
    EXPECT_TRUE(check_text("named short", two_units("      \"1\": {dat: 047, tong: 51.50}\n      \"2\": {a: -3, b: 0.0}\n")));
}

TEST(FastScores, ReadsTextsStraightIntoTheCompactForm) {
    const std::string nfc = "t\xE1\xBB\x91t";            // "tốt", precomposed
    const std::string nfd = "to\xCC\x82\xCC\x81t";       // "tốt", o + U+0302 + U+0301
    const std::string nbsp_after = "8.5\xC2\xA0";        // a number and U+00A0
    const std::string nbsp_inside = "xu\xE1\xBA\xA5t\xC2\xA0s\xE1\xBA\xAF" "c";
    for (const std::string& v : {nfc, std::string("có"), std::string("không"), std::string("không áp dụng"),
                                 std::string("n/a"), std::string("KAD"), std::string("Có"), std::string("true"),
                                 std::string("xuất sắc"), std::string("đạt")}) {
        EXPECT_TRUE(check_text("text " + v, two_units("      \"1\": " + v + "\n      \"2\": \"" + v + "\"\n      \"3\": " +
                                                    v + "\n")))
            << v;
    }
    for (const std::string& v : {nfd, nbsp_after, nbsp_inside, "\xC2\xA0" + nfc, std::string("' có '")})
        check_text("text " + v, two_units("      \"1\": " + v + "\n      \"2\": " + v + "\n"));
    // The remembered reading keeps each value's own position.
    SourceFile file("pos.yaml", two_units("      \"1\": tốt\n      \"2\":   tốt\n"));
    const std::optional<ScoreSheet> fast = input::fast_load_score_sheet(file);
    ASSERT_TRUE(fast);
    const UnitInput& u = fast->units.at(1);
    EXPECT_EQ(u.value(u.entries.at(0))->loc.byte_col, 12u);
    EXPECT_EQ(u.value(u.entries.at(1))->loc.byte_col, 14u);
    EXPECT_EQ(u.value(u.entries.at(1))->text, "tốt");
    EXPECT_EQ(u.entries.at(0).value.text, u.entries.at(1).value.text);  // one id
}

// Document markers and control characters are found in the passes that split lines and
// check UTF-8: a file with them anywhere is declined (the full reader decides).
TEST(FastScores, DeclinesMarkersAndControlsFoundInTheFusedPasses) {
    const std::string plain = two_units("      \"1\": 8\n");
    ASSERT_TRUE(check_text("plain", plain));
    for (const std::string& text : {"---\n" + plain, plain + "...\n", plain + "--- \n", plain + "# \xE2\x80\xAE\n",
                                    plain + "# \xE2\x80\xA8\n", plain + "# \xC3\n", plain + "# \xED\xA0\x80\n",
                                    plain + "# \xF4\x90\x80\x80\n", plain + "# \xC0\xAF\n"}) {
        SourceFile file("marked.yaml", text);
        EXPECT_FALSE(input::fast_load_score_sheet(file)) << text;
    }
    EXPECT_TRUE(check_text("dashes", plain + "# --- not a marker\n"));
    EXPECT_TRUE(check_text("accents", plain + "# tốt \xF0\x9F\x98\x80\n"));
}

// Named values in one-line flow maps, the common `{dat: 47, tong: 51}` read in one
// pass and every other shape by the general split: declined or read as the full
// reader reads them, positions included, in either shape of entry.
TEST(FastScores, ReadsFlowMapsOfEveryShapeAsTheFullReader) {
    const std::vector<std::string> maps{
        "{dat: 11, tong: 13}", "{dat: 11,tong: 13}", "{ dat: 11, tong: 13 }", "{dat:  11 , tong:   13}",
        "{A: 30, B: 8, C: 2, D: 0}", "{a_b: 01, c2: -2.50}", "{a: -0, b: 8.}", "{null: 1, b: 2}",
        "{Null: 1}", "{NULL: 1}", "{nulls: 1}", "{a: -, b: 2}", "{a: -.5, b: 2}", "{a: .5, b: 2}",
        "{a: 1.180, b: 2}", "{a: 1, a: 2}", "{a: 1,}", "{a: 1,, b: 2}", "{, a: 1}", "{a: 1} # c", "{a: 1}x",
        "{a: 1} ", "{a: 1 2, b: 3}", "{a:1, b: 2}", "{a : 1}", "{a: 1.2.3}", "{dat: 1e3, tong: 5}",
        "{a: 99999999999999999999, b: 1}", "{a: 8%, b: 1}", "{tự_chấm: 1, thẩm_định: 2}",
        "{self: 1, appraised: 2}", "{value: 3}", "{dat: 1, self: 2}", "{a: b: 1}", "{a: 1}}", "{a: [1]}",
        "{ }", "{}", "{a: 1", "{a: 1, b: 2}  # tổng"};
    std::size_t taken = 0;
    for (const std::string& map : maps) {
        taken += check_text("inline " + map, two_units("      \"1\": " + map + "\n      \"2\": 8\n")) ? 1 : 0;
        check_text("source " + map, two_units("      \"1\":\n        self: " + map + "\n"));
    }
    EXPECT_GT(taken, 10u);
}

// Every one-character change of a code line and of a named value — each place
// given each character that means something to YAML or to the one-pass readers of
// quoted keys and flow maps — is declined or read as the full reader reads it.
TEST(FastScores, AgreesOnEveryOneCharacterChangeOfACodeLine) {
    const std::vector<std::string> lines{"\"1.1.3\": {dat: 11, tong: 13}", "\"1.2\": {A: -3.5, b_2: 0}",
                                         "\"2.1\": 80.1%", "'2.2': tốt"};
    const std::vector<std::string> characters{" ", ":", ",", "-", ".", "#", "\"", "'", "}", "{", "[", "a",
                                              "N", "0", "_", "\\", "~", "%", "ố", ""};
    std::size_t taken = 0, tried = 0;
    for (const std::string& line : lines) {
        for (std::size_t at = 0; at < line.size(); ++at) {
            if ((static_cast<unsigned char>(line[at]) & 0xC0) == 0x80) continue;  // inside a character
            std::size_t len = 1;
            while (at + len < line.size() && (static_cast<unsigned char>(line[at + len]) & 0xC0) == 0x80) ++len;
            for (const std::string& c : characters) {
                const std::string changed = line.substr(0, at) + c + line.substr(at + len);
                ++tried;
                taken += check_text(changed, two_units("      " + changed + "\n      \"9\": 1\n")) ? 1 : 0;
            }
        }
    }
    EXPECT_GT(taken, tried / 4);
}

// The first pass reads the file sixteen bytes at a time (or eight): an unusual
// character or a broken sequence is found at every offset from a run's start,
// at the file's end and across a run's end; accented text is not taken for one.
TEST(FastScores, FindsUnusualCharactersAtEveryOffsetOfARun) {
    const std::string plain = two_units("      \"1\": 8\n");
    const std::vector<std::string> odd{"\t",           "\r",           "\x7f",         "\x01",        "\xc2\x85",
                                       "\xef\xbb\xbf", "\xef\xbf\xbe", "\xef\xbf\xbf", "\xe2\x80\xae", "\xe2\x80\xa8",
                                       "\xc3",         "\xff",         "\xed\xa0\x80", "\xe1\xbb"};
    for (std::size_t k = 0; k < 40; ++k) {
        const std::string pad(k, 'x');
        for (const std::string& c : odd) {
            for (const std::string& text : {plain + "#" + pad + c + "\n", plain + "#" + pad + c, "# " + pad + c + "\n" + plain}) {
                SourceFile file("odd.yaml", text);
                EXPECT_FALSE(input::fast_load_score_sheet(file)) << k << " " << text;
            }
        }
        EXPECT_TRUE(check_text("accents", plain + "#" + pad + "tốt Đống Đa \xF0\x9F\x98\x80\n")) << k;
        EXPECT_TRUE(check_text("accents", "#" + pad + "xuất sắc\n" + plain)) << k;
    }
}

}  // namespace
}  // namespace chiso

namespace chiso {
namespace {

// The entry's packing (32 bytes: a key below column 128 and line 2^24 packed, anything
// else in the pool): keys far to the right, values on long lines and numbers that are no
// short decimal keep their exact positions and values in both readers.
TEST(FastScores, FarKeysLongLinesAndBigNumbersKeepTheirPlaces) {
    const std::string indent(140, ' ');
    const std::string text = "index: par\nlocality: x\nyear: 2024\nunits:\n"
                             "  - id: a\n    name: A\n    block: b\n    scores:\n" +
                             indent + "\"1.1\": 8.5\n" + indent + "\"1.2\": -999999999999.999999\n" + indent +
                             "\"1.3\": {dat: 3, tong: 4}\n" + indent + "\"1.4\": \"" + std::string(5000, 'x') + "\"\n";
    check_text("far.yaml", text);
    SourceFile file("far.yaml", text);
    Diagnostics diags;
    std::optional<ScoreSheet> full = load_score_sheet_in_full(file, diags);
    ASSERT_TRUE(full) << render_all(diags, RenderOptions{Lang::En, false});
    const UnitInput& unit = full->units.at(0);
    ASSERT_EQ(unit.entries.size(), 4u);
    for (std::uint32_t i = 0; i < 4; ++i) {
        EXPECT_EQ(unit.loc_of(unit.entries[i]).line, 9 + i);
        EXPECT_EQ(unit.loc_of(unit.entries[i]).byte_col, 141u);
    }
    EXPECT_EQ(unit.value(unit.entries[1])->number, *Rational::parse_decimal("-999999999999.999999"));
    EXPECT_EQ(unit.value(unit.entries[3])->text, std::string(5000, 'x'));
    EXPECT_EQ(unit.value(unit.entries[3])->loc.byte_col, 148u);
}

}  // namespace
}  // namespace chiso
