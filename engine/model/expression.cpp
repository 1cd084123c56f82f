#include "engine/model/expression.hpp"

namespace chiso {

const char* op_text(ExprDef::Op op) {
    switch (op) {
        case ExprDef::Op::Constant: return "const";
        case ExprDef::Op::Input: return "input";
        case ExprDef::Op::NodeMax: return "max";
        case ExprDef::Op::Neg: return "neg";
        case ExprDef::Op::Add: return "+";
        case ExprDef::Op::Sub: return "-";
        case ExprDef::Op::Mul: return "*";
        case ExprDef::Op::Div: return "/";
        case ExprDef::Op::Min2: return "min";
        case ExprDef::Op::Max2: return "max2";
    }
    return "?";
}

}  // namespace chiso
