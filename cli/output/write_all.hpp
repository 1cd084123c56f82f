#pragma once
// One write loop for every descriptor the CLI writes to (the output file, its
// temporary, a device, standard output).
#include <string_view>

namespace chiso::cli {

// Writes every byte of `bytes` to `fd`, retrying when a signal interrupts; returns 0,
// or the errno of the failure (EIO when the descriptor accepts nothing).
int write_all(int fd, std::string_view bytes);

}  // namespace chiso::cli
