#include "cli/output/interrupt_cleanup.hpp"

#include <atomic>
#include <climits>
#include <csignal>
#include <cstring>

#include <unistd.h>

namespace chiso::cli {
namespace {

// The handler may run on any thread at any moment, so it reads only these: a
// fixed buffer (no allocation) published by a lock-free flag.
char g_path[PATH_MAX];
std::atomic<bool> g_armed{false};
static_assert(std::atomic<bool>::is_always_lock_free);

constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};

// Only async-signal-safe calls: unlink, then the default action. SA_RESETHAND has
// already restored the default; the signal is blocked while the handler runs, so
// raise() delivers it on return and the process ends as killed by it.
extern "C" void on_interrupt(int signal_number) {
    if (g_armed.load(std::memory_order_acquire)) ::unlink(g_path);
    ::raise(signal_number);
}

}  // namespace

void install_interrupt_cleanup() {
    // A file growing past the size limit (`ulimit -f`) would kill the process with
    // SIGXFSZ and leave the temporary; ignored, the write fails with EFBIG, which
    // is reported and cleaned up like any failed write.
    std::signal(SIGXFSZ, SIG_IGN);
    for (int signal_number : kSignals) {
        struct sigaction current {};
        if (::sigaction(signal_number, nullptr, &current) != 0 || current.sa_handler == SIG_IGN) continue;
        struct sigaction action {};
        action.sa_handler = on_interrupt;
        sigemptyset(&action.sa_mask);
        for (int other : kSignals) sigaddset(&action.sa_mask, other);  // one handler at a time
        action.sa_flags = SA_RESETHAND;
        ::sigaction(signal_number, &action, nullptr);
    }
}

bool arm_interrupt_cleanup(const std::string& path) {
    disarm_interrupt_cleanup();
    if (path.size() >= sizeof g_path) return false;
    std::memcpy(g_path, path.c_str(), path.size() + 1);
    g_armed.store(true, std::memory_order_release);
    return true;
}

void disarm_interrupt_cleanup() { g_armed.store(false, std::memory_order_release); }

}  // namespace chiso::cli
