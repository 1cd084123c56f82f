#include "engine/core/source.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace chiso {

SourceFile::SourceFile(std::string path, std::string text) : path_(std::move(path)), text_(std::move(text)) {
    if (text_.rfind("\xEF\xBB\xBF", 0) == 0) bom_ = 3;
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text_.size(); ++i) {
        if (text_[i] == '\n') line_starts_.push_back(i + 1);
    }
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

const SourceFile* SourceSet::load(const std::string& path, LoadProblem* problem) {
    LoadProblem ignored = LoadProblem::None;
    LoadProblem& why = problem ? *problem : ignored;
    requested_.push_back(path);
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > kMaxSourceFileBytes) {
        why = LoadProblem::TooLarge;
        return nullptr;
    }
    why = LoadProblem::CannotRead;
    std::ifstream in(path, std::ios::binary);
    if (!in) return nullptr;
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) return nullptr;
    why = LoadProblem::None;
    return &add(path, buffer.str());
}

}  // namespace chiso
