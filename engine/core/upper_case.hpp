#pragma once
// Capital letters for titles, as official annexes print them ("KẾT QUẢ CHỈ SỐ
// CẢI CÁCH HÀNH CHÍNH NĂM 2019"): every Vietnamese letter with its marks, which
// byte-wise toupper cannot do.
#include <string>
#include <string_view>

namespace chiso {

// `text` (UTF-8) in capitals by the Vietnamese rules of ICU.
std::string upper_case(std::string_view text);

}  // namespace chiso
