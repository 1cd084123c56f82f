// The workbook on disk: the same bytes for the same sheets (no time stamp of the
// day), a real zip package, nothing created where it cannot be written. Writing it
// whole or not at all is the CLI's output mechanism's (tests/unit/cli).
#include "engine/report/xlsx/xlsx_writer.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "engine/report/report.hpp"
#include "report_fixture.hpp"

namespace chiso {
namespace {

namespace fs = std::filesystem;
using namespace report::xlsx;

std::string bytes_of(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

class XlsxWriter : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("chiso-xlsx-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
                                            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    fs::path dir_;
};

TEST_F(XlsxWriter, SameResultsSameBytes) {
    auto f = testing::make_report_fixture();
    std::string error;
    ASSERT_TRUE(write_xlsx(f->results, ReportOptions{}, (dir_ / "a.xlsx").string(), error)) << error;
    ASSERT_TRUE(write_xlsx(f->results, ReportOptions{}, (dir_ / "b.xlsx").string(), error)) << error;
    const std::string a = bytes_of(dir_ / "a.xlsx");
    EXPECT_EQ(a.substr(0, 2), "PK");  // a zip package
    EXPECT_EQ(a, bytes_of(dir_ / "b.xlsx"));
    EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 2);  // no temporary left
}

TEST_F(XlsxWriter, AFailedWriteLeavesNothing) {
    auto f = testing::make_report_fixture();
    std::string error;
    EXPECT_FALSE(write_xlsx(f->results, ReportOptions{}, (dir_ / "missing" / "kq.xlsx").string(), error));
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(fs::exists(dir_ / "missing"));
}

TEST_F(XlsxWriter, AnExistingFileIsReplacedWhole) {
    auto f = testing::make_report_fixture();
    const fs::path target = dir_ / "kq.xlsx";
    std::ofstream(target) << "old";
    std::string error;
    ASSERT_TRUE(write_xlsx(f->results, ReportOptions{}, target.string(), error)) << error;
    EXPECT_EQ(bytes_of(target).substr(0, 2), "PK");
}

TEST(XlsxCreationTime, FirstOfJanuaryAfterTheYear) {
    EXPECT_EQ(creation_time(2019), 1577836800);  // 2020-01-01T00:00:00Z
    EXPECT_EQ(creation_time(0), 315532800);      // 1980-01-01: no year declared
}

}  // namespace
}  // namespace chiso
