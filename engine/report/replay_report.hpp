#pragma once
// The output of `chiso replay`: each score file's results under the rules, in
// any of the eval formats, with which year and file each block of results is.
#include <memory>
#include <string>

#include "engine/report/report.hpp"

namespace chiso {

struct ReplayedSheet {
    std::string scores_path;
    int year = 0;  // the year of the scores
    const Results* results = nullptr;
};

// The output built one year at a time, so that a year's results can be let go as
// soon as they are written (ten national years do not fit in memory at once).
class ReplayWriter {
public:
    ReplayWriter(std::string rules_path, ReportOptions options);
    ~ReplayWriter();
    void add(const ReplayedSheet& sheet);
    std::string finish();

private:
    std::string rules_path_;
    ReportOptions options_;
    std::string text_;
    std::size_t count_ = 0;
    struct JsonParts;
    std::unique_ptr<JsonParts> json_;  // JSON: the replays so far
};

}  // namespace chiso
