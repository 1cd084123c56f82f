#include "engine/core/source_reread.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace chiso {

SourceReread::SourceReread(std::string path, std::string_view text, const FileStamp& stamp)
    : path_(std::move(path)), stamp_(stamp) {
    constexpr std::size_t kB = SourceFile::kBlockBytes;
    hashes_.reserve((text.size() + kB - 1) / kB);
    for (std::size_t at = 0; at < text.size(); at += kB) hashes_.push_back(content_hash(text.substr(at, kB)));
}

SourceReread::~SourceReread() {
    if (fd_ >= 0) ::close(fd_);
}

bool SourceReread::changed() const {
    const std::lock_guard lock(mutex_);
    return changed_;
}

// Same device, inode, size and modification time as when it was read: opened once
// (by path: a file replaced since is another inode), looked at again before each line.
bool SourceReread::still_the_file_read() {
    if (changed_) return false;
    if (fd_ < 0) fd_ = ::open(path_.c_str(), O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
    const bool same = regular_file_stamp(fd_) == stamp_;
    changed_ = !same;
    return same;
}

bool SourceReread::block(std::size_t b) {
    if (changed_ || b >= hashes_.size()) return false;
    if (held_ == b) return true;
    constexpr std::size_t kB = SourceFile::kBlockBytes;
    const std::size_t offset = b * kB;
    const std::size_t wanted = std::min<std::size_t>(kB, stamp_.size - offset);
    block_.resize(wanted);
    std::size_t got = 0;
    while (got < wanted) {
        const ssize_t n = ::pread(fd_, block_.data() + got, wanted - got, static_cast<off_t>(offset + got));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;  // shorter than it was: truncated meanwhile
        got += static_cast<std::size_t>(n);
    }
    held_ = static_cast<std::size_t>(-1);
    if (got != wanted || content_hash(block_) != hashes_[b]) {
        changed_ = true;
        return false;
    }
    held_ = b;
    return true;
}

std::string_view SourceReread::line(std::uint32_t line, std::size_t from, std::uint32_t skip) {
    const std::lock_guard lock(mutex_);
    if (auto it = lines_.find(line); it != lines_.end()) return it->second;
    if (!still_the_file_read()) return {};
    constexpr std::size_t kB = SourceFile::kBlockBytes;
    std::string text;
    for (std::size_t at = from; at < stamp_.size;) {
        if (!block(at / kB)) return {};
        const std::size_t in_block = at % kB;
        const char* const begin = block_.data() + in_block;
        const char* const end = block_.data() + block_.size();
        const char* p = begin;
        while (skip > 0 && (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
            ++p;
            --skip;
        }
        if (skip > 0) {  // the line starts in a later block
            at += block_.size() - in_block;
            continue;
        }
        const char* stop = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        text.append(p, stop ? stop : end);
        if (stop) break;
        at += block_.size() - in_block;
    }
    return lines_.emplace(line, std::move(text)).first->second;
}

std::optional<std::pair<std::uint32_t, std::size_t>> SourceReread::lines_until(std::size_t from, std::size_t offset) {
    const std::lock_guard lock(mutex_);
    if (!still_the_file_read()) return std::nullopt;
    constexpr std::size_t kB = SourceFile::kBlockBytes;
    std::uint32_t lines = 0;
    std::size_t last = from;
    // Newlines in [from, offset): each starts a line at or before `offset`.
    for (std::size_t at = from; at < offset && at < stamp_.size;) {
        if (!block(at / kB)) return std::nullopt;
        const std::size_t in_block = at % kB;
        const std::size_t count = std::min(block_.size() - in_block, offset - at);
        const char* const begin = block_.data() + in_block;
        for (const char* p = begin; (p = static_cast<const char*>(std::memchr(p, '\n', count - static_cast<std::size_t>(p - begin))));) {
            ++p;
            ++lines;
            last = at + static_cast<std::size_t>(p - begin);
        }
        at += count;
    }
    return std::pair{lines, last};
}

}  // namespace chiso
