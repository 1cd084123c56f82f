#pragma once
// SIGINT (Ctrl+C), SIGTERM and SIGHUP (the terminal closed) while a result is
// being written remove the temporary file; the old output is left as it was,
// because only the final rename would have replaced it. The process then dies of
// the signal as it would have without the handler (exit status 128 + signal).
#include <string>

namespace chiso::cli {

// Installs the handler for the three signals, except one the parent asked to be
// ignored (`nohup` ignores SIGHUP), and ignores SIGXFSZ (a write past `ulimit -f`
// then fails with EFBIG instead of killing the process). Call once, before
// anything is written.
void install_interrupt_cleanup();

// The file the handler removes, until disarm_interrupt_cleanup(). One at a time:
// a run writes one output. False when the path is too long to be kept (then the
// file could not have been created either).
bool arm_interrupt_cleanup(const std::string& path);
void disarm_interrupt_cleanup();

}  // namespace chiso::cli
