#include "engine/core/normalise.hpp"

#include <gtest/gtest.h>

namespace chiso {
namespace {

TEST(Normalise, VietnameseCapitalsFoldWithoutTurkishRules) {
    EXPECT_EQ(text_key("KỶ LUẬT"), "kỷ luật");
    EXPECT_EQ(text_key("Ỷ Ậ Đ"), "ỷ ậ đ");
    EXPECT_EQ(text_key("ĐỐNG ĐA"), "đống đa");
    EXPECT_EQ(text_key("ĂN ƯỚC ƠN ĨA ŨA ỲỸ"), "ăn ước ơn ĩa ũa ỳỹ");
    EXPECT_EQ(text_key("TIN HỌC"), "tin học");  // I folds to i, never to a dotless ı
    EXPECT_EQ(text_key("×"), "×");               // not a letter
}

TEST(Normalise, DecomposedInputEqualsComposed) {
    // "kỷ luật" typed on a Mac: y + hook above, u + dot below + circumflex.
    const std::string nfd = "k" "y\xCC\x89" " lu" "a\xCC\xA3\xCC\x82" "t";
    EXPECT_NE(nfd, "kỷ luật");
    EXPECT_EQ(text_key(nfd), "kỷ luật");
    EXPECT_EQ(tidy_text(nfd), "kỷ luật");
}

TEST(Normalise, UnicodeBlanksAreTrimmedAndInnerRunsCollapsed) {
    EXPECT_EQ(text_key("so-noi-vu\u00a0"), "so-noi-vu");
    EXPECT_EQ(text_key("\u3000so-noi-vu\u202f"), "so-noi-vu");
    EXPECT_EQ(text_key("1.1\u2007"), "1.1");
    EXPECT_EQ(text_key("\u200b1.1\ufeff"), "1.1");
    EXPECT_EQ(text_key("kỷ\u00a0 \tluật "), "kỷ luật");
    EXPECT_EQ(tidy_text("  Kỷ  Luật\u00a0"), "Kỷ Luật");  // case kept for display
    EXPECT_EQ(text_key("   "), "");
}

TEST(Normalise, PlainAsciiFastPathAgreesWithIcu) {
    EXPECT_EQ(text_key("So-Noi-Vu"), "so-noi-vu");
    EXPECT_EQ(text_key("so  noi"), "so noi");
    EXPECT_EQ(text_key(" na"), "na");
    EXPECT_EQ(tidy_text("ngo-quyen"), "ngo-quyen");
}

TEST(Normalise, KeywordsCountUnderscoreAsBlank) {
    EXPECT_EQ(keyword_key("  Tự_chấm "), "tự chấm");
    EXPECT_EQ(keyword_key("THẨM  ĐỊNH"), "thẩm định");
    EXPECT_EQ(keyword_key("không\táp_dụng"), "không áp dụng");
    EXPECT_EQ(text_key("tự_chấm"), "tự_chấm");  // ids and codes keep their '_'
}

TEST(Normalise, AccentFreeKeyForSuggestionsOnly) {
    EXPECT_EQ(accent_free_key("Kỷ Luật"), "ky luat");
    EXPECT_EQ(accent_free_key("Quận Đồ Sơn"), "quan do son");
    EXPECT_NE(text_key("quan"), text_key("quận"));  // different keys: never merged silently
}

TEST(Normalise, ReservedWords) {
    EXPECT_EQ(reserved_word("Không áp dụng"), ReservedWord::NotApplicable);
    EXPECT_EQ(reserved_word("NA"), ReservedWord::NotApplicable);
    EXPECT_EQ(reserved_word("n/a\u00a0"), ReservedWord::NotApplicable);
    EXPECT_EQ(reserved_word("CÓ"), ReservedWord::Yes);
    EXPECT_EQ(reserved_word("khong"), ReservedWord::No);
    EXPECT_EQ(reserved_word("tốt"), ReservedWord::None);
    EXPECT_EQ(reserved_word("xuất sắc"), ReservedWord::None);
    EXPECT_EQ(reserved_word("co\u0301"), ReservedWord::Yes);  // decomposed "có"
    EXPECT_EQ(reserved_word("\u00a0KHÔNG_ÁP  DỤNG"), ReservedWord::NotApplicable);
    EXPECT_EQ(reserved_word("Không hoàn thành"), ReservedWord::None);
}

TEST(Normalise, ShowBlanksNamesInvisibleCharacters) {
    EXPECT_EQ(show_blanks("so-noi-vu\u00a0"), "so-noi-vu[U+00A0]");
    EXPECT_EQ(show_blanks("a\tb c\u3000"), "a[U+0009]b c[U+3000]");
    EXPECT_EQ(show_blanks("Kỷ luật"), "Kỷ luật");
}

}  // namespace
}  // namespace chiso
