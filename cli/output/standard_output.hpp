#pragma once
// Standard output that reports its failures. `> /dev/full`, a full disk or a
// closed standard output (`>&-`) must not pass for success; a reader that stops
// early (`| head -1`) is not a failure: the rest is simply not wanted.
#include <string_view>

namespace chiso::cli {

// Call first in main: keeps descriptors 0–2 occupied (a closed one is reopened on
// /dev/null, so that a file opened later cannot take its number and receive what
// was meant for the terminal), ignores SIGPIPE (a closed pipe becomes the error
// EPIPE), and sends std::cout through a buffer that records the first failure.
void guard_standard_streams();

// Writes `bytes` to standard output (through std::cout, in order with what the
// commands print there).
void write_standard_output(std::string_view bytes);

// Flushes std::cout; then the errno of the first failed write, or 0 (also when
// the reader closed the pipe, EPIPE, and when the failure was told already).
int standard_output_error();

}  // namespace chiso::cli
