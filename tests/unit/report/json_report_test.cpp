#include "engine/report/report.hpp"

#include <gtest/gtest.h>

#include "report_fixture.hpp"

namespace chiso {
namespace {

const char* const kJson = R"golden({
  "index": "par",
  "index_name": "Chỉ số cải cách hành chính",
  "locality": "hp",
  "locality_name": "Hải Phòng",
  "year": 2024,
  "publish": "percent",
  "bases": [
    {
      "number": "1091/QĐ-UBND",
      "date": "2024-05-10",
      "title": "Ban hành Bộ chỉ số CCHC"
    },
    {
      "number": "25/KH-UBND",
      "date": null,
      "title": null
    }
  ],
  "blocks": [
    {
      "id": "so",
      "name": "Sở, ban, ngành",
      "stats": {
        "count": 3,
        "mean": 84.45,
        "min": 70.0,
        "max": 91.67,
        "classes": {
          "xep_loai": {
            "Tốt": {
              "count": 2,
              "share": 0.6667
            },
            "Khá": {
              "count": 0,
              "share": 0.0
            },
            "Trung bình": {
              "count": 1,
              "share": 0.3333
            }
          }
        },
        "counted": {
          "tren_80": {
            "label": "Đạt từ 80% trở lên",
            "count": 2,
            "share": 0.6667
          }
        }
      },
      "units": [
        {
          "id": "sgddt",
          "name": "Sở Giáo dục và Đào tạo",
          "points": 5.5,
          "max": 6.0,
          "index": 91.67,
          "points_exact": 5.5,
          "max_exact": 6.0,
          "index_exact": 91.666667,
          "rank": 1,
          "classes": {
            "xep_loai": "Tốt"
          },
          "nodes": {
            "1": {
              "points": 2.0,
              "max": 2.0,
              "points_exact": 2.0,
              "max_exact": 2.0
            },
            "1.1": {
              "points": 2.0,
              "max": 2.0,
              "points_exact": 2.0,
              "max_exact": 2.0
            },
            "1.2": {
              "points": 0.0,
              "max": 0.0,
              "points_exact": 0.0,
              "max_exact": 0.0,
              "not_applicable": true
            },
            "2": {
              "points": 3.5,
              "max": 4.0,
              "points_exact": 3.5,
              "max_exact": 4.0
            }
          }
        },
        {
          "id": "stp",
          "name": "Sở Tư pháp",
          "points": 5.5,
          "max": 6.0,
          "index": 91.67,
          "points_exact": 5.5,
          "max_exact": 6.0,
          "index_exact": 91.666667,
          "rank": 1,
          "classes": {
            "xep_loai": "Tốt"
          },
          "nodes": {
            "1": {
              "points": 2.0,
              "max": 2.0,
              "points_exact": 2.0,
              "max_exact": 2.0
            },
            "1.1": {
              "points": 2.0,
              "max": 2.0,
              "points_exact": 2.0,
              "max_exact": 2.0
            },
            "1.2": {
              "points": 0.0,
              "max": 0.0,
              "points_exact": 0.0,
              "max_exact": 0.0,
              "not_applicable": true
            },
            "2": {
              "points": 3.5,
              "max": 4.0,
              "points_exact": 3.5,
              "max_exact": 4.0
            }
          }
        },
        {
          "id": "snv",
          "name": "Sở Nội vụ",
          "points": 7.0,
          "max": 10.0,
          "index": 70.0,
          "points_exact": 7.0,
          "max_exact": 10.0,
          "index_exact": 70.0,
          "rank": 3,
          "classes": {
            "xep_loai": "Trung bình"
          },
          "nodes": {
            "1": {
              "points": 3.0,
              "max": 6.0,
              "points_exact": 3.0,
              "max_exact": 6.0
            },
            "1.1": {
              "points": 0.0,
              "max": 2.0,
              "points_exact": 0.0,
              "max_exact": 2.0
            },
            "1.2": {
              "points": 3.0,
              "max": 4.0,
              "points_exact": 3.0,
              "max_exact": 4.0,
              "self": 3.5,
              "appraised": 3.0
            },
            "2": {
              "points": 4.0,
              "max": 4.0,
              "points_exact": 4.0,
              "max_exact": 4.0
            }
          }
        }
      ]
    },
    {
      "id": "huyen",
      "name": "UBND cấp huyện",
      "stats": {
        "count": 1,
        "mean": 90.0,
        "min": 90.0,
        "max": 90.0,
        "classes": {
          "xep_loai": {
            "Tốt": {
              "count": 1,
              "share": 1.0
            },
            "Khá": {
              "count": 0,
              "share": 0.0
            },
            "Trung bình": {
              "count": 0,
              "share": 0.0
            }
          }
        },
        "counted": {
          "tren_80": {
            "label": "Đạt từ 80% trở lên",
            "count": 1,
            "share": 1.0
          }
        }
      },
      "units": [
        {
          "id": "thuynguyen",
          "name": "Huyện Thủy Nguyên, \"mới\"",
          "group": "loai1",
          "points": 9.0,
          "max": 10.0,
          "index": 90.0,
          "points_exact": 9.0,
          "max_exact": 10.0,
          "index_exact": 90.0,
          "rank": 1,
          "classes": {
            "xep_loai": "Tốt"
          },
          "nodes": {
            "1": {
              "points": 5.0,
              "max": 6.0,
              "points_exact": 5.0,
              "max_exact": 6.0
            },
            "2": {
              "points": 4.0,
              "max": 4.0,
              "points_exact": 4.0,
              "max_exact": 4.0
            }
          }
        }
      ]
    }
  ]
}
)golden";

class JsonReport : public ::testing::Test {
protected:
    std::unique_ptr<testing::ReportFixture> f = testing::make_report_fixture();
    std::string render(Lang lang) const { return render_results(f->results, {Format::Json, lang}); }
};

TEST_F(JsonReport, Golden) { EXPECT_EQ(render(Lang::Vi), kJson); }

TEST_F(JsonReport, LanguageNeutral) { EXPECT_EQ(render(Lang::En), kJson); }

TEST_F(JsonReport, EmptyClassesIsAnObject) {
    f->results.blocks[1].units[0].classes.clear();
    EXPECT_NE(render(Lang::Vi).find("\"rank\": 1,\n          \"classes\": {},\n"), std::string::npos);
}

TEST_F(JsonReport, PublishPoints) {
    f->definition.publish = Publish::Points;
    EXPECT_NE(render(Lang::Vi).find("\"publish\": \"points\",\n"), std::string::npos);
}

}  // namespace
}  // namespace chiso
