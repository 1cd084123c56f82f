#include "cli/output_format.hpp"

#include <algorithm>
#include <filesystem>

#include "cli/output_messages.hpp"

namespace chiso::cli {
namespace {

namespace m = msg::output;

struct Extension {
    std::string_view extension;  // lower case, with the dot
    std::string_view format;
};

// Extensions that say what a file holds. `.xls` is the old Excel format, which
// no command writes (a workbook named .xls makes Excel warn that it is damaged).
constexpr Extension kExtensions[] = {
    {".csv", "csv"},   {".json", "json"}, {".md", "md"},       {".markdown", "md"}, {".xlsx", "xlsx"},
    {".xls", "xls"},   {".html", "html"}, {".htm", "html"},    {".chiso", "chiso"},
};

std::string lower_extension(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(),
                   [](unsigned char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    return ext;
}

// The format an extension names, or empty (`.txt`, `.out`, none).
std::string_view format_of_extension(const std::string& ext) {
    for (const Extension& known : kExtensions)
        if (known.extension == ext) return known.format;
    return {};
}

std::string_view extension_of_format(std::string_view format) {
    if (format == "table") return ".txt";
    for (const Extension& known : kExtensions)
        if (known.format == format) return known.extension;
    return ".txt";
}

// "table (.txt), csv (.csv), …" — for the message.
std::string listed(const CommandFormats& command) {
    std::string out;
    for (const std::string& format : command.formats) {
        if (!out.empty()) out += ", ";
        out += format + " (" + std::string(extension_of_format(format)) + ")";
    }
    return out;
}

bool writes(const CommandFormats& command, std::string_view format) {
    return std::find(command.formats.begin(), command.formats.end(), format) != command.formats.end();
}

void refuse_extension(const CommandFormats& command, const std::string& ext, std::string_view format,
                      const std::string& output, Diagnostics& diags) {
    diags.error(SourceLoc{}, m::kExtensionNotWritable, command.command, ext, output, listed(command));
    const bool table = format == "csv" || format == "json" || format == "md" || format == "xlsx";
    if (format == "html") diags.note(SourceLoc{}, m::kHtmlIsReport);
    else if (command.command == "report" && table) diags.note(SourceLoc{}, m::kTablesAreEval);
}

}  // namespace

std::optional<std::string> choose_format(const CommandFormats& command, const std::string& given,
                                         const std::string& output, Diagnostics& diags) {
    const std::string ext = output.empty() ? std::string() : lower_extension(output);
    const std::string_view named = format_of_extension(ext);
    if (named.empty()) return given.empty() ? command.formats.front() : given;
    if (!writes(command, named)) {
        refuse_extension(command, std::filesystem::path(output).extension().string(), named, output, diags);
        return std::nullopt;
    }
    if (!given.empty() && given != named) {
        diags.error(SourceLoc{}, m::kFormatContradictsExtension, given,
                    std::filesystem::path(output).extension().string(), output);
        return std::nullopt;
    }
    return std::string(named);
}

std::string example_file(std::string_view stem, std::string_view format) {
    return std::string(stem) + std::string(extension_of_format(format));
}

std::string example_file(std::string_view stem, Format format) { return example_file(stem, format_name(format)); }

std::string_view format_name(Format format) {
    switch (format) {
        case Format::Csv: return "csv";
        case Format::Json: return "json";
        case Format::Markdown: return "md";
        case Format::Table: break;
    }
    return "table";
}

Format format_named(std::string_view name) {
    for (Format format : {Format::Table, Format::Csv, Format::Json, Format::Markdown})
        if (format_name(format) == name) return format;
    return Format::Table;
}

}  // namespace chiso::cli
