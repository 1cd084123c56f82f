#pragma once
// Source text and positions. Every AST node and every input value carries a
// SourceLoc so that a diagnostic can point at the exact place in the user's file.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chiso {

// What identifies the version of a regular file that was read: compared when a
// released text's lines are read again (SourceFile::release_text).
struct FileStamp {
    std::uint64_t device = 0, inode = 0, size = 0;
    std::int64_t mtime_sec = 0, mtime_nsec = 0;
    friend bool operator==(const FileStamp&, const FileStamp&) = default;
};

class SourceReread;

class SourceFile {
public:
    SourceFile(std::string path, std::string text);
    // A regular file as read (`stamp`: what read_input_file saw), so that its text
    // may be released once loaded and its lines read again for diagnostics.
    SourceFile(std::string path, std::string text, const FileStamp& stamp);
    ~SourceFile();
    SourceFile(const SourceFile&) = delete;
    SourceFile& operator=(const SourceFile&) = delete;

    const std::string& path() const { return path_; }
    // The whole text; empty once released (only the loaders read it, before that).
    const std::string& text() const { return text_; }
    std::size_t size() const { return size_; }
    // Text of 1-based line `line`, without its line terminator (nor a UTF-8 BOM on line 1).
    // After release_text, read again from the file (verified, kept for the run);
    // empty when the file changed since it was read (changed_since_read()).
    std::string_view line_text(std::uint32_t line) const;
    std::uint32_t line_count() const { return line_count_; }
    // 1-based line and byte column of a byte offset.
    std::pair<std::uint32_t, std::uint32_t> line_col(std::size_t offset) const;
    // Bytes of the UTF-8 byte-order mark that starts the file (0 or 3). Parsers
    // count them in line 1's columns; users never see them.
    std::uint32_t bom_bytes() const { return bom_; }

    // Drops the text (a national score file is 24–240 MB, held otherwise for the
    // whole run only so that diagnostics can show a few of its lines). Keeps a line
    // index every kLinesPerMark lines and a 64-bit hash of every kBlockBytes block;
    // a line asked for later is read again with pread (never mmap: a file truncated
    // meanwhile must not crash the run) and shown only when the file is still the
    // one read — same device, inode, size and modification time, same hash of the
    // blocks the line lies in. False (nothing changed) for a text that is not a
    // regular file's (a pipe cannot be read twice) or is already released.
    bool release_text();
    bool text_released() const { return released_; }
    // A released text's line was asked for and the file is no longer the one read.
    bool changed_since_read() const;

    static constexpr std::uint32_t kLinesPerMark = 64;
    static constexpr std::size_t kBlockBytes = 16 * 1024;

private:
    std::string path_;
    std::string text_;
    std::size_t size_ = 0;
    // Byte offset of each line's start, 32-bit: a national score file has a million
    // lines, and no file is read beyond kMaxSourceFileBytes (< 4 GiB, asserted below).
    // A text given whole (SourceSet::add) past 4 GiB has its later lines unindexed.
    // Once released: the start of every kLinesPerMark-th line only (lines 1, 65, …).
    std::vector<std::uint32_t> line_starts_;
    std::uint32_t line_count_ = 0;
    std::uint32_t bom_ = 0;
    bool released_ = false;
    std::optional<FileStamp> stamp_;
    std::unique_ptr<SourceReread> reread_;  // reading a released text again (source_reread.cpp)
};

// A position: 1-based line and 1-based *byte* column. Renderers convert the byte
// column to a character column, because PEGTL and YAML parsers count bytes while
// users count characters ("Đống Đa" has 7 characters and 10 bytes).
struct SourceLoc {
    const SourceFile* file = nullptr;
    std::uint32_t line = 0;
    std::uint32_t byte_col = 0;

    bool known() const { return file != nullptr && line > 0; }
    std::uint32_t char_col() const;
    // Bytes before this position within line_text(line).
    std::size_t bytes_before() const;
};

// Number of UTF-8 characters in `bytes` (continuation bytes are not counted).
std::size_t utf8_length(std::string_view bytes);

// Files larger than this are refused: a criteria or score file of a whole country
// is a few MiB; 256 MiB leaves room and keeps memory bounded.
inline constexpr std::uintmax_t kMaxSourceFileBytes = std::uintmax_t{256} * 1024 * 1024;
static_assert(kMaxSourceFileBytes < std::uintmax_t{1} << 32, "SourceFile keeps line starts as 32-bit offsets");

// How much of a file is read before the rest, so that a file which is not text can be
// refused before it is read whole (`ReadOptions::refuse_binary`).
inline constexpr std::size_t kFirstBlockBytes = 64 * 1024;

enum class LoadProblem { None, CannotRead, TooLarge, Directory, Binary };

struct ReadOptions {
    std::uintmax_t limit = kMaxSourceFileBytes;
    // Stop after the first block when it holds a NUL byte: no text file does, every
    // binary file (and /dev/zero) does early. Criteria files ask for this.
    bool refuse_binary = false;
};

struct ReadText {
    std::string text;
    LoadProblem problem = LoadProblem::None;
    std::optional<FileStamp> stamp;  // a regular file's, as read
};

// What fstat says of an open regular file; nullopt for anything else.
std::optional<FileStamp> regular_file_stamp(int fd);

// A 64-bit hash of `bytes` (change detection, not security).
std::uint64_t content_hash(std::string_view bytes);

// The one function that reads an input file, whatever it is: a regular file, a
// device (/dev/zero never ends), a pipe or a FIFO. It never reads more than
// `limit` + 1 bytes (then TooLarge), refuses a directory by name, and never blocks
// on a FIFO that has no writer (that reads as empty).
ReadText read_input_file(const std::string& path, const ReadOptions& options = {});

// Owns loaded files so SourceLoc pointers stay valid for the whole run.
class SourceSet {
public:
    const SourceFile& add(std::string path, std::string text);
    // Reads a file with read_input_file; returns nullptr when it cannot be read, is
    // too large, a directory or refused as binary (then `problem` says which, when given).
    const SourceFile* load(const std::string& path, LoadProblem* problem = nullptr, const ReadOptions& options = {});
    // Every path load() was asked for (read or not), in order: the run's input
    // files, which its output must never replace (cli/output/output_file.cpp).
    // Texts given to add() are not files and are not listed.
    const std::vector<std::string>& requested_paths() const { return requested_; }
    // SourceFile::release_text on a file of this set (they are const to everyone else).
    bool release_text(const SourceFile& file);

private:
    std::deque<std::unique_ptr<SourceFile>> files_;
    std::vector<std::string> requested_;
};

}  // namespace chiso
