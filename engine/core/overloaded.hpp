#pragma once
// `std::visit(overloaded{[](const A&) {…}, [](const B&) {…}}, v)`: one lambda per
// alternative. Written without an `auto` fallback it makes a kind that a phase
// forgot a compile error, which is how every per-rule-kind visit is written.
namespace chiso {

template <class... Fs>
struct overloaded : Fs... {
    using Fs::operator()...;
};
template <class... Fs>
overloaded(Fs...) -> overloaded<Fs...>;

}  // namespace chiso
