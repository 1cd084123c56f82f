#include "cli/output/output_file.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli/output/errno_text.hpp"
#include "cli/output/interrupt_cleanup.hpp"
#include "cli/output/write_all.hpp"
#include "cli/output/standard_output.hpp"
#include "cli/output_messages.hpp"

namespace chiso::cli {
namespace {

namespace fs = std::filesystem;
namespace m = msg::output;

constexpr int kMaxSymlinks = 40;  // Linux's own limit (ELOOP beyond)

// The descriptor a path names (/dev/stdout, /dev/stderr, /dev/fd/N,
// /proc/self/fd/N), or -1. Opening such a path anew would start at offset 0 of a
// file the shell opened (`2>> log`), or replace it: its descriptor is written instead.
int descriptor_named(const std::string& path) {
    const std::string normal = fs::path(path).lexically_normal().string();
    if (normal == "/dev/stdout") return STDOUT_FILENO;
    if (normal == "/dev/stderr") return STDERR_FILENO;
    for (std::string_view prefix : {"/dev/fd/", "/proc/self/fd/"}) {
        if (normal.rfind(prefix, 0) != 0) continue;
        const std::string number = normal.substr(prefix.size());
        if (number.empty() || number.size() > 4 || number.find_first_not_of("0123456789") != std::string::npos)
            return -1;
        return std::stoi(number);
    }
    return -1;
}

// `path` with its symlinks followed to the file they end at, existing or not (a
// dangling link is written through, as by `cp`): 0 or the errno (ELOOP).
int follow_symlinks(std::string& path) {
    for (int depth = 0; depth < kMaxSymlinks; ++depth) {
        struct stat st {};
        if (::lstat(path.c_str(), &st) != 0) return errno == ENOENT ? 0 : errno;
        if (!S_ISLNK(st.st_mode)) return 0;
        std::error_code error;
        const fs::path link = fs::read_symlink(path, error);
        if (error) return error.value();
        path = link.is_absolute() ? link.string() : (fs::path(path).parent_path() / link).string();
    }
    return ELOOP;
}

// The permissions a new file gets from open(2): 0666 less the umask. umask(2) can
// only be read by setting it; no other thread creates files while output is written.
mode_t new_file_mode() {
    const mode_t mask = ::umask(0);
    ::umask(mask);
    return 0666 & ~mask;
}

// A temporary file beside the target (same file system, so the rename is atomic),
// removed by the signal handler until it is renamed or discarded.
class TempFile {
public:
    TempFile() = default;
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    ~TempFile() { discard(); }

    // The interrupts are held while the file is created and its name handed to the
    // handler, so that no signal can fall between the two and leave it behind.
    int create(const std::string& beside) {
        std::string name = beside + ".tmp-XXXXXX";
        sigset_t interrupts;
        sigset_t before;
        sigemptyset(&interrupts);
        for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&interrupts, signal_number);
        ::pthread_sigmask(SIG_BLOCK, &interrupts, &before);
        fd_ = ::mkostemp(name.data(), O_CLOEXEC);
        const int error = fd_ < 0 ? errno : 0;
        if (fd_ >= 0) path_ = name;
        const bool armed = fd_ < 0 || arm_interrupt_cleanup(path_);
        ::pthread_sigmask(SIG_SETMASK, &before, nullptr);
        if (error != 0) return error;
        return armed ? 0 : ENAMETOOLONG;
    }
    int fd() const { return fd_; }
    const std::string& path() const { return path_; }

    // Syncs, sets the permissions (and the owner, when allowed), closes.
    int finish(const struct stat* old) {
        if (::fsync(fd_) != 0 && errno != EINVAL) return errno;  // EINVAL: the file system cannot sync
        if (::fchmod(fd_, old ? old->st_mode & 07777 : new_file_mode()) != 0) return errno;
        // Keeping the owner and group is what an edit in place would do; only root
        // or the owner may, so a refusal (EPERM) leaves the file the writer's own.
        if (old && ::fchown(fd_, old->st_uid, old->st_gid) != 0 && errno != EPERM) return errno;
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0 ? 0 : errno;
    }
    int rename_to(const std::string& target) {
        if (::rename(path_.c_str(), target.c_str()) != 0) return errno;
        path_.clear();
        disarm_interrupt_cleanup();
        return 0;
    }
    void discard() {
        if (fd_ >= 0) ::close(fd_);
        fd_ = -1;
        if (!path_.empty()) ::unlink(path_.c_str());
        path_.clear();
        disarm_interrupt_cleanup();
    }

private:
    int fd_ = -1;
    std::string path_;
};

class Placement {
public:
    Placement(const Destination& where, Diagnostics& diags) : where_(where), diags_(diags) {}

    int bytes(std::string_view data) {
        if (int code = resolve(); code != kWritten) return code;
        if (kind_ != Kind::File) return deliver(data);
        TempFile temp;
        if (int error = temp.create(target_)) return fail(error);
        if (int error = write_all(temp.fd(), data)) return fail(error);
        return commit(temp);
    }

    int with(const FileFiller& fill) {
        if (int code = resolve(); code != kWritten) return code;
        // A device cannot be renamed over: the file is made in the temporary
        // directory and its bytes delivered.
        std::error_code no_tmpdir;
        fs::path tmpdir = fs::temp_directory_path(no_tmpdir);
        if (no_tmpdir) tmpdir = "/tmp";
        const std::string beside = kind_ == Kind::File ? target_ : (tmpdir / "chiso-output").string();
        TempFile temp;
        if (int error = temp.create(beside)) return fail(error);
        std::string reason;
        if (!fill(temp.path(), reason)) return fail_because(reason);
        if (kind_ == Kind::File) return commit(temp);
        std::ifstream in(temp.path(), std::ios::binary);
        const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        if (in.bad()) return fail(EIO);
        temp.discard();
        return deliver(data);
    }

private:
    enum class Kind { Stdout, Descriptor, Device, File };

    // Where the path leads; refuses a directory, an input of the run and a file
    // its owner made read-only, before anything is written.
    int resolve() {
        descriptor_ = where_.path.empty() ? STDOUT_FILENO : descriptor_named(where_.path);
        if (descriptor_ >= 0) {
            kind_ = descriptor_ == STDOUT_FILENO ? Kind::Stdout : Kind::Descriptor;
            return kWritten;
        }
        struct stat st {};
        const bool found = ::stat(where_.path.c_str(), &st) == 0;  // through symlinks
        if (found && S_ISDIR(st.st_mode)) return refuse_directory();
        if (found && !S_ISREG(st.st_mode)) {
            kind_ = Kind::Device;
            target_ = where_.path;
            return kWritten;
        }
        kind_ = Kind::File;
        target_ = where_.path;
        if (int error = follow_symlinks(target_)) return fail(error);
        exists_ = ::stat(target_.c_str(), &old_) == 0;
        if (!exists_) return kWritten;
        if (const std::string* input = input_at_target()) {
            diags_.error(SourceLoc{}, m::kOutputIsInput, where_.path, *input);
            return kRefused;
        }
        // A file without any write permission was made read-only on purpose: not
        // replaced, also by root, whom access(2) lets write anything. One the user
        // may not write is not replaced either, although the rename could.
        if ((old_.st_mode & 0222) == 0) {
            diags_.error(SourceLoc{}, m::kOutputReadOnly, where_.path);
            return kWriteFailed;
        }
        if (::access(target_.c_str(), W_OK) != 0) return fail(errno);
        return kWritten;
    }

    // The input that is the target file itself (same device and inode: another
    // spelling, a hard link or a symlink of it), or nullptr.
    const std::string* input_at_target() const {
        for (const std::string& input : where_.inputs) {
            struct stat st {};
            if (::stat(input.c_str(), &st) == 0 && st.st_dev == old_.st_dev && st.st_ino == old_.st_ino)
                return &input;
        }
        return nullptr;
    }

    int refuse_directory() {
        diags_.error(SourceLoc{}, m::kOutputIsDirectory, where_.path,
                     (fs::path(where_.path) / where_.example_name).lexically_normal().string());
        return kRefused;
    }

    int commit(TempFile& temp) {
        if (int error = temp.finish(exists_ ? &old_ : nullptr)) return fail(error);
        if (int error = temp.rename_to(target_)) return fail(error);
        return kWritten;
    }

    // Into standard output, a descriptor or a device: nothing to replace, nothing
    // to clean up.
    int deliver(std::string_view data) {
        if (kind_ == Kind::Stdout) {
            write_standard_output(data);
            if (int error = standard_output_error()) {
                diags_.error(SourceLoc{}, m::kCannotWriteStdout, errno_text(error, where_.lang));
                return kWriteFailed;
            }
            return kWritten;
        }
        int error = 0;
        if (kind_ == Kind::Descriptor) {
            error = write_all(descriptor_, data);
        } else {
            const int fd = ::open(target_.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
            if (fd < 0) return fail(errno);
            error = write_all(fd, data);
            if (::close(fd) != 0 && error == 0) error = errno;
        }
        if (error == EPIPE) return kWritten;  // the reader of the pipe stopped reading
        return error ? fail(error) : kWritten;
    }

    int fail(int error) { return fail_because(errno_text(error, where_.lang)); }
    int fail_because(const std::string& reason) {
        diags_.error(SourceLoc{}, m::kCannotWrite, where_.path.empty() ? "-" : where_.path, reason);
        return kWriteFailed;
    }

    const Destination& where_;
    Diagnostics& diags_;
    Kind kind_ = Kind::File;
    int descriptor_ = -1;
    std::string target_;
    bool exists_ = false;
    struct stat old_ {};
};

}  // namespace

int write_output(const Destination& where, std::string_view bytes, Diagnostics& diags) {
    return Placement(where, diags).bytes(bytes);
}

int write_output_with(const Destination& where, const FileFiller& fill, Diagnostics& diags) {
    return Placement(where, diags).with(fill);
}

}  // namespace chiso::cli
