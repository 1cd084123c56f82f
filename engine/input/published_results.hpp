#pragma once
// Last year's results as published (docs/years.md): for each unit its block and
// what was made public of its rank, index and classes. Often only the ranks of a
// few units are known (Hải Phòng 2018), so every figure is optional. Produced by
// the results loader (results_loader.cpp); free of any YAML type.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "engine/core/rational.hpp"
#include "engine/core/source.hpp"

namespace chiso {

struct PublishedUnit {
    std::string id;
    std::string name;
    std::string block;
    std::optional<int> rank;
    std::optional<Rational> index;
    std::optional<Rational> points;
    std::map<std::string, std::string> classes;  // ladder id -> label
    SourceLoc loc;
};

struct PublishedResults {
    std::string index;
    std::string locality;
    int year = 0;
    // Partial: only some units were published, so a unit missing here has no
    // known previous result ("chưa có") rather than being new ("mới").
    bool partial = false;
    SourceLoc index_loc, year_loc;
    std::vector<PublishedUnit> units;
    const SourceFile* source = nullptr;
};

}  // namespace chiso
