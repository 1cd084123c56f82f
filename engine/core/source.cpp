#include "engine/core/source.hpp"

#include "engine/core/source_reread.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace chiso {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    size_ = text_.size();
    if (text_.rfind("\xEF\xBB\xBF", 0) == 0) bom_ = 3;
    line_starts_.push_back(0);
    // Counted first, so the table is allocated once at its size (no doubling's slack).
    const char* const begin = text_.data();
    const char* const end = begin + std::min<std::size_t>(text_.size(), UINT32_MAX - 1);
    std::size_t lines = 1;
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
        ++p, ++lines;
    line_starts_.reserve(lines);
    for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))));)
        line_starts_.push_back(static_cast<std::uint32_t>(++p - begin));
    line_count_ = static_cast<std::uint32_t>(line_starts_.size());
}

SourceFile::SourceFile(std::string path, std::string text, const FileStamp& stamp)
    : SourceFile(std::move(path), std::move(text)) {
    if (stamp.size == size_) stamp_ = stamp;
}

SourceFile::~SourceFile() = default;

bool SourceFile::release_text() {
    if (released_ || !stamp_ || size_ >= UINT32_MAX - 1) return false;
    reread_ = std::make_unique<SourceReread>(path_, text_, *stamp_);
    std::vector<std::uint32_t> marks;
    marks.reserve((line_starts_.size() + kLinesPerMark - 1) / kLinesPerMark);
    for (std::size_t i = 0; i < line_starts_.size(); i += kLinesPerMark) marks.push_back(line_starts_[i]);
    line_starts_ = std::move(marks);
    std::string().swap(text_);
    released_ = true;
    return true;
}

bool SourceFile::changed_since_read() const { return reread_ && reread_->changed(); }

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_count_) return {};
    std::string_view v;
    if (released_) {
        v = reread_->line(line, line_starts_[(line - 1) / kLinesPerMark], (line - 1) % kLinesPerMark);
    } else {
        std::size_t begin = line_starts_[line - 1];
        std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
        v = std::string_view(text_.data() + begin, end - begin);
    }
    if (line == 1) v.remove_prefix(std::min<std::size_t>(bom_, v.size()));
    if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
    return v;
}

std::pair<std::uint32_t, std::uint32_t> SourceFile::line_col(std::size_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto index = static_cast<std::uint32_t>(it - line_starts_.begin());
    if (!released_) return {index, static_cast<std::uint32_t>(offset - line_starts_[index - 1] + 1)};
    // Released: from the mark at or before `offset`, count the lines up to it.
    const std::size_t mark = line_starts_[index - 1];
    const auto found = reread_->lines_until(mark, std::min(offset, size_));
    if (!found) return {0, 0};
    const std::uint32_t line = (index - 1) * kLinesPerMark + 1 + found->first;
    return {line, static_cast<std::uint32_t>(offset - found->second + 1)};
}

std::size_t utf8_length(std::string_view bytes) {
    return static_cast<std::size_t>(
        std::count_if(bytes.begin(), bytes.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

std::size_t SourceLoc::bytes_before() const {
    if (!known()) return 0;
    std::size_t skipped = line == 1 ? file->bom_bytes() : 0;
    std::size_t before = byte_col > skipped + 1 ? byte_col - 1 - skipped : 0;
    return std::min(before, file->line_text(line).size());
}

std::uint32_t SourceLoc::char_col() const {
    if (!known()) return byte_col;
    return static_cast<std::uint32_t>(utf8_length(file->line_text(line).substr(0, bytes_before())) + 1);
}

const SourceFile& SourceSet::add(std::string path, std::string text) {
    files_.push_back(std::make_unique<SourceFile>(std::move(path), std::move(text)));
    return *files_.back();
}

namespace {

// Closes the descriptor on every path out of read_input_file.
class Descriptor {
public:
    explicit Descriptor(int fd) : fd_(fd) {}
    Descriptor(const Descriptor&) = delete;
    Descriptor& operator=(const Descriptor&) = delete;
    ~Descriptor() {
        if (fd_ >= 0) ::close(fd_);
    }
    int get() const { return fd_; }

private:
    int fd_;
};

enum class Chunk { Full, Ended, Failed };

// Appends up to `wanted` bytes; Ended when the input ended first (read again, a
// terminal would wait for more).
Chunk read_some(int fd, std::string& into, std::size_t wanted) {
    const std::size_t start = into.size();
    into.resize(start + wanted);
    std::size_t got = 0;
    while (got < wanted) {
        const ssize_t n = ::read(fd, into.data() + start + got, wanted - got);
        if (n == 0) break;
        if (n < 0) {
            if (errno == EINTR) continue;
            into.resize(start + got);
            return Chunk::Failed;
        }
        got += static_cast<std::size_t>(n);
    }
    into.resize(start + got);
    return got < wanted ? Chunk::Ended : Chunk::Full;
}

}  // namespace

ReadText read_input_file(const std::string& path, const ReadOptions& options) {
    ReadText out;
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer forever.
    // O_NOCTTY: a terminal named as input does not become our controlling terminal.
    const Descriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC));
    struct stat info {};
    if (fd.get() < 0 || ::fstat(fd.get(), &info) != 0) {
        out.problem = errno == EISDIR ? LoadProblem::Directory : LoadProblem::CannotRead;
        return out;
    }
    if (S_ISDIR(info.st_mode)) {
        out.problem = LoadProblem::Directory;
        return out;
    }
    // A regular file's size is known: refuse it before reading anything.
    if (S_ISREG(info.st_mode) && static_cast<std::uintmax_t>(info.st_size) > options.limit) {
        out.problem = LoadProblem::TooLarge;
        return out;
    }
    // Reads block from here on, so a pipe is read as its writer writes; a FIFO with
    // no writer at all reads as end of input at once (Linux pipe semantics).
    const int flags = ::fcntl(fd.get(), F_GETFL);
    if (flags < 0 || ::fcntl(fd.get(), F_SETFL, flags & ~O_NONBLOCK) != 0) {
        out.problem = LoadProblem::CannotRead;
        return out;
    }
    // Devices and pipes have no size: read at most `limit` bytes, then one more proves
    // the input too large without holding more of it.
    const std::size_t limit = static_cast<std::size_t>(options.limit);
    // A regular file is read into room for its size and one byte more (which proves
    // the end): reads never pass that room, since growing the string would double it,
    // and a national score file would then be held at twice its size for the whole run.
    const bool regular = S_ISREG(info.st_mode);
    if (regular) out.text.reserve(static_cast<std::size_t>(info.st_size) + 1);
    const auto wanted = [&](std::size_t most) {
        const std::size_t room = out.text.capacity() - out.text.size();
        return regular && room > 0 ? std::min(most, room) : most;
    };
    Chunk chunk = read_some(fd.get(), out.text, wanted(std::min(kFirstBlockBytes, limit)));
    if (options.refuse_binary && out.text.find('\0') != std::string::npos) {
        out.problem = LoadProblem::Binary;
        std::string().swap(out.text);
        return out;
    }
    constexpr std::size_t kChunk = std::size_t{1} << 20;
    while (chunk == Chunk::Full && out.text.size() < limit)
        chunk = read_some(fd.get(), out.text, wanted(std::min(kChunk, limit - out.text.size())));
    std::string probe;
    if (chunk == Chunk::Full && read_some(fd.get(), probe, 1) != Chunk::Ended) {
        chunk = probe.empty() ? Chunk::Failed : Chunk::Full;
        out.problem = chunk == Chunk::Full ? LoadProblem::TooLarge : LoadProblem::CannotRead;
    } else if (chunk == Chunk::Failed) {
        out.problem = LoadProblem::CannotRead;
    }
    if (out.problem != LoadProblem::None) {
        std::string().swap(out.text);
    } else if (regular) {
        out.stamp = regular_file_stamp(fd.get());
    }
    return out;
}

const SourceFile* SourceSet::load(const std::string& path, LoadProblem* problem, const ReadOptions& options) {
    requested_.push_back(path);
    ReadText read = read_input_file(path, options);
    if (problem) *problem = read.problem;
    if (read.problem != LoadProblem::None) return nullptr;
    if (!read.stamp) return &add(path, std::move(read.text));
    files_.push_back(std::make_unique<SourceFile>(path, std::move(read.text), *read.stamp));
    return files_.back().get();
}

std::optional<FileStamp> regular_file_stamp(int fd) {
    struct stat info {};
    if (fd < 0 || ::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) return std::nullopt;
    return FileStamp{static_cast<std::uint64_t>(info.st_dev), static_cast<std::uint64_t>(info.st_ino),
                     static_cast<std::uint64_t>(info.st_size), static_cast<std::int64_t>(info.st_mtim.tv_sec),
                     static_cast<std::int64_t>(info.st_mtim.tv_nsec)};
}

bool SourceSet::release_text(const SourceFile& file) {
    for (auto& f : files_)
        if (f.get() == &file) return f->release_text();
    return false;
}

// 8 bytes at a time, multiplied and folded (a wyhash-like mix): a 24 MB file is
// hashed in a few milliseconds. Detects a changed file; not meant against an adversary.
std::uint64_t content_hash(std::string_view bytes) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = 0xCBF29CE484222325ull ^ (bytes.size() * kMul);
    const auto mix = [&](std::uint64_t w) {
        h = (h ^ w) * kMul;
        h ^= h >> 29;
    };
    std::size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, bytes.data() + i, 8);
        mix(w);
    }
    std::uint64_t tail = 0;
    if (i < bytes.size()) std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    mix(tail ^ 0xFF);
    return h;
}

}  // namespace chiso
