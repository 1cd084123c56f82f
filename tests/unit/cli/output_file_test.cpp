// The output mechanism on a real file system: what it refuses, what it keeps,
// what it leaves behind when a write fails or a signal arrives.
#include "cli/output/output_file.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "cli/output/interrupt_cleanup.hpp"

namespace chiso::cli {
namespace {

namespace fs = std::filesystem;

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

unsigned mode_of(const fs::path& path) {
    struct stat st {};
    ::stat(path.c_str(), &st);
    return st.st_mode & 07777;
}

std::string first_message_id(const Diagnostics& diags) {
    return diags.items().empty() ? "" : diags.items().front().message->id;
}

class OutputFile : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("chiso-output-" + std::to_string(::getpid()) + "-" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(dir_);
        fs::create_directories(dir_);
        std::ofstream(dir_ / "scores.yaml") << "units: []\n";
    }
    void TearDown() override { fs::remove_all(dir_); }

    Destination to(const fs::path& path) const { return Destination{path.string(), {(dir_ / "scores.yaml").string()}}; }
    std::size_t files() const { return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir_), fs::directory_iterator())); }

    fs::path dir_;
    Diagnostics diags_;
};

TEST_F(OutputFile, WritesTheWholeTextAndLeavesNoTemporary) {
    EXPECT_EQ(write_output(to(dir_ / "kq.csv"), "a,b\n", diags_), kWritten);
    EXPECT_EQ(bytes_of(dir_ / "kq.csv"), "a,b\n");
    EXPECT_EQ(files(), 2u);
    const mode_t mask = ::umask(0);
    ::umask(mask);
    EXPECT_EQ(mode_of(dir_ / "kq.csv"), 0666u & ~mask);  // as open(2) would create it, not mkstemp's 0600
}

TEST_F(OutputFile, KeepsThePermissionsOfTheFileItReplaces) {
    std::ofstream(dir_ / "kq.csv") << "old";
    fs::permissions(dir_ / "kq.csv", fs::perms(0640));
    EXPECT_EQ(write_output(to(dir_ / "kq.csv"), "new", diags_), kWritten);
    EXPECT_EQ(bytes_of(dir_ / "kq.csv"), "new");
    EXPECT_EQ(mode_of(dir_ / "kq.csv"), 0640u);
}

TEST_F(OutputFile, RefusesAnInputByAnySpelling) {
    fs::create_hard_link(dir_ / "scores.yaml", dir_ / "hard.yaml");
    fs::create_symlink("scores.yaml", dir_ / "link.yaml");
    for (const fs::path& path : {dir_ / "scores.yaml", dir_ / "." / "scores.yaml", dir_ / "hard.yaml", dir_ / "link.yaml"}) {
        Diagnostics diags;
        EXPECT_EQ(write_output(to(path), "results", diags), kRefused) << path;
        EXPECT_EQ(first_message_id(diags), "cli.output-is-input") << path;
    }
    EXPECT_EQ(bytes_of(dir_ / "scores.yaml"), "units: []\n");
    EXPECT_EQ(files(), 3u);
}

TEST_F(OutputFile, RefusesADirectory) {
    EXPECT_EQ(write_output(to(dir_), "results", diags_), kRefused);
    EXPECT_EQ(first_message_id(diags_), "cli.output-is-directory");
}

TEST_F(OutputFile, WritesThroughASymlinkToItsTarget) {
    fs::create_directories(dir_ / "real");
    fs::create_symlink("real/kq.csv", dir_ / "kq.csv");  // dangling: the target is created
    EXPECT_EQ(write_output(to(dir_ / "kq.csv"), "one", diags_), kWritten);
    EXPECT_EQ(write_output(to(dir_ / "kq.csv"), "two", diags_), kWritten);
    EXPECT_TRUE(fs::is_symlink(dir_ / "kq.csv"));
    EXPECT_EQ(bytes_of(dir_ / "real" / "kq.csv"), "two");
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_ / "real"), fs::directory_iterator()), 1);
}

TEST_F(OutputFile, WritesIntoADeviceInsteadOfReplacingIt) {
    EXPECT_EQ(write_output(Destination{"/dev/null", {}}, "results", diags_), kWritten);
    EXPECT_TRUE(fs::is_character_file("/dev/null"));
    EXPECT_EQ(write_output(Destination{"/dev/full", {}}, "results", diags_), kWriteFailed);
    EXPECT_EQ(first_message_id(diags_), "cli.cannot-write");
    EXPECT_EQ(diags_.items().front().args.at(1), "đĩa đã đầy");  // ENOSPC, in Vietnamese
}

TEST_F(OutputFile, AFailedWriterLeavesTheOldFileAndNoTemporary) {
    std::ofstream(dir_ / "kq.xlsx") << "old";
    const FileFiller failing = [](const std::string& path, std::string& reason) {
        std::ofstream(path) << "half a workbook";
        reason = "out of memory";
        return false;
    };
    EXPECT_EQ(write_output_with(to(dir_ / "kq.xlsx"), failing, diags_), kWriteFailed);
    EXPECT_EQ(diags_.items().front().args.at(1), "out of memory");
    EXPECT_EQ(bytes_of(dir_ / "kq.xlsx"), "old");
    EXPECT_EQ(files(), 2u);
}

TEST_F(OutputFile, AMissingFolderIsReportedWithItsReason) {
    EXPECT_EQ(write_output(Destination{(dir_ / "no" / "kq.csv").string(), {}, Lang::En}, "x", diags_), kWriteFailed);
    EXPECT_EQ(diags_.items().front().args.at(1), "No such file or directory");
    EXPECT_FALSE(fs::exists(dir_ / "no"));
}

// A signal while the result is being written: the child process dies of it, as
// it would without the handler, and leaves the old output and no temporary.
class Interrupted : public OutputFile, public ::testing::WithParamInterface<int> {};

TEST_P(Interrupted, RemovesTheTemporaryAndKeepsTheOldOutput) {
    std::ofstream(dir_ / "kq.csv") << "old";
    const fs::path target = dir_ / "kq.csv";
    const int signal_number = GetParam();
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        install_interrupt_cleanup();
        Diagnostics diags;
        write_output_with(Destination{target.string(), {}}, [&](const std::string& path, std::string&) {
            std::ofstream(path) << "half of the new results";
            ::kill(::getpid(), signal_number);
            return true;
        }, diags);
        ::_exit(0);  // not reached: the signal ends the process
    }
    int status = 0;
    ASSERT_EQ(::waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status));
    EXPECT_EQ(WTERMSIG(status), signal_number);
    EXPECT_EQ(bytes_of(target), "old");
    EXPECT_EQ(files(), 2u);  // scores.yaml and kq.csv: no temporary
}

INSTANTIATE_TEST_SUITE_P(Signals, Interrupted, ::testing::Values(SIGINT, SIGTERM, SIGHUP));

}  // namespace
}  // namespace chiso::cli
