#pragma once
// Errors and results: readers return a value or an Error, never throw for bad input.

#include <optional>
#include <string>
#include <utility>
#include <variant>

#include "ingest/span.h"

namespace liner::ingest {

/// What went wrong, coarse enough for callers to branch on.
enum class ErrorCode { not_found, io, empty, binary, encoding, syntax, unsupported, usage };

/// A located problem with an input. `to_string()` gives the one-line message
/// `path:line:col: error: message` (line and column only when a span is known).
struct Error {
  ErrorCode code = ErrorCode::io;
  std::string path;
  std::optional<SourceSpan> span;
  std::string message;

  [[nodiscard]] std::string to_string() const;
  bool operator==(const Error&) const = default;
};

/// A value or an Error. Minimal stand-in for C++23 std::expected.
template <class T>
class Result {
 public:
  Result(T value) : v_(std::move(value)) {}          // NOLINT(google-explicit-constructor)
  Result(Error error) : v_(std::move(error)) {}      // NOLINT(google-explicit-constructor)

  [[nodiscard]] bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] T& value() { return std::get<0>(v_); }
  [[nodiscard]] const T& value() const { return std::get<0>(v_); }
  [[nodiscard]] const Error& error() const { return std::get<1>(v_); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() { return value(); }
  const T& operator*() const { return value(); }

 private:
  std::variant<T, Error> v_;
};

}  // namespace liner::ingest
