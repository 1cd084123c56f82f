#include "engine/core/source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace chiso {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
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
}

std::string_view SourceFile::line_text(std::uint32_t line) const {
    if (line == 0 || line > line_starts_.size()) return {};
    std::size_t begin = line_starts_[line - 1] + (line == 1 ? bom_ : 0);
    std::size_t end = line < line_starts_.size() ? line_starts_[line] - 1 : text_.size();
    std::string_view v(text_.data() + begin, end - begin);
    if (!v.empty() && v.back() == '\r') v.remove_suffix(1);
    return v;
}

std::pair<std::uint32_t, std::uint32_t> SourceFile::line_col(std::size_t offset) const {
    auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    auto line = static_cast<std::uint32_t>(it - line_starts_.begin());
    auto col = static_cast<std::uint32_t>(offset - line_starts_[line - 1] + 1);
    return {line, col};
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
    if (out.problem != LoadProblem::None) std::string().swap(out.text);
    return out;
}

const SourceFile* SourceSet::load(const std::string& path, LoadProblem* problem, const ReadOptions& options) {
    requested_.push_back(path);
    ReadText read = read_input_file(path, options);
    if (problem) *problem = read.problem;
    if (read.problem != LoadProblem::None) return nullptr;
    return &add(path, std::move(read.text));
}

}  // namespace chiso
