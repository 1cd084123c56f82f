// The answer-sheet reader (engine/input/answer_sheet.cpp): separators, quotes, BOM,
// encodings named, rows refused with their number.
#include <gtest/gtest.h>

#include "engine/input/answer_messages.hpp"
#include "engine/input/answer_sheet.hpp"

namespace chiso {
namespace {

struct Read {
    std::unique_ptr<SourceFile> file;
    Diagnostics diags;
    std::optional<AnswerTable> table;
};

std::unique_ptr<Read> read(std::string text, char separator = 0) {
    auto r = std::make_unique<Read>();
    r->file = std::make_unique<SourceFile>("phieu.csv", std::move(text));
    r->table = read_answer_sheet(*r->file, AnswerReadOptions{separator}, r->diags);
    return r;
}

const char* first_id(const Diagnostics& d) { return d.items().empty() ? "" : d.items().front().message->id; }

TEST(AnswerSheet, CommaWithBomQuotesAndLineBreaks) {
    auto r = read("\xEF\xBB\xBFma,don_vi,ghi_chu\r\nP1,Sở Nội vụ,\"Nhanh, \"\"gọn\"\"\r\nvà rõ\"\r\n\r\nP2,x,\r\n");
    ASSERT_TRUE(r->table) << first_id(r->diags);
    EXPECT_FALSE(r->diags.has_errors());
    EXPECT_EQ(r->table->separator(), ',');
    ASSERT_EQ(r->table->rows(), 2u);
    EXPECT_EQ(r->table->columns()[0], "ma");  // the BOM is not part of the first name
    EXPECT_EQ(r->table->cell(0, 2), "Nhanh, \"gọn\"\r\nvà rõ");
    EXPECT_EQ(r->table->cell(1, 2), "");
    EXPECT_EQ(r->table->row_number(1), 3u);  // a record with a line break inside counts once
    EXPECT_EQ(r->table->loc(1, 0).line, 5u);  // but its position is the file's line
    EXPECT_EQ(r->table->column("DON_VI"), 1);
}

TEST(AnswerSheet, SemicolonDetectedOrDeclared) {
    auto r = read("ma;don_vi;cau_1\nP1;A, B;4\n");
    ASSERT_TRUE(r->table);
    EXPECT_EQ(r->table->separator(), ';');
    EXPECT_EQ(r->table->cell(0, 1), "A, B");
    auto t = read("ma\tcau\nP1\t4\n");
    ASSERT_TRUE(t->table);
    EXPECT_EQ(t->table->separator(), '\t');
    auto d = read("a,b;c\n1,2;3\n", ';');
    ASSERT_TRUE(d->table);
    EXPECT_EQ(d->table->width(), 2u);
}

TEST(AnswerSheet, RaggedRowsAreEachRefused) {
    auto r = read("ma,cau_1\nP1,4\nP2\nP3,4,5\nP4,3\n");
    ASSERT_TRUE(r->table);
    ASSERT_EQ(r->diags.error_count(), 2u);
    EXPECT_STREQ(first_id(r->diags), msg::answers::kRaggedRow.id);
    EXPECT_EQ(r->table->rows(), 2u);
    EXPECT_EQ(r->table->cell(1, 0), "P4");
}

TEST(AnswerSheet, QuotesRefused) {
    auto r = read("ma,ghi_chu\nP1,\"never closed\nP2,x\n");
    EXPECT_FALSE(r->table);
    EXPECT_STREQ(first_id(r->diags), msg::answers::kUnclosedQuote.id);
    auto s = read("ma,ghi_chu\nP1,a \"b\"\n");
    EXPECT_STREQ(first_id(s->diags), msg::answers::kStrayQuote.id);
}

TEST(AnswerSheet, EncodingsNamed) {
    EXPECT_STREQ(first_id(read(std::string("\xFF\xFEm\0a\0", 6))->diags), msg::answers::kUtf16.id);
    EXPECT_STREQ(first_id(read("ma,don_vi\nP1,S\xF5\xD2 N\xF4\xF2i\n")->diags), msg::answers::kWindows1258.id);
    EXPECT_STREQ(first_id(read("ma,x\nP1,\x80\x81\n")->diags), msg::answers::kInvalidUtf8.id);
    EXPECT_STREQ(first_id(read("\n\r\n")->diags), msg::answers::kEmpty.id);
    EXPECT_STREQ(first_id(read("cau_1,Cau_1\n1,2\n")->diags), msg::answers::kDuplicateColumn.id);
}

}  // namespace
}  // namespace chiso
