#include "engine/input/answer_sheet.hpp"

#include <algorithm>
#include <cstring>
#include <map>

#include "engine/core/normalise.hpp"
#include "engine/core/utf8.hpp"
#include "engine/input/answer_messages.hpp"

namespace chiso {

SourceLoc AnswerTable::loc(std::size_t row, std::size_t col) const {
    const auto [line, column] = file_->line_col(offsets_[row * width() + col]);
    return SourceLoc{file_, line, column};
}

SourceLoc AnswerTable::column_loc(std::size_t col) const {
    const auto [line, column] = file_->line_col(column_offsets_[col]);
    return SourceLoc{file_, line, column};
}

std::ptrdiff_t AnswerTable::column(std::string_view name) const {
    const std::string key = text_key(name);
    for (std::size_t i = 0; i < column_keys_.size(); ++i)
        if (column_keys_[i] == key) return static_cast<std::ptrdiff_t>(i);
    return -1;
}

namespace {

std::string hex_byte(unsigned char byte) {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    return {kDigits[byte >> 4], kDigits[byte & 0x0F]};
}

// UTF-16 has a NUL in every other byte of Latin text; a BOM FF FE / FE FF says so too.
bool looks_utf16(std::string_view text) {
    if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF")) return true;
    const std::size_t probe = std::min<std::size_t>(text.size(), 512);
    std::size_t nuls = 0;
    for (std::size_t i = 0; i < probe; ++i) nuls += text[i] == '\0';
    return probe >= 4 && nuls * 4 >= probe;
}

// The bytes Windows-1258 gives the letters of Vietnamese that Latin-1 lacks or that
// every Vietnamese text has: Ă ă Â â Đ đ Ê ê Ô ô Ơ ơ Ư ư and the five combining tone
// marks. A file that is not UTF-8 and has them is, all but surely, Excel's Vietnamese
// "CSV (Comma delimited)".
bool windows_1258_letter(unsigned char b) {
    static constexpr unsigned char kBytes[] = {0xC3, 0xE3, 0xC2, 0xE2, 0xD0, 0xF0, 0xCA, 0xEA, 0xD4, 0xF4,
                                               0xD5, 0xF5, 0xDD, 0xFD, 0xCC, 0xEC, 0xD2, 0xDE, 0xF2};
    return std::find(std::begin(kBytes), std::end(kBytes), b) != std::end(kBytes);
}

// The most frequent of `,` `;` tab in the header line, outside quotes (a tie: `,`).
char detect_separator(std::string_view text, std::size_t from) {
    std::size_t comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (std::size_t i = from; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') quoted = !quoted;
        else if (quoted) continue;
        else if (c == '\n' || c == '\r') break;
        else if (c == ',') ++comma;
        else if (c == ';') ++semicolon;
        else if (c == '\t') ++tab;
    }
    if (semicolon > comma && semicolon >= tab) return ';';
    if (tab > comma && tab > semicolon) return '\t';
    return ',';
}

}  // namespace

class AnswerReader {
public:
    AnswerReader(const SourceFile& file, char separator, Diagnostics& diags)
        : text_(file.text()), diags_(diags) {
        table_.file_ = &file;
        table_.separator_ = separator;
        pos_ = file.bom_bytes();
    }

    std::optional<AnswerTable> run() {
        if (table_.separator_ == 0) table_.separator_ = detect_separator(text_, pos_);
        std::vector<std::string_view> cells;
        std::vector<std::uint32_t> offsets;
        skip_blank_lines();
        if (pos_ >= text_.size()) {
            diags_.error(SourceLoc{table_.file_, 0, 0}, msg::answers::kEmpty);
            return std::nullopt;
        }
        if (!record(cells, offsets, 1)) return std::nullopt;
        if (!header(cells, offsets)) return std::nullopt;
        const std::size_t width = table_.width();
        table_.cells_.reserve(text_.size() / 4);
        table_.offsets_.reserve(text_.size() / 4);
        std::uint32_t row = 1;
        while (true) {
            skip_blank_lines();
            if (pos_ >= text_.size()) break;
            ++row;
            const std::uint32_t start = static_cast<std::uint32_t>(pos_);
            if (!record(cells, offsets, row)) return std::nullopt;  // a quote never closed: the rest is one cell
            if (!bad_row_ && blank_record(cells)) continue;
            if (cells.size() != width) {
                if (bad_row_) continue;  // already reported
                diags_.error(loc_of(start), msg::answers::kRaggedRow, row, cells.size(), width);
                continue;
            }
            if (bad_row_) continue;
            table_.cells_.insert(table_.cells_.end(), cells.begin(), cells.end());
            table_.offsets_.insert(table_.offsets_.end(), offsets.begin(), offsets.end());
            table_.row_numbers_.push_back(row);
        }
        return std::move(table_);
    }

private:
    SourceLoc loc_of(std::size_t offset) const {
        const auto [line, column] = table_.file_->line_col(offset);
        return SourceLoc{table_.file_, line, column};
    }

    // `,,,,` or `; ;`: a row Excel writes for cells once formatted and left empty,
    // below the last form or between forms. No form is there, so it is skipped as a
    // blank line is (refusing it as "a form without an id" would refuse every sheet
    // Excel saved that way).
    static bool blank_record(const std::vector<std::string_view>& cells) {
        for (std::string_view cell : cells) {
            // Cheap first: any visible ASCII byte is a value (tidy_text only for blanks
            // such as U+00A0, so that a full sheet pays nothing for the test).
            if (std::any_of(cell.begin(), cell.end(), [](char c) { return c > ' ' && c < 0x7F; })) return false;
            if (!tidy_text(cell).empty()) return false;
        }
        return true;
    }

    void skip_blank_lines() {
        while (pos_ < text_.size() && (text_[pos_] == '\n' || text_[pos_] == '\r')) ++pos_;
    }

    bool header(const std::vector<std::string_view>& cells, const std::vector<std::uint32_t>& offsets) {
        std::map<std::string, std::size_t> seen;
        bool ok = true;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            std::string name = tidy_text(cells[i]);
            std::string key = text_key(name);
            auto [it, inserted] = seen.emplace(key, i + 1);
            if (!inserted && !key.empty()) {
                diags_.error(loc_of(offsets[i]), msg::answers::kDuplicateColumn, name, it->second);
                ok = false;
            }
            table_.columns_.push_back(std::move(name));
            table_.column_keys_.push_back(std::move(key));
            table_.column_offsets_.push_back(offsets[i]);
        }
        return ok;
    }

    // One record from pos_ into `cells` (its line break consumed). False only for a
    // quote never closed, which leaves nothing after it to read.
    bool record(std::vector<std::string_view>& cells, std::vector<std::uint32_t>& offsets, std::uint32_t row) {
        cells.clear();
        offsets.clear();
        bad_row_ = false;
        row_ = row;
        const char sep = table_.separator_;
        const std::size_t n = text_.size();
        while (true) {
            const std::size_t start = pos_;
            offsets.push_back(static_cast<std::uint32_t>(start));
            if (pos_ < n && text_[pos_] == '"') {
                if (!quoted_cell(cells)) return false;
            } else {
                std::size_t end = pos_;
                while (end < n) {
                    const char c = text_[end];
                    if (c == sep || c == '\n' || c == '\r') break;
                    if (c == '"' && !bad_row_) {
                        bad_row_ = true;
                        const std::size_t col = cells.size();
                        diags_.error(loc_of(end), msg::answers::kStrayQuote, row,
                                     col < table_.columns_.size() ? table_.columns_[col] : "#" + std::to_string(col + 1));
                    }
                    ++end;
                }
                cells.push_back(text_.substr(pos_, end - pos_));
                pos_ = end;
            }
            if (pos_ < n && text_[pos_] == sep) {
                ++pos_;
                continue;
            }
            if (pos_ < n && text_[pos_] == '\r') ++pos_;
            if (pos_ < n && text_[pos_] == '\n') ++pos_;
            return true;
        }
    }

    // A quoted cell at pos_: up to the closing quote, `""` a quote; then the cell
    // ends (a separator or a line break must follow: anything else is a stray quote).
    bool quoted_cell(std::vector<std::string_view>& cells) {
        const std::size_t open = pos_;
        const std::size_t n = text_.size();
        std::size_t i = pos_ + 1;
        bool escaped = false;
        while (true) {
            const void* q = std::memchr(text_.data() + i, '"', n - i);
            if (q == nullptr) {
                diags_.error(loc_of(open), msg::answers::kUnclosedQuote);
                return false;
            }
            i = static_cast<std::size_t>(static_cast<const char*>(q) - text_.data());
            if (i + 1 < n && text_[i + 1] == '"') {
                escaped = true;
                i += 2;
                continue;
            }
            break;
        }
        const std::string_view inside = text_.substr(open + 1, i - open - 1);
        if (escaped) {
            std::string out;
            out.reserve(inside.size());
            for (std::size_t k = 0; k < inside.size(); ++k) {
                out += inside[k];
                if (inside[k] == '"') ++k;
            }
            cells.push_back(table_.unescaped_.emplace_back(std::move(out)));
        } else {
            cells.push_back(inside);
        }
        pos_ = i + 1;
        const char sep = table_.separator_;
        if (pos_ < n && text_[pos_] != sep && text_[pos_] != '\n' && text_[pos_] != '\r' && !bad_row_) {
            bad_row_ = true;
            const std::size_t col = cells.size() - 1;
            diags_.error(loc_of(pos_ - 1), msg::answers::kStrayQuote, row_,
                         col < table_.columns_.size() ? table_.columns_[col] : "#" + std::to_string(col + 1));
            while (pos_ < n && text_[pos_] != sep && text_[pos_] != '\n' && text_[pos_] != '\r') ++pos_;
        }
        return true;
    }

    std::string_view text_;
    Diagnostics& diags_;
    AnswerTable table_;
    std::size_t pos_ = 0;
    std::uint32_t row_ = 0;
    bool bad_row_ = false;
};

std::optional<AnswerTable> read_answer_sheet(const SourceFile& file, const AnswerReadOptions& options,
                                             Diagnostics& diags) {
    const std::string_view text = file.text();
    if (looks_utf16(text)) {
        diags.error(SourceLoc{&file, 0, 0}, msg::answers::kUtf16);
        return std::nullopt;
    }
    if (auto bad = first_invalid_utf8(text)) {
        const auto byte = static_cast<unsigned char>(text[*bad]);
        bool vietnamese = false;
        for (std::size_t i = *bad; i < text.size() && !vietnamese; ++i)
            vietnamese = windows_1258_letter(static_cast<unsigned char>(text[i]));
        const auto [line, column] = file.line_col(*bad);
        diags.error(SourceLoc{&file, line, column},
                    vietnamese ? msg::answers::kWindows1258 : msg::answers::kInvalidUtf8, hex_byte(byte));
        return std::nullopt;
    }
    return AnswerReader(file, options.separator, diags).run();
}

}  // namespace chiso
