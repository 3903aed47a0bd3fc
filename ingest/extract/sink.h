#pragma once
// ClaimSink: where dimensions put claims. It gives each claim its id, drops
// a claim already made from the same place, and answers what was made.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "ingest/claim.h"
#include "ingest/document.h"

namespace liner::ingest::extract {

/// Where a claim comes from: a sentence's or a table row's span and citations.
struct Origin {
  SourceSpan span;
  std::vector<std::string> citations;
};

/// An entity with its key.
Entity entity(std::string name, EntityType type);

/// 64-bit hashes, each with a value, in one open-addressed table: no
/// allocation per entry (a claim is made every few hundred instructions).
/// Equal hashes may be kept more than once (see ClaimSink::credited).
class HashTable {
 public:
  void reserve(std::size_t n);
  /// Adds (h, value).
  void add(std::uint64_t h, std::size_t value);
  /// Whether h is kept; adds (h, value) when it is not.
  bool add_new(std::uint64_t h, std::size_t value);
  /// Calls f(value) for each entry of hash h until f returns true; whether one did.
  template <typename F>
  bool any_of(std::uint64_t h, F f) const {
    if (slots_.empty()) return false;
    for (std::size_t i = home(h);; i = (i + 1) & mask()) {
      const Slot& s = slots_[i];
      if (s.value_1 == 0) return false;
      if (s.hash == h && f(s.value_1 - 1)) return true;
    }
  }
  void clear() {
    slots_.clear();
    size_ = 0;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;
    std::size_t value_1 = 0;  // the value plus one; 0 when the slot is empty (zeroed memory)
  };
  [[nodiscard]] std::size_t mask() const { return slots_.size() - 1; }
  // Fibonacci hashing: the high bits of the product, whatever bits h varies in.
  [[nodiscard]] std::size_t home(std::uint64_t h) const {
    return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> shift_);
  }
  void grow(std::size_t slots);
  void put(std::uint64_t h, std::size_t value);

  std::vector<Slot> slots_;  // a power of two of them, at most half full
  std::size_t size_ = 0;
  unsigned shift_ = 64;
};

class ClaimSink {
 public:
  explicit ClaimSink(const Document& doc) : doc_(doc) {}

  /// Adds a claim unless the same one (predicate, subject, object, value,
  /// qualifiers) was already made from the same place.
  void add(Predicate p, Entity subject, std::optional<Entity> object, std::optional<std::string> value, Qualifiers&& q,
           const Origin& o);
  void add(Predicate p, Entity subject, std::optional<Entity> object, std::optional<std::string> value,
           const Qualifiers& q, const Origin& o) {
    add(p, std::move(subject), std::move(object), std::move(value), Qualifiers(q), o);
  }
  /// A credit of `work_key` to `subject_key` was made from the place starting at `start`.
  [[nodiscard]] bool credited(std::size_t start, std::string_view subject_key, std::string_view work_key) const;
  void reserve(std::size_t n) {
    claims_.reserve(n);
    claim_ids_.reserve(n);
    credited_.reserve(n);
  }
  /// The claims, in the order they were made.
  std::vector<Claim> take() {
    credited_.clear();
    return std::move(claims_);
  }

 private:
  const Document& doc_;
  std::vector<Claim> claims_;
  static std::uint64_t credit_hash(std::size_t start, std::string_view subject_key, std::string_view work_key);

  HashTable claim_ids_;  // hashes behind the ids made (the values unused)
  // Credits made, by a hash of (start, subject key, work key): the claims' indexes.
  HashTable credited_;
};

}  // namespace liner::ingest::extract
