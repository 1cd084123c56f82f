#pragma once
// A copyable owning box: the one way the syntax tree holds a recursive child
// (an expression's operands, a condition's parts). It owns its value like a
// unique_ptr, but copying a Box copies the value it holds, so every ast:: type
// is copyable with `= default` and a copied tree shares nothing with the original
// (the merge of `extends` copies parts of the parent file with plain copies).
// Empty is a state of its own (`otherwise` has no condition), as with a pointer.
#include <memory>
#include <utility>

namespace chiso::ast {

template <class T>
class Box {
public:
    Box() = default;
    Box(std::nullptr_t) {}
    explicit Box(T value) : p_(std::make_unique<T>(std::move(value))) {}
    Box(const Box& o) : p_(o.p_ ? std::make_unique<T>(*o.p_) : nullptr) {}
    Box(Box&&) noexcept = default;
    Box& operator=(const Box& o) {
        if (this != &o) p_ = o.p_ ? std::make_unique<T>(*o.p_) : nullptr;
        return *this;
    }
    Box& operator=(Box&&) noexcept = default;
    ~Box() = default;

    explicit operator bool() const { return p_ != nullptr; }
    T& operator*() { return *p_; }
    const T& operator*() const { return *p_; }
    T* operator->() { return p_.get(); }
    const T* operator->() const { return p_.get(); }
    const T* get() const { return p_.get(); }
    friend bool operator==(const Box& b, std::nullptr_t) { return !b.p_; }

private:
    std::unique_ptr<T> p_;
};

// A new box holding a default T (the parser fills it in place).
template <class T>
Box<T> make_box() { return Box<T>(T{}); }

}  // namespace chiso::ast
