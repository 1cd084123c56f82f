// read_input_file: the one function that reads every input, whatever the file is.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <string>

#include "engine/core/source.hpp"

namespace {

namespace fs = std::filesystem;
using chiso::LoadProblem;
using chiso::ReadOptions;
using chiso::read_input_file;

class ReadInput : public ::testing::Test {
protected:
    void SetUp() override {
        char pattern[] = "/tmp/chiso-read-XXXXXX";
        ASSERT_NE(::mkdtemp(pattern), nullptr);
        dir_ = pattern;
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string write(const std::string& name, const std::string& text) {
        const std::string path = (dir_ / name).string();
        std::ofstream(path, std::ios::binary) << text;
        return path;
    }
    fs::path dir_;
};

TEST_F(ReadInput, ReadsARegularFileWhole) {
    const auto read = read_input_file(write("a.chiso", "index par \"x\"\n"));
    EXPECT_EQ(read.problem, LoadProblem::None);
    EXPECT_EQ(read.text, "index par \"x\"\n");
}

TEST_F(ReadInput, ARegularFileAtTheLimitIsReadAndOneByteMoreIsRefused) {
    const std::string path = write("a.yaml", std::string(100, 'x'));
    EXPECT_EQ(read_input_file(path, ReadOptions{.limit = 100}).problem, LoadProblem::None);
    EXPECT_EQ(read_input_file(path, ReadOptions{.limit = 99}).problem, LoadProblem::TooLarge);
}

TEST_F(ReadInput, ADeviceWithoutEndIsTooLargeAtTheLimit) {
    // /dev/zero never ends: exactly limit + 1 bytes prove it too large, whatever the limit.
    const auto read = read_input_file("/dev/zero", ReadOptions{.limit = 200000});
    EXPECT_EQ(read.problem, LoadProblem::TooLarge);
    EXPECT_TRUE(read.text.empty());
    EXPECT_EQ(read_input_file("/dev/urandom", ReadOptions{.limit = 1000}).problem, LoadProblem::TooLarge);
}

TEST_F(ReadInput, TheEmptyDeviceReadsAsEmpty) {
    const auto read = read_input_file("/dev/null");
    EXPECT_EQ(read.problem, LoadProblem::None);
    EXPECT_EQ(read.text, "");
}

TEST_F(ReadInput, ADirectoryIsNamedAsOne) {
    EXPECT_EQ(read_input_file(dir_.string()).problem, LoadProblem::Directory);
    EXPECT_EQ(read_input_file((dir_ / "missing.yaml").string()).problem, LoadProblem::CannotRead);
}

TEST_F(ReadInput, AFifoWithoutWriterReadsAsEmptyAtOnce) {
    const std::string path = (dir_ / "fifo.yaml").string();
    ASSERT_EQ(::mkfifo(path.c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    const auto read = read_input_file(path);
    EXPECT_EQ(read.problem, LoadProblem::None);
    EXPECT_EQ(read.text, "");
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(5));
}

TEST_F(ReadInput, APipeIsReadAsItsWriterWritesUpToTheLimit) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::close(fds[0]);
        const std::string block(1000, 'y');
        for (int i = 0; i < 50; ++i)
            if (::write(fds[1], block.data(), block.size()) < 0) ::_exit(0);  // reader gone: done
        ::_exit(0);
    }
    ::close(fds[1]);
    const std::string path = "/proc/self/fd/" + std::to_string(fds[0]);
    const auto whole = read_input_file(path, ReadOptions{.limit = 50000});
    ::close(fds[0]);
    ::waitpid(child, nullptr, 0);
    EXPECT_EQ(whole.problem, LoadProblem::None);
    EXPECT_EQ(whole.text.size(), 50000u);
}

TEST_F(ReadInput, BinaryIsRefusedAfterTheFirstBlockOnlyWhenAsked) {
    const std::string path = write("b.chiso", std::string("index\0par", 9));
    EXPECT_EQ(read_input_file(path).problem, LoadProblem::None);
    const auto refused = read_input_file(path, ReadOptions{.refuse_binary = true});
    EXPECT_EQ(refused.problem, LoadProblem::Binary);
    EXPECT_TRUE(refused.text.empty());
    // /dev/zero as criteria: refused after one block, not read to the limit.
    EXPECT_EQ(read_input_file("/dev/zero", ReadOptions{.refuse_binary = true}).problem, LoadProblem::Binary);
}

}  // namespace
