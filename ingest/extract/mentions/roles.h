#pragma once
// Role words of a sentence as credits read them: outside titles, awards and
// categories; the clause a role belongs to; "as a staff engineer" phrases.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "ingest/extract/sentence.h"
#include "ingest/extract/state.h"

namespace liner::ingest::extract {

/// Role words of the sentence, without those inside its works (v.works),
/// categories and awards.
std::vector<RoleMatch> free_roles(const SentenceView& v);

/// The clause around `pos`: split at ";" and at ", and he", ", while", ", but" and the like.
std::pair<std::size_t, std::size_t> clause_of(const SentenceView& v, const ArticleState& st, std::size_t pos);

/// clause_of for many positions of one sentence: its breaks found once, when first asked.
class Clauses {
 public:
  Clauses(const SentenceView& v, const ArticleState& st) : v_(v), st_(st) {}
  [[nodiscard]] std::pair<std::size_t, std::size_t> around(std::size_t pos);

 private:
  const SentenceView& v_;
  const ArticleState& st_;
  std::optional<std::vector<std::size_t>> breaks_;
};

/// A noun role counts only where it names a credit: "production and mixing on
/// X", "mixing duties", "as a producer"; not "pop production" or "a score".
bool noun_counts(const SentenceView& v, const ArticleState& st, const RoleMatch& r, const std::vector<RoleMatch>& all);

/// Every "as a staff engineer", "as chief mastering engineer" in the
/// sentence, in order: where the role phrase starts, and the phrase (up to
/// its last role word).
std::vector<std::pair<std::size_t, std::string>> roles_after_as(const SentenceView& v, const ArticleState& st);

}  // namespace liner::ingest::extract
