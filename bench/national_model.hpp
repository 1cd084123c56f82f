#pragma once
// The synthetic national-size criteria the benchmarks run on, described once as
// data: the .chiso text, the score generator and the pandas reference's rule table
// are all written from this description, so the three cannot drift apart.
//
// Shape (like the national PAR Index for provinces): 8 areas, 40 criteria, 96
// scored sub-criteria plus a bonus and a deduction; every rule kind; area 5 may be
// "không áp dụng" (excluded from the denominator); area 3 is a weighted composite;
// area 8 is the survey part; two ladders, one with an override and a rank condition.
#include <string>
#include <vector>

namespace chiso::bench {

enum class LeafKind { YesNo, Levels, Proportional, Bands, Deduct, Formula, BandsOf, Rate, Answers };

struct Leaf {
    std::string code;
    std::string area;
    LeafKind kind = LeafKind::YesNo;
    int max_quarters = 4;  // maximum in quarter points: exact and easy to print
};

struct Criterion {
    std::string code;
    int weight_percent = 0;  // in the weighted area
    int max_quarters = 0;
    std::vector<Leaf> leaves;
};

struct Area {
    std::string code;
    std::string title;
    bool weighted = false;
    bool optional = false;
    bool survey = false;
    int max_quarters = 0;
    std::vector<Criterion> criteria;  // survey area: criteria are leaves themselves
};

struct NationalModel {
    std::vector<Area> areas;
    int root_max_quarters = 0;
    int bonus_cap = 2;
    int deduction_cap = 3;
};

NationalModel national_model();

// Every scored leaf in tree order (bonus and deduction not included).
std::vector<Leaf> scored_leaves(const NationalModel& model);

// The .chiso text for `year` with `blocks` blocks b1..bN sharing one tree.
std::string criteria_text(const NationalModel& model, int year, int blocks);

// "1/4" quarters as a decimal: 5 -> "1.25".
std::string quarters_text(int quarters);

}  // namespace chiso::bench
