#include "engine/columns/node_columns.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>

namespace chiso {

NodeColumns::NodeColumns(std::size_t nodes, std::size_t rows, std::int64_t denominator)
    : nodes_(nodes), rows_(rows), denominator_(denominator), columns_(nodes) {
    for (Column& c : columns_) {
        c.points.assign(rows, 0);
        c.max.assign(rows, 0);
        c.flags.assign(rows, 0);
    }
}

NodeColumns NodeColumns::all_exact(std::size_t nodes, std::size_t rows) {
    NodeColumns c;
    c.nodes_ = nodes;
    c.rows_ = rows;
    c.exact_index_.assign(rows, kFixed);
    c.exact_.reserve(rows);
    return c;
}

NodeColumns NodeColumns::concatenate(std::vector<NodeColumns>& parts) {
    if (parts.size() == 1) return std::move(parts[0]);
    NodeColumns c;
    if (parts.empty()) return c;
    c.nodes_ = parts[0].nodes_;
    c.denominator_ = parts[0].denominator_;
    bool fixed = false, row_denominators = false, exact = false;
    for (const NodeColumns& p : parts) {
        if (p.nodes_ != c.nodes_ || p.denominator_ != c.denominator_)
            throw std::logic_error("NodeColumns::concatenate: parts of different shapes");
        c.rows_ += p.rows_;
        fixed = fixed || !p.columns_.empty();
        row_denominators = row_denominators || !p.row_denominator_.empty();
        exact = exact || !p.exact_index_.empty();
    }
    // Node by node: a node's column is allocated whole, filled from every part, and the
    // parts' columns of that node freed at once (peak: the block's columns and one node's).
    if (fixed) {
        c.columns_.resize(c.nodes_);
        for (std::size_t n = 0; n < c.nodes_; ++n) {
            Column& to = c.columns_[n];
            to.points.resize(c.rows_);
            to.max.resize(c.rows_);
            to.flags.resize(c.rows_);
            std::size_t offset = 0;
            for (NodeColumns& p : parts) {
                if (!p.columns_.empty()) {
                    Column& from = p.columns_[n];
                    std::copy_n(from.points.data(), p.rows_, to.points.data() + offset);
                    std::copy_n(from.max.data(), p.rows_, to.max.data() + offset);
                    std::copy_n(from.flags.data(), p.rows_, to.flags.data() + offset);
                    from = Column();
                }
                offset += p.rows_;
            }
        }
    }
    if (row_denominators) c.row_denominator_.assign(c.rows_, 0);
    if (exact) c.exact_index_.assign(c.rows_, kFixed);
    std::size_t offset = 0;
    for (NodeColumns& p : parts) {
        if (fixed && p.columns_.empty() && !p.exact_index_.empty()) {
            for (std::size_t row = 0; row < p.rows_; ++row)
                if (p.exact_index_[row] == kFixed) throw std::logic_error("NodeColumns::concatenate: row not set");
        }
        for (std::size_t row = 0; row < p.row_denominator_.size(); ++row)
            c.row_denominator_[offset + row] = p.row_denominator_[row];
        for (std::size_t row = 0; row < p.exact_index_.size(); ++row) {
            if (p.exact_index_[row] == kFixed) continue;
            c.exact_index_[offset + row] = static_cast<std::uint32_t>(c.exact_.size());
            c.exact_.push_back(std::move(p.exact_[p.exact_index_[row]]));
        }
        for (AssessedCell& cell : p.assessed_)
            c.assessed_.push_back(AssessedCell{cell.row + offset, cell.node, std::move(cell.value)});
        offset += p.rows_;
        p = NodeColumns();
    }
    return c;
}

void NodeColumns::set_exact(std::size_t row, std::vector<NodeValue> values) {
    set_exact(row, PackedRow(std::move(values)));
}

void NodeColumns::set_exact(std::size_t row, PackedRow values) {
    if (row >= rows_ || values.size() != nodes_) throw std::logic_error("NodeColumns::set_exact: wrong row or width");
    if (exact_index_.size() < rows_) exact_index_.resize(rows_, kFixed);
    if (exact_index_[row] == kFixed) {
        exact_index_[row] = static_cast<std::uint32_t>(exact_.size());
        exact_.push_back(std::move(values));
    } else {
        exact_[exact_index_[row]] = std::move(values);
    }
}

void NodeColumns::require_fixed(std::size_t row) const {
    if (row >= rows_ || columns_.empty()) throw std::logic_error("NodeColumns: row not set");
}

void NodeColumns::set_row_denominator(std::size_t row, std::int64_t denominator) {
    if (row_denominator_.size() < rows_) row_denominator_.resize(rows_, 0);
    row_denominator_[row] = denominator;
}

NodeValue NodeColumns::at(std::size_t row, NodeId n) const {
    if (is_exact(row)) return exact_[exact_index_[row]].at(n);
    require_fixed(row);
    const Column& column = columns_[n];
    const std::uint8_t f = column.flags[row];
    NodeValue v;
    v.source = NodeFlags::source(f);
    const std::int64_t d = row_denominator(row);
    v.points = Rational(column.points[row], d);
    v.max = Rational(column.max[row], d);
    v.evaluated = (f & NodeFlags::kEvaluated) != 0;
    v.not_applicable = (f & NodeFlags::kNotApplicable) != 0;
    v.capped = (f & NodeFlags::kCapped) != 0;
    return v;
}

Rational NodeColumns::points(std::size_t row, NodeId n) const {
    if (is_exact(row)) return exact_[exact_index_[row]].points(n);
    require_fixed(row);
    return Rational(columns_[n].points[row], row_denominator(row));
}

void NodeColumns::set_assessed(std::size_t row, NodeId n, Assessed assessed) {
    // An out-of-order call would make lookups miss silently: refuse it loudly.
    if (!assessed_.empty() && (assessed_.back().row > row || (assessed_.back().row == row && assessed_.back().node >= n)))
        throw std::logic_error("NodeColumns::set_assessed: cells out of order");
    assessed_.push_back(AssessedCell{row, n, std::move(assessed)});
}

const Assessed* NodeColumns::assessed(std::size_t row, NodeId n) const {
    auto it = std::lower_bound(assessed_.begin(), assessed_.end(), std::pair(row, n), [](const AssessedCell& c, const auto& key) {
        return c.row != key.first ? c.row < key.first : c.node < key.second;
    });
    return it != assessed_.end() && it->row == row && it->node == n ? &it->value : nullptr;
}

}  // namespace chiso
