// The driver follows `extends`: paths relative to the extending file, cycles and
// missing parents reported at the `extends` line, the parent's own problems at its
// positions; and a patch applied to a file (`load_criteria_with_patch`).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "engine/driver/driver.hpp"

namespace chiso {
namespace {

namespace fs = std::filesystem;

const char* kBase = R"(index par "PAR"
locality vn "Mẫu"
year 2022
block so "Sở" tree so
tree so "Cấp sở" max 10 {
  area 1 "Một" max 6
  area 2 "Hai" max 4
}
ladder xep_loai "Xếp loại" {
  "Tốt" when index >= 80
  "Khá" when index < 80
}
)";

class Chain : public ::testing::Test {
protected:
    Chain() {
        root_ = fs::temp_directory_path() / ("chiso-inherit-" + std::to_string(::getpid()) + "-" +
                                             ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::remove_all(root_);
        fs::create_directories(root_ / "vn");
        fs::create_directories(root_ / "ht");
    }
    ~Chain() override { fs::remove_all(root_); }

    std::string write(const std::string& relative, const std::string& text) {
        std::ofstream(root_ / relative) << text;
        return (root_ / relative).string();
    }
    std::string messages() const {
        Diagnostics sorted = diags_;
        sorted.sort_by_position();
        std::string text = render_all(sorted, RenderOptions{Lang::En, true});
        // Paths without the temporary folder.
        for (std::size_t at; (at = text.find(root_.string() + "/")) != std::string::npos;)
            text.erase(at, root_.string().size() + 1);
        return text;
    }

    fs::path root_;
    SourceSet sources_;
    Diagnostics diags_;
};

TEST_F(Chain, FollowsRelativePathsOldestFirst) {
    write("vn/par.chiso", kBase);
    write("ht/par-2023.chiso", "extends \"../vn/par.chiso\"\nlocality hatinh \"Hà Tĩnh\"\nyear 2023\n"
                               "edit tree so { change 1 max 5  change 2 max 5 }\n");
    const std::string path = write("ht/par-2024.chiso", "extends \"par-2023.chiso\"\nyear 2024\n"
                                                       "edit ladder xep_loai { \"Tốt\" when index >= 85  \"Khá\" when index < 85 }\n");
    auto effective = load_effective_criteria(sources_, path, diags_);
    ASSERT_TRUE(effective) << messages();
    ASSERT_EQ(effective->chain.size(), 3u);
    EXPECT_EQ(effective->chain[0], path);
    EXPECT_EQ(effective->chain[1], (root_ / "ht/par-2023.chiso").string());
    EXPECT_EQ(effective->chain[2], (root_ / "vn/par.chiso").string());
    EXPECT_EQ(effective->file->year->value, Rational(2024));
    EXPECT_EQ(effective->file->locality_id->text, "hatinh");
    EXPECT_EQ(effective->file->trees[0].children[0].max->value, Rational(5));
    auto compiled = load_criteria(sources_, path, diags_);
    ASSERT_TRUE(compiled) << messages();
    EXPECT_EQ(compiled->definition->year, 2024);
    EXPECT_EQ(compiled->definition->source->path(), path);
}

TEST_F(Chain, ACycleIsReportedAtTheExtendsLineWithTheChain) {
    const std::string a = write("ht/a.chiso", "extends \"b.chiso\"\n");
    write("ht/b.chiso", "# b\nextends \"../ht/a.chiso\"\n");
    EXPECT_FALSE(load_criteria(sources_, a, diags_));
    EXPECT_EQ(messages(),
              "ht/b.chiso:2:1: error: the files extend each other in a circle: ht/a.chiso → ht/b.chiso → ht/a.chiso; "
              "remove the `extends` of one of them [inherit.cycle]\n"
              "  extends \"../ht/a.chiso\"\n  ^\n");
}

TEST_F(Chain, AFileCannotExtendItself) {
    const std::string a = write("ht/a.chiso", "extends \"./a.chiso\"\n");
    EXPECT_FALSE(load_criteria(sources_, a, diags_));
    EXPECT_EQ(messages(),
              "ht/a.chiso:1:1: error: the files extend each other in a circle: ht/a.chiso → ht/a.chiso; remove the "
              "`extends` of one of them [inherit.cycle]\n"
              "  extends \"./a.chiso\"\n  ^\n");
}

TEST_F(Chain, AMissingParentIsReportedAtTheExtendsLine) {
    const std::string a = write("ht/a.chiso", "\nextends \"../vn/khong-co.chiso\"\n");
    EXPECT_FALSE(load_criteria(sources_, a, diags_));
    EXPECT_EQ(messages(),
              "ht/a.chiso:2:1: error: cannot read file `../vn/khong-co.chiso` (the path is relative to this file's "
              "folder, i.e. `vn/khong-co.chiso`) [inherit.cannot-read-parent]\n"
              "  extends \"../vn/khong-co.chiso\"\n  ^\n");
}

TEST_F(Chain, ParentProblemsAreReportedInTheParent) {
    write("vn/par.chiso", std::string(kBase) + "tree so \"Lặp\" max 1\n");
    const std::string child = write("ht/a.chiso", "extends \"../vn/par.chiso\"\nyear 2023\n");
    EXPECT_FALSE(load_criteria(sources_, child, diags_));
    EXPECT_NE(messages().find("vn/par.chiso:13:6: error: `tree so` is declared twice: first on line 5 [resolve.duplicate-id]"),
              std::string::npos)
        << messages();
}

TEST_F(Chain, AChainAtTheLimitIsFollowedAndOneFileMoreIsRefused) {
    write("ht/c0.chiso", kBase);
    const auto last = [&](std::size_t files) {
        for (std::size_t i = 1; i < files; ++i)
            write("ht/c" + std::to_string(i) + ".chiso", "extends \"c" + std::to_string(i - 1) + ".chiso\"\n");
        return (root_ / ("ht/c" + std::to_string(files - 1) + ".chiso")).string();
    };
    auto at_limit = load_effective_criteria(sources_, last(kMaxExtendsChain), diags_);
    ASSERT_TRUE(at_limit) << messages();
    EXPECT_EQ(at_limit->chain.size(), kMaxExtendsChain);
    // 3,000 files: refused at the 32nd file's `extends`, without reading further (no recursion).
    EXPECT_FALSE(load_effective_criteria(sources_, last(3000), diags_));
    EXPECT_EQ(messages(),
              "ht/c2968.chiso:1:1: error: the `extends` chain is longer than 32 files: `ht/c2967.chiso` would be file "
              "33; merge some of the files in between [driver.extends-too-long]\n"
              "  extends \"c2967.chiso\"\n  ^\n");
}

TEST_F(Chain, OnlyCriteriaFilesAreReadAndNothingElseIsEchoed) {
    write("ht/mat-khau.txt", "root:BI-MAT:19000\n");
    fs::create_symlink("mat-khau.txt", root_ / "ht/lien-ket.chiso");
    write("ht/nhi-phan.chiso", std::string("BI-MAT\0", 7));
    const std::string a = write("ht/a.chiso", "extends \"mat-khau.txt\"\n");
    const std::string b = write("ht/b.chiso", "extends \"lien-ket.chiso\"\n");
    const std::string c = write("ht/c.chiso", "extends \"nhi-phan.chiso\"\n");
    for (const auto& path : {a, b, c}) EXPECT_FALSE(load_criteria(sources_, path, diags_));
    EXPECT_FALSE(load_criteria(sources_, (root_ / "ht/mat-khau.txt").string(), diags_));
    const std::string text = messages();
    EXPECT_EQ(text.find("BI-MAT"), std::string::npos) << text;
    for (const char* id : {"driver.not-criteria-name", "driver.not-criteria-link", "driver.not-criteria-text"})
        EXPECT_NE(text.find(id), std::string::npos) << id << "\n" << text;
}

TEST_F(Chain, APatchIsAChildOfTheFile) {
    const std::string base = write("vn/par.chiso", kBase);
    auto patched = load_criteria_with_patch(sources_, base, "case.yaml (patch)",
                                            "edit ladder xep_loai { \"Tốt\" when index >= 85  \"Khá\" when index < 85 }\n",
                                            diags_);
    ASSERT_TRUE(patched) << messages();
    EXPECT_EQ(patched->definition->ladders[0].sections[0].rungs[0].when->chain[0].rhs.number, Rational(85));

    Diagnostics& d = diags_;
    auto wrong = load_criteria_with_patch(sources_, base, "case.yaml (patch)", "\nedit ladder xep_loai { \"Tôt\" when index >= 85 }\n", d);
    EXPECT_FALSE(wrong);
    EXPECT_EQ(messages(),
              "case.yaml (patch):2:24: error: ladder `xep_loai` has no rung \"Tôt\"; its rungs are: \"Tốt\", \"Khá\" "
              "(did you mean `Tốt`?) [inherit.unknown-rung]\n"
              "  edit ladder xep_loai { \"Tôt\" when index >= 85 }\n                         ^\n");
}

TEST_F(Chain, APatchCannotHaveItsOwnExtends) {
    const std::string base = write("vn/par.chiso", kBase);
    EXPECT_FALSE(load_criteria_with_patch(sources_, base, "patch", "extends \"x.chiso\"\n", diags_));
    EXPECT_EQ(messages(),
              "patch:1:1: error: a patch cannot have `extends`: it always applies to `vn/par.chiso` "
              "[inherit.patch-extends]\n  extends \"x.chiso\"\n  ^\n");
}

TEST_F(Chain, CompileCriteriaDoesNotFollowExtends) {
    const SourceFile& file = sources_.add("mem.chiso", "extends \"a.chiso\"\n");
    EXPECT_FALSE(compile_criteria(file, diags_));
    EXPECT_NE(messages().find("[inherit.cannot-read-parent]"), std::string::npos);
}

}  // namespace
}  // namespace chiso
