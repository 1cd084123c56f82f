#pragma once
// Whether a YAML file in a folder given to `chiso test` is meant as a test case
// (docs/testing.md): score files, results files and other YAML often sit next to
// the cases, and are skipped (and said to be) rather than reported as broken cases.
#include <string_view>

namespace chiso {

// True when a line at the left margin starts with a key only a case has at its top
// level — `criteria:`, `cases:`, `expect:`, `expect_error:`, `patch:`, `tolerance:`
// (quoted or not, or after `- `) — or the file is a map written `{…}` holding one, or
// holds nothing but blanks and comments (a case not yet written: reported as empty). Read as text, so
// that a case whose YAML is broken is still recognised, and reported.
bool looks_like_test_case(std::string_view text);

}  // namespace chiso
