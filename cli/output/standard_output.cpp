#include "cli/output/standard_output.hpp"

#include "cli/output/write_all.hpp"

#include <cerrno>
#include <csignal>
#include <iostream>
#include <streambuf>

#include <fcntl.h>
#include <unistd.h>

namespace chiso::cli {
namespace {

// std::cout's buffer replaced by one on descriptor 1 that remembers why a write
// failed (the standard stream keeps only a bit, and stdio's errno is gone by the
// time anyone looks). After a failure the rest is dropped: nothing more can be
// delivered, and the error is reported once, at the end.
class CheckedBuffer : public std::streambuf {
public:
    int error() const { return error_; }
    // The shell closed descriptor 1 (`>&-`): the first byte printed fails, as
    // writing to the closed descriptor would have.
    void mark_closed() { closed_ = true; }

protected:
    int_type overflow(int_type c) override {
        if (flush_buffer() != 0) return traits_type::eof();
        if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
        buffer_[0] = traits_type::to_char_type(c);
        setp(buffer_, buffer_ + sizeof buffer_);
        pbump(1);
        return c;
    }
    // A string goes out at once, not into the buffer: what a command prints keeps its
    // order with the messages on standard error (unbuffered) when both reach a terminal
    // or one file (`2>&1`), as with the standard stream before.
    std::streamsize xsputn(const char* data, std::streamsize count) override {
        if (flush_buffer() != 0) return 0;
        write_all(data, static_cast<std::size_t>(count));
        return error_ == 0 ? count : 0;
    }
    int sync() override { return flush_buffer(); }

private:
    int flush_buffer() {
        if (pbase() != nullptr) write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
        setp(buffer_, buffer_ + sizeof buffer_);
        return error_ == 0 ? 0 : -1;
    }
    void fail_with(int error) {
        if (error_ == 0) error_ = error;
    }
    void write_all(const char* data, std::size_t size) {
        if (error_ != 0 || size == 0) return;
        fail_with(closed_ ? EBADF : cli::write_all(STDOUT_FILENO, std::string_view(data, size)));
    }

    char buffer_[1 << 16];
    int error_ = 0;
    bool closed_ = false;
};

// Never destroyed: std::cout is flushed at exit, after function-local statics
// would have been destroyed.
CheckedBuffer& checked_buffer() {
    static CheckedBuffer* buffer = new CheckedBuffer;
    return *buffer;
}

// A descriptor the shell closed is given /dev/null; true when it was closed.
bool reopen_if_closed(int fd, int flags) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) return false;
    const int opened = ::open("/dev/null", flags);
    if (opened >= 0 && opened != fd) {
        ::dup2(opened, fd);
        ::close(opened);
    }
    return true;
}

}  // namespace

void guard_standard_streams() {
    reopen_if_closed(STDIN_FILENO, O_RDONLY);
    const bool stdout_closed = reopen_if_closed(STDOUT_FILENO, O_WRONLY);
    reopen_if_closed(STDERR_FILENO, O_WRONLY);
    std::signal(SIGPIPE, SIG_IGN);
    std::cout.rdbuf(&checked_buffer());
    if (stdout_closed) checked_buffer().mark_closed();
}

void write_standard_output(std::string_view bytes) { std::cout.write(bytes.data(), static_cast<std::streamsize>(bytes.size())); }

int standard_output_error() {
    static bool told = false;  // each failure is reported once
    std::cout.flush();
    const int error = checked_buffer().error();
    if (told || error == EPIPE) return 0;
    told = error != 0;
    return error;
}

}  // namespace chiso::cli
