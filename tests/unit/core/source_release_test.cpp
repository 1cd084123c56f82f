// A released text (SourceFile::release_text): lines read again from the file, exactly
// as they were, and never a wrong line once the file has changed.
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "engine/core/diagnostics.hpp"
#include "engine/core/source.hpp"

namespace {

namespace fs = std::filesystem;
constexpr chiso::MessageDef kProbe{"test.probe", "thử", "probe"};

class TempFile {
public:
    explicit TempFile(const std::string& text) {
        path_ = (fs::temp_directory_path() / ("chiso-release-" + std::to_string(::getpid()) + "-" +
                                               std::to_string(counter_++) + ".yaml")).string();
        write(text);
    }
    ~TempFile() { fs::remove(path_); }
    void write(const std::string& text) const { std::ofstream(path_, std::ios::binary) << text; }
    const std::string& path() const { return path_; }

private:
    static inline int counter_ = 0;
    std::string path_;
};

// Lines of every length, some across the 16 KiB blocks and the 64-line marks, a BOM
// and CRLF endings, Vietnamese text.
std::vector<std::string> sample_lines() {
    std::vector<std::string> lines;
    for (int i = 0; i < 3000; ++i) {
        std::string line = "  \"" + std::to_string(i) + "\": Đống Đa " + std::string(static_cast<std::size_t>(i * 7 % 61), 'x');
        if (i % 500 == 7) line += std::string(20000, 'y');  // longer than a block
        if (i % 3 == 0) line += '\r';
        lines.push_back(line);
    }
    return lines;
}

std::string joined(const std::vector<std::string>& lines) {
    std::string text = "\xEF\xBB\xBF";
    for (const auto& l : lines) text += l + "\n";
    return text + "tail without newline";
}

}  // namespace

TEST(SourceRelease, LinesReadAgainAreTheLinesRead) {
    const std::vector<std::string> lines = sample_lines();
    const TempFile file(joined(lines));
    chiso::SourceSet set;
    const chiso::SourceFile* f = set.load(file.path());
    ASSERT_NE(f, nullptr);
    std::vector<std::string> before;
    for (std::uint32_t l = 1; l <= f->line_count(); ++l) before.emplace_back(f->line_text(l));
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cols;
    for (std::size_t off = 0; off < f->size(); off += 997) cols.push_back(f->line_col(off));
    const std::size_t size = f->size();
    const std::uint32_t count = f->line_count();

    ASSERT_TRUE(set.release_text(*f));
    EXPECT_TRUE(f->text_released());
    EXPECT_TRUE(f->text().empty());
    EXPECT_EQ(f->size(), size);
    EXPECT_EQ(f->line_count(), count);
    EXPECT_FALSE(set.release_text(*f));  // once
    // Backwards, so that no line is found by the scan of the one before.
    for (std::uint32_t l = count; l >= 1; --l) EXPECT_EQ(f->line_text(l), before[l - 1]) << "line " << l;
    EXPECT_EQ(f->line_text(count + 1), "");
    std::size_t i = 0;
    for (std::size_t off = 0; off < size; off += 997, ++i) EXPECT_EQ(f->line_col(off), cols[i]) << "offset " << off;
    EXPECT_FALSE(f->changed_since_read());

    chiso::Diagnostics diags;
    diags.error(chiso::SourceLoc{f, 2, 9}, kProbe);
    EXPECT_EQ(chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, false}),
              file.path() + ":2:9: error: probe\n    \"1\": Đống Đa xxxxxxx\n          ^\n");
}

TEST(SourceRelease, AChangedFileShowsNoLine) {
    const TempFile file(joined(sample_lines()));
    chiso::SourceSet set;
    const chiso::SourceFile* f = set.load(file.path());
    ASSERT_NE(f, nullptr);
    ASSERT_TRUE(set.release_text(*f));
    file.write("truncated\n");
    EXPECT_EQ(f->line_text(2), "");
    EXPECT_TRUE(f->changed_since_read());
    EXPECT_EQ(f->line_col(100), (std::pair<std::uint32_t, std::uint32_t>{0, 0}));
    chiso::Diagnostics diags;
    diags.warning(chiso::SourceLoc{f, 2, 9}, kProbe);
    EXPECT_EQ(chiso::render_all(diags, chiso::RenderOptions{chiso::Lang::En, false}),
              file.path() + ":2: warning: probe\n  (the file has changed since chiso read it: this line cannot be "
                            "shown; results are of the file as read)\n");
}

// Same size, the modification time put back: the blocks' hashes still tell.
TEST(SourceRelease, ASameSizedChangeIsCaughtByTheHash) {
    std::string text = joined(sample_lines());
    const TempFile file(text);
    struct stat info {};
    ASSERT_EQ(::stat(file.path().c_str(), &info), 0);
    chiso::SourceSet set;
    const chiso::SourceFile* f = set.load(file.path());
    ASSERT_NE(f, nullptr);
    ASSERT_TRUE(set.release_text(*f));
    text[text.size() / 2] = text[text.size() / 2] == 'x' ? 'z' : 'x';
    file.write(text);
    const struct timespec times[2] = {info.st_atim, info.st_mtim};
    ASSERT_EQ(::utimensat(AT_FDCWD, file.path().c_str(), times, 0), 0);
    EXPECT_NE(f->line_text(1), "");  // block 0 is unchanged
    EXPECT_FALSE(f->changed_since_read());
    for (std::uint32_t l = 1; l <= f->line_count(); ++l) (void)f->line_text(l);
    EXPECT_TRUE(f->changed_since_read());
}

TEST(SourceRelease, TextsThatAreNotRegularFilesAreKept) {
    chiso::SourceSet set;
    const chiso::SourceFile& given = set.add("a.yaml", "a: 1\n");
    EXPECT_FALSE(set.release_text(given));
    EXPECT_EQ(given.line_text(1), "a: 1");
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ASSERT_EQ(::write(fds[1], "b: 2\n", 5), 5);
    ::close(fds[1]);
    const chiso::SourceFile* piped = set.load("/dev/fd/" + std::to_string(fds[0]));
    ASSERT_NE(piped, nullptr);
    EXPECT_FALSE(set.release_text(*piped));
    EXPECT_EQ(piped->line_text(1), "b: 2");
    ::close(fds[0]);
}
