#pragma once
// Messages about where a command writes (`-o FILE` or standard output): the one
// output mechanism in cli/output/ and the choice of format from the file name
// (cli/output_format.cpp). docs/output.md describes the behaviour.
#include "engine/core/messages.hpp"

namespace chiso::msg::output {

// {0} the -o path as typed, {1} the reason (errno_text.cpp), in the message's language.
inline constexpr MessageDef kCannotWrite{"cli.cannot-write",
    "không ghi được tệp `{0}`: {1}", "cannot write file `{0}`: {1}"};
inline constexpr MessageDef kCannotWriteStdout{"cli.cannot-write-stdout",
    "không ghi được ra đầu ra chuẩn: {0}", "cannot write to standard output: {0}"};
inline constexpr MessageDef kOutputIsInput{"cli.output-is-input",
    "`-o {0}` là tệp đầu vào `{1}` của lần chạy này: ghi kết quả vào đó sẽ xoá mất nó; hãy chọn một tên tệp khác",
    "`-o {0}` is `{1}`, an input of this run: writing the results there would destroy it; choose another file name"};
inline constexpr MessageDef kOutputIsDirectory{"cli.output-is-directory",
    "`-o {0}` là một thư mục; hãy ghi cả tên tệp, ví dụ `-o {1}`",
    "`-o {0}` is a directory; give a file name, e.g. `-o {1}`"};
inline constexpr MessageDef kOutputEmpty{"cli.output-empty",
    "`-o` cần một tên tệp (bỏ `-o` để in ra màn hình)", "`-o` needs a file name (leave `-o` out to print)"};
inline constexpr MessageDef kOutputReadOnly{"cli.output-read-only",
    "tệp `{0}` chỉ cho đọc nên không bị ghi đè; hãy chọn tên khác hoặc cho phép ghi (chmod u+w)",
    "file `{0}` is read-only and is not overwritten; choose another name or make it writable (chmod u+w)"};

// The format of `-o FILE`: {0} the command, {1} the extension, {2} the -o path,
// {3} the formats the command writes.
inline constexpr MessageDef kFormatContradictsExtension{"cli.format-contradicts-extension",
    "`--format {0}` mâu thuẫn với đuôi `{1}` của `-o {2}`; bỏ `--format` (định dạng lấy theo đuôi tệp) hoặc đổi tên tệp",
    "`--format {0}` contradicts the extension `{1}` of `-o {2}`; drop `--format` (the extension decides) or rename the file"};
inline constexpr MessageDef kExtensionNotWritable{"cli.extension-not-writable",
    "`chiso {0}` không ghi được tệp `{1}` (`-o {2}`); lệnh này ghi: {3}",
    "`chiso {0}` cannot write a `{1}` file (`-o {2}`); this command writes: {3}"};
inline constexpr MessageDef kHtmlIsReport{"cli.html-is-report",
    "trang HTML có biểu đồ do `chiso report` ghi", "the HTML page with charts is written by `chiso report`"};
inline constexpr MessageDef kTablesAreEval{"cli.tables-are-eval",
    "bảng kết quả CSV, JSON, Markdown và Excel do `chiso eval -o TỆP.csv|.json|.md|.xlsx` ghi",
    "CSV, JSON, Markdown and Excel tables are written by `chiso eval -o FILE.csv|.json|.md|.xlsx`"};

}  // namespace chiso::msg::output
