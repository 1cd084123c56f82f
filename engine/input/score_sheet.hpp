#pragma once
// Score input as the engine sees it: plain values with positions. Produced by
// the YAML loader (engine/input/yaml_loader.cpp, with YamlFile, the only code that reads YAML)
// and the fast reader (fast_scores.cpp); only shape is checked there. Whether a code
// exists, a value fits its rule or stays under the maximum is decided against the
// criteria in bind and evaluation.
//
// A national file has a million entries, so an entry is a small fixed record
// (`NodeEntry`, 32 bytes): its code as an id into the sheet's table of normalised
// codes, its key's position as line and byte column packed in 32 bits (the file is the
// sheet's; a far one in the pool), the value's own position in the value, and the
// common value — a number, a yes/no, a level text — inline (`SheetValue`: the number
// as an exact decimal, the text as an id into the sheet's interned texts). What is
// rare lives beside it in the sheet's `SheetPool`: named values `{dat, tong}` and
// answer counts, self-assessed/appraised pairs, numbers that are no short decimal.
// Readers see the same facts as before through `UnitInput`'s accessors, which give
// an `InputValue` (the value in full, with its text and position) on demand.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"
#include "engine/input/survey_figures.hpp"

namespace chiso {

// One name of the named form (`{dat: 47, tong: 51}`): the name as written, its
// number, and where the number is written.
struct NamedValue {
    std::string name;
    Rational value;
    SourceLoc loc;
};

// A value in full, as readers use it (materialised from the sheet's compact form).
struct InputValue {
    enum class Kind : std::uint8_t {
        Number,         // 8.5, 95% (percent=true: value is 95, meaning 0.95)
        Text,           // "tốt", "có"
        Boolean,        // true/false, có/không resolved later from Text
        NotApplicable,  // "không áp dụng", "na", "n/a"
        Named           // {done: 8, assigned: 10} or answer counts {A: 10, B: 3}
    };
    Kind kind = Kind::Number;
    bool percent = false;
    bool boolean = false;
    Rational number;
    std::string text;
    std::vector<NamedValue> named;  // Named: in file order
    SourceLoc loc;
};

// Ids into a sheet's tables (SheetPool): dense, stable once given, per sheet.
using CodeId = std::uint32_t;
using TextId = std::uint32_t;

// A line and byte column in the sheet's file (SourceLoc without the file).
struct SheetPos {
    std::uint32_t line = 0;
    std::uint32_t byte_col = 0;
    friend bool operator==(const SheetPos&, const SheetPos&) = default;
};

// One value in compact form (24 bytes). `kind` None: no value (an entry given only as
// {self: …, appraised: …} has no plain value). A number is `payload / 10^scale`
// unless kBigNumber (payload: index of an exact Rational in the pool); a named value's
// payload is the first of `count()` NamedItems in the pool.
struct SheetValue {
    static constexpr std::uint8_t kNone = 0xff;
    static constexpr std::uint8_t kPercent = 0x01;
    static constexpr std::uint8_t kBoolean = 0x02;
    static constexpr std::uint8_t kBigNumber = 0x04;

    std::int64_t payload = 0;
    TextId text = 0;  // the (trimmed) text as written, every kind (0: "")
    SheetPos pos;
    std::uint8_t kind = kNone;  // InputValue::Kind, or kNone
    std::uint8_t flags = 0;
    std::uint8_t scale = 0;
    std::uint8_t spare = 0;  // NodeEntry keeps its side bits here (kHasSelf, kHasAppraised)

    bool present() const { return kind != kNone; }
    InputValue::Kind value_kind() const { return static_cast<InputValue::Kind>(kind); }
    bool is(InputValue::Kind k) const { return kind == static_cast<std::uint8_t>(k); }
    bool percent() const { return (flags & kPercent) != 0; }
    bool boolean() const { return (flags & kBoolean) != 0; }
    std::uint32_t first_named() const { return static_cast<std::uint32_t>(static_cast<std::uint64_t>(payload) >> 32); }
    std::uint32_t named_count() const { return static_cast<std::uint32_t>(static_cast<std::uint64_t>(payload)); }
};

// One `name: number` of a named value, compact (16 bytes: a national file has about
// a million): the number as in SheetValue, its scale and bigness in `packed` with the
// number's position as a line delta from its named value's position and a byte
// column. A position that does not fit those bits (a value written far below its
// code, a very long line) is kept in the pool's side table (kFarPos).
struct NamedItem {
    static constexpr std::uint32_t kBig = 1u << 31;
    static constexpr int kScaleShift = 26;  // 5 bits: scales 0..18
    static constexpr int kLineShift = 20;   // 6 bits of line delta
    static constexpr std::uint32_t kPosMask = (1u << kScaleShift) - 1;
    static constexpr std::uint32_t kFarPos = kPosMask;  // position in SheetPool's side table
    static constexpr std::uint32_t kMaxLineDelta = (1u << (kScaleShift - kLineShift)) - 1;
    static constexpr std::uint32_t kMaxCol = (1u << kLineShift) - 1;

    std::int64_t number = 0;  // / 10^scale, or index of a Rational when big
    TextId name = 0;
    std::uint32_t packed = 0;  // kBig | scale << kScaleShift | line delta << kLineShift | byte column

    bool big() const { return (packed & kBig) != 0; }
    std::uint8_t scale() const { return static_cast<std::uint8_t>((packed >> kScaleShift) & 0x1f); }
};
static_assert(sizeof(NamedItem) == 16);

// Values of one code for one unit (32 bytes: a national file has a million). A plain
// `code: value` fills `value`; the map form `{tự_chấm: …, thẩm_định: …}` fills the
// self-assessed and appraised values, kept in the pool (a SidePair). The key's position
// and the pair are in `where`, read through the pool (SheetPool::key_of, sides_of) or
// UnitInput's accessors: the line and byte column packed when the column is below 128
// and the line below 2^24 and there are no sides (a key is indented a few columns);
// else kFar and the index of an EntryFar in the pool (an entry with sides, a far key).
struct NodeEntry {
    static constexpr std::uint8_t kHasSelf = 0x01;
    static constexpr std::uint8_t kHasAppraised = 0x02;
    static constexpr std::uint32_t kFar = 1u << 31;
    static constexpr int kColBits = 7;
    static constexpr std::uint32_t kMaxCol = (1u << kColBits) - 1;
    static constexpr std::uint32_t kMaxLine = (1u << (31 - kColBits)) - 1;

    CodeId code = 0;
    std::uint32_t where = 0;  // line << kColBits | byte column, or kFar | EntryFar index
    SheetValue value;         // the plain value (spare: kHasSelf | kHasAppraised)

    bool has_value() const { return value.present(); }
    bool has_self() const { return (value.spare & kHasSelf) != 0; }
    bool has_appraised() const { return (value.spare & kHasAppraised) != 0; }
};
static_assert(sizeof(NodeEntry) == 32);

// What does not fit an entry's `where`.
struct EntryFar {
    SheetPos key;
    std::uint32_t sides = 0;  // 1 + index of its SidePair in the pool; 0: none
};

struct SidePair {
    SheetValue self, appraised;
};

// The sheet's tables, shared by its units (and by copies of the sheet: ids and
// indices are only ever appended, so a copy that adds a code or a value never
// changes what another copy's entries mean). Read-only while a sheet is evaluated.
// Short texts to dense ids, for the pool: open addressing over a 64-bit FNV-1a hash
// (a score file's texts are a few bytes: "8.5", "tốt", "1.2.3"), the texts kept in a
// deque so that their bytes never move.
class InternTable {
public:
    // The id of `text`, adding it (id = size()) when new.
    std::uint32_t intern(std::string_view text);
    // The id of `text`, or -1 when it was never interned.
    std::uint32_t find(std::string_view text) const;
    const std::string& at(std::uint32_t id) const { return *by_id_[id]; }
    std::size_t size() const { return texts_.size(); }
    std::size_t bytes() const;

private:
    void grow();
    std::deque<std::string> texts_;
    std::vector<const std::string*> by_id_;  // into texts_: one load, not a deque's index arithmetic
    std::vector<std::uint64_t> hashes_;  // by id
    std::vector<std::uint32_t> slots_;   // id + 1, 0: empty; a power of two long
};

class SheetPool {
public:
    explicit SheetPool(const SourceFile* file = nullptr);
    const SourceFile* file() const { return file_; }

    // The normalised code (as readers compare it: tidy_text) given id `id`, and its id.
    CodeId code_id(std::string_view code) { return codes_.intern(code); }
    const std::string& code(CodeId id) const { return codes_.at(id); }
    std::size_t code_count() const { return codes_.size(); }

    TextId text_id(std::string_view text) { return texts_.intern(text); }
    // The id of a text already in the sheet, or kNoText (the sheet unchanged).
    static constexpr TextId kNoText = static_cast<TextId>(-1);
    TextId find_text(std::string_view text) const { return texts_.find(text); }
    const std::string& text(TextId id) const { return texts_.at(id); }
    std::size_t text_count() const { return texts_.size(); }

    // A value in full into compact form (positions: their file is taken to be the
    // sheet's), and back. `into` reuses its strings' and vector's storage.
    SheetValue pack(const InputValue& v);
    void unpack(const SheetValue& v, InputValue& into) const;
    InputValue unpack(const SheetValue& v) const;
    Rational number(const SheetValue& v) const;
    SourceLoc loc(SheetPos p) const { return SourceLoc{file_, p.line, p.byte_col}; }

    std::uint32_t add_sides(SidePair pair);
    // An entry's key position, and 1 + the index of its SidePair (0: none).
    SheetPos key_of(const NodeEntry& e) const;
    std::uint32_t sides_of(const NodeEntry& e) const;
    // Sets both (`sides` as sides_of gives it), packed in the entry when they fit, else
    // in a new EntryFar (never one another entry — a copy's — already points at).
    void place(NodeEntry& e, SheetPos key, std::uint32_t sides);
    const SidePair& sides(std::uint32_t index) const { return sides_[index]; }
    SidePair& sides(std::uint32_t index) { return sides_[index]; }
    const NamedItem& named(std::size_t i) const { return named_[i]; }
    // A named item's number, exactly (a big one from the pool).
    Rational number(const NamedItem& item) const { return item_number(item.number, item.scale(), item.big()); }
    // Where item `i` of the named value `v` is written.
    SheetPos named_pos(const SheetValue& v, std::uint32_t i) const;
    // A named item as the fast reader has it: its name interned, its number a short
    // decimal (number / 10^scale, never big), where the number is written.
    struct NamedDraft {
        std::int64_t number = 0;
        TextId name = 0;
        SheetPos pos;
        std::uint8_t scale = 0;
    };
    // A named value from such items, as pack would store it: kind Named, text "" (id 0),
    // at `pos`. (The fast reader.)
    SheetValue add_named(SheetPos pos, const std::vector<NamedDraft>& items);

    std::size_t bytes() const;  // what the tables hold, for tests and the bench
    // Drops the values' tables (texts, named items, big numbers, sides, far positions),
    // keeping the codes: release_entries.
    void release_values();

private:
    Rational item_number(std::int64_t number, std::uint8_t scale, bool big) const;
    std::int64_t pack_number(const Rational& r, std::uint8_t& scale, bool& big);

    const SourceFile* file_;
    InternTable codes_, texts_;
    // Deques, not vectors: a national file has about a million named items, and a
    // vector's doubling would hold them twice while it grows and up to twice over after.
    std::deque<Rational> big_;  // numbers with no short decimal form
    std::deque<NamedItem> named_;
    std::unordered_map<std::uint32_t, SheetPos> far_pos_;  // by index into named_: kFarPos items
    // Appends one item, its position packed relative to its value's (or kept far).
    void push_named(TextId name, std::int64_t number, std::uint8_t scale, bool big, SheetPos value, SheetPos at);
    std::deque<SidePair> sides_;
    std::deque<EntryFar> far_entries_;
};

// An entry as a reader builds it, before it is packed into the sheet: the old,
// roomy form, kept for reading and for the checks both readers share
// (input::source_conflict). `pack_entry` appends it to a unit.
struct EntryDraft {
    std::string code;
    SourceLoc loc;  // of the key
    std::optional<InputValue> value, self, appraised;
    void clear() {
        code.clear();
        loc = {};
        value.reset();
        self.reset();
        appraised.reset();
    }
};
struct UnitInput {
    std::string id;
    std::string name;
    std::string block;
    std::string group;
    std::vector<std::string> flags;
    std::vector<SourceLoc> flag_locs;  // one per flag
    std::vector<NodeEntry> entries;  // in file order; sized exactly (a national file has a million)
    // Ids of last year's units this unit continues (renamed, merged, split).
    // Absent: the same id; an empty list: a unit new this year.
    std::optional<std::vector<std::string>> predecessors;
    std::vector<SourceLoc> predecessor_locs;
    SourceLoc loc;
    SourceLoc block_loc;
    SourceLoc group_loc;
    // A partial publication (ScoreSheet::listed): the unit's rank as published, from 1.
    std::optional<int> published_rank;
    SourceLoc published_rank_loc;
    // `ranked: false`: evaluated, shown and classified, but given no rank and left out
    // of the block's statistics (docs/language.md, "Partial publications").
    bool ranked = true;
    SourceLoc ranked_loc;
    std::string unranked_reason;  // `reason:`, as written; may be empty
    std::shared_ptr<SheetPool> pool;  // the sheet's tables, which `entries` refer to

    // The entry's facts, as the readers read them.
    const std::string& code(const NodeEntry& e) const { return pool->code(e.code); }
    SourceLoc loc_of(const NodeEntry& e) const { return pool->loc(pool->key_of(e)); }
    std::optional<InputValue> value(const NodeEntry& e) const;
    std::optional<InputValue> self(const NodeEntry& e) const;
    std::optional<InputValue> appraised(const NodeEntry& e) const;
    // The value that counts: appraised over a plain value over the self-assessment.
    const SheetValue* official(const NodeEntry& e) const;
    std::optional<InputValue> official_value(const NodeEntry& e) const;
    const SheetValue* self_of(const NodeEntry& e) const;       // null: none
    const SheetValue* appraised_of(const NodeEntry& e) const;  // null: none
    bool is_not_applicable(const NodeEntry& e) const;
    bool has_sides() const;  // some entry has a self-assessed or appraised value
    // The entry in full, as a reader built it (tests, the comparison of two sheets).
    EntryDraft draft(const NodeEntry& e) const;

    // Changes (tests, replay's code moves, filters): the pool only grows.
    void set_code(NodeEntry& e, std::string_view code) { e.code = pool->code_id(code); }
    NodeEntry& add_entry(std::string_view code, const SourceLoc& key);
    void set_value(NodeEntry& e, std::optional<InputValue> v);
    void set_self(NodeEntry& e, std::optional<InputValue> v);
    void set_appraised(NodeEntry& e, std::optional<InputValue> v);
};

inline bool is_not_applicable(const SheetValue* v) { return v && v->is(InputValue::Kind::NotApplicable); }
inline bool is_not_applicable(const std::optional<InputValue>& v) {
    return v && v->kind == InputValue::Kind::NotApplicable;
}

NodeEntry pack_entry(SheetPool& pool, const EntryDraft& draft);
NodeEntry pack_entry(SheetPool& pool, CodeId code, const EntryDraft& draft);  // draft.code unused

// `listed: {of: 63}` (or `{of: 63, block: tinh}`): the file lists only some of the
// units assessed, `of` of them in all, in one block or in each of its blocks.
struct Listing {
    int of = 0;
    std::string block;  // tidied; empty: every block of the file
    SourceLoc loc;      // of the key `listed`
    SourceLoc of_loc, block_loc;
};

struct ScoreSheet {
    std::string index;
    std::string locality;
    int year = 0;
    SourceLoc index_loc, locality_loc, year_loc;
    std::string previous;  // `previous:` file of last year's results, as written
    SourceLoc previous_loc;
    std::optional<Listing> listed;  // a partial publication; none: every unit is listed
    std::string answers;  // `answers:` the survey answer sheet (CSV), as written
    SourceLoc answers_loc;
    // Per unit and survey leaf, what a value computed from answer sheets rests on
    // (engine/survey fills it with the values it enters).
    std::vector<SurveyFigure> survey_figures;
    std::vector<UnitInput> units;
    const SourceFile* source = nullptr;
    std::shared_ptr<SheetPool> pool;  // the units' tables (each unit holds it too)
};

// Frees what a sheet holds of its values — every unit's entries and the pool's value
// tables — keeping the units' ids, names, blocks, groups, flags, predecessors and
// positions. For a run that has evaluated the sheet and compared it with last year
// and reads none of its values again: `chiso eval` writes only from Results (no
// explanation, whose tracer re-runs the evaluator over the entries, is written), so
// its output is built without the sheet's values in memory (a national file's
// entries are 38 MB at 10,000 units).
void release_entries(ScoreSheet& sheet);

}  // namespace chiso
