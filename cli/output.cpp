#include "cli/output.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <iostream>

namespace chiso::cli {

int report(Diagnostics diags, const CommonOptions& common, const MessageDef& count_line) {
    const RenderOptions options{common.lang, common.show_ids};
    diags.sort_by_position();
    std::cerr << render_all(diags, options);
    if (!diags.has_errors()) return 0;
    std::cerr << localize(count_line, options, diags.error_count()) << '\n';
    return 1;
}

int emit(const std::string& text, const std::string& output, const CommonOptions& common) {
    if (output.empty()) {
        std::cout << text;
        return 0;
    }
    if (write_atomically(output, text)) return 0;
    Diagnostics diags;
    diags.error(SourceLoc{}, msg::kCannotWrite, output);
    return report(diags, common);
}

bool write_atomically(const std::string& path, const std::string& text) {
    namespace fs = std::filesystem;
    const fs::path target(path);
    fs::path temp = target;
    temp += ".tmp-" + std::to_string(::getpid());
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        if (!out) return false;
        out << text;
        out.flush();
        if (!out) {
            std::error_code ignored;
            fs::remove(temp, ignored);
            return false;
        }
    }
    std::error_code ec;
    fs::rename(temp, target, ec);
    if (ec) fs::remove(temp, ec);
    return !ec;
}

}  // namespace chiso::cli
