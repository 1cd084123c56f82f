#pragma once
// Reading a released source text again (SourceFile::release_text): the few lines
// diagnostics show, from the file, only while it is still the version that was read.
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "engine/core/source.hpp"

namespace chiso {

class SourceReread {
public:
    // `text`: the file's whole text, hashed block by block before it is dropped.
    SourceReread(std::string path, std::string_view text, const FileStamp& stamp);
    ~SourceReread();
    SourceReread(const SourceReread&) = delete;
    SourceReread& operator=(const SourceReread&) = delete;

    // Line `line`, which starts `skip` lines after the byte offset `from` (a line's
    // start), without its terminator; kept for the run, so views stay valid. Empty
    // once the file is found changed.
    std::string_view line(std::uint32_t line, std::size_t from, std::uint32_t skip);
    // The lines that start after `from` and at or before `offset` (both within the
    // file), and the start of the last of them; nullopt once the file is found changed.
    std::optional<std::pair<std::uint32_t, std::size_t>> lines_until(std::size_t from, std::size_t offset);
    bool changed() const;

private:
    // Block `b` of the file, read again and held to its hash; false when it differs
    // (then changed_ is set for good).
    bool block(std::size_t b);
    bool still_the_file_read();

    mutable std::mutex mutex_;
    std::string path_;
    FileStamp stamp_;
    std::vector<std::uint64_t> hashes_;  // one per SourceFile::kBlockBytes
    int fd_ = -1;
    bool changed_ = false;
    std::size_t held_ = static_cast<std::size_t>(-1);  // the block in block_
    std::string block_;
    std::unordered_map<std::uint32_t, std::string> lines_;  // node-based: a view stays valid
};

}  // namespace chiso
