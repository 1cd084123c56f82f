// Hải Phòng PAR Index 2019 (QĐ 1091/QĐ-UBND, 06/05/2020): the published figures
// of ../shared/domain.md §5, reproduced from the bundled criteria and example.
#include <gtest/gtest.h>

#include "engine_fixture.hpp"

namespace {

class HaiPhong2019 : public ::testing::Test {
protected:
    void SetUp() override {
        run_ = chiso::testing::run_files("criteria/haiphong/par-2019.chiso", "examples/haiphong/par-2019.yaml");
        ASSERT_TRUE(run_->results) << run_->messages();
    }
    const chiso::BlockResult& block(const std::string& id) const { return run_->block(id); }
    const chiso::UnitResult& unit(const std::string& id) const { return run_->unit(id); }

    std::unique_ptr<chiso::testing::Run> run_;
};

}  // namespace

TEST_F(HaiPhong2019, DistrictsInPublishedOrder) {
    const std::vector<std::pair<std::string, std::string>> published = {
        {"ngo-quyen", "91.93"}, {"hong-bang", "91.89"}, {"le-chan", "89.92"},    {"kien-thuy", "89.24"},
        {"an-lao", "89.19"},    {"tien-lang", "88.36"}, {"an-duong", "87.09"},   {"thuy-nguyen", "83.19"},
        {"kien-an", "83.13"},   {"hai-an", "82.07"},    {"duong-kinh", "82.06"}, {"do-son", "82.00"},
        {"vinh-bao", "81.98"},  {"cat-hai", "81.78"},   {"bach-long-vy", "63.90"}};
    const auto& units = block("huyen").units;
    ASSERT_EQ(units.size(), published.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        EXPECT_EQ(units[i].id, published[i].first);
        EXPECT_EQ(units[i].rank, static_cast<int>(i + 1));
        EXPECT_EQ(units[i].published.to_fixed(2), published[i].second);
    }
}

TEST_F(HaiPhong2019, FourteenOfFifteenDistrictsAbove80) {
    const auto& counted = block("huyen").stats.counted;
    ASSERT_EQ(run_->results->definition->stats.at(1).id, "tren_80");  // counted is parallel to the statistics
    EXPECT_EQ(counted.at(1), 14u);
    EXPECT_EQ(block("huyen").stats.count, 15u);
}

TEST_F(HaiPhong2019, DepartmentsWithTheSharedSixthPlace) {
    EXPECT_EQ(unit("thanh-tra").rank, 1);
    EXPECT_EQ(unit("y-te").rank, 2);
    EXPECT_EQ(unit("tt-tt").rank, 3);
    EXPECT_EQ(unit("vp-ubnd").rank, 4);
    EXPECT_EQ(unit("du-lich").rank, 5);
    EXPECT_EQ(unit("kh-dt").rank, 6);  // "đồng hạng 6" with 90.29
    EXPECT_EQ(unit("ngoai-vu").rank, 6);
    EXPECT_EQ(unit("noi-vu").rank, 8);
    EXPECT_EQ(block("so").stats.counted.at(0), 8u);  // 8 departments above 90
}

TEST_F(HaiPhong2019, HeadsRatedExcellentAreTheTopFiveOfEachBlock) {
    const auto rated = [&](const std::string& block_id) {
        std::vector<std::string> ids;
        for (const auto& u : block(block_id).units) {
            auto it = u.classes.find("nguoi_dung_dau");
            if (it != u.classes.end() && it->second == "Hoàn thành xuất sắc nhiệm vụ") ids.push_back(u.id);
        }
        return ids;
    };
    EXPECT_EQ(rated("so"), (std::vector<std::string>{"thanh-tra", "y-te", "tt-tt", "vp-ubnd", "du-lich"}));
    EXPECT_EQ(rated("huyen"), (std::vector<std::string>{"ngo-quyen", "hong-bang", "le-chan", "kien-thuy", "an-lao"}));
}
