#pragma once
// ClaimSink: where dimensions put claims. It gives each claim its id, drops
// a claim already made from the same place, and answers what was made.

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
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

  std::unordered_set<std::uint64_t> claim_ids_;  // hashes behind the ids made
  // Credits made, by a hash of (start, subject key, work key): the claims' indexes.
  std::unordered_multimap<std::uint64_t, std::size_t> credited_;
};

}  // namespace liner::ingest::extract
