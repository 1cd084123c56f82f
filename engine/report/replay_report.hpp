#pragma once
// The output of `chiso replay`: each score file's results under the rules, in
// any of the eval formats, with which year and file each block of results is.
#include <string>
#include <vector>

#include "engine/report/report.hpp"

namespace chiso {

struct ReplayedSheet {
    std::string scores_path;
    int year = 0;  // the year of the scores
    const Results* results = nullptr;
};

std::string render_replay(const std::string& rules_path, const std::vector<ReplayedSheet>& sheets,
                          const ReportOptions& options);

}  // namespace chiso
