#pragma once
// Helpers the rules share: years, keys, evidence, distinct award wins.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "validators/rule.h"

namespace liner::validators::rules {

/// A closed range of years.
struct Years {
  int first = 0;
  int last = 0;
  bool operator==(const Years&) const = default;
};

/// The years a value names: `1984`, `1958-03-03` (its year), `1990/1993`, `1990s`.
/// Nullopt for anything else (`early 1990s`, words).
std::optional<Years> parse_years(std::string_view value);

/// A single year (`1984`, `1958-03`); nullopt for ranges and anything else.
std::optional<int> parse_year(std::string_view value);

/// A whole number in digits; nullopt otherwise.
std::optional<int> parse_int(std::string_view value);

/// The matching key of a name (case, accents and punctuation folded).
std::string key(std::string_view name);

/// True when one key is the other or contains it as whole words.
bool key_contains(std::string_view outer, std::string_view inner);

/// The claim as evidence: its quote, span, citations and id.
Evidence evidence(const ingest::Claim& claim);

/// A sentence as evidence: its source text (without closing markers) and citations.
Evidence evidence(const ClaimSet& set, const ingest::Sentence& sentence);

/// A source span as evidence, with the given citations.
Evidence evidence(const ClaimSet& set, const ingest::SourceSpan& span, std::vector<std::string> citations = {});

/// Removes evidence repeated with the same span, keeping the first.
std::vector<Evidence> unique_spans(std::vector<Evidence> evidence);

/// `"text"`.
std::string quoted(std::string_view text);

/// The claims with this predicate, in source order (by span start, ties in claim order).
std::vector<const ingest::Claim*> with_predicate(const ClaimSet& set, ingest::Predicate p);

/// The index of the table whose span holds `span`, or ingest::none.
int table_of(const ingest::Article& article, const ingest::SourceSpan& span);

/// A statement's source: the table holding it (all rows of one table are one
/// source), else the span's start. Two claims share a source when they come
/// from the same sentence or the same table.
std::size_t source_of(const ingest::Article& article, const ingest::SourceSpan& span);

/// The award named by a claim: the object of awardWon/awardNominated, the
/// `award` qualifier otherwise.
std::string award_key(const ingest::Claim& claim);

/// True for count qualifiers that make a count a bound (`at least`, `more than`, ...).
bool is_bound(const ingest::Claim& count);

/// One win as the article enumerates it: an award body, a year and a work,
/// with every claim that states it.
struct Win {
  std::string award;
  std::optional<int> year;
  std::string work;  ///< key; empty when no claim names it
  std::vector<const ingest::Claim*> claims;
};

/// The distinct awardWon claims of one award body for one subject (by key),
/// skipping those `skip` rejects. Claims name the same win when their years
/// agree and their works agree or one of them names none; a claim with
/// neither year nor work is not counted.
std::vector<Win> distinct_wins(const ClaimSet& set, std::string_view award, std::string_view subject,
                               const std::function<bool(const ingest::Claim&)>& skip = {});

/// `2007 ("Work")` for messages.
std::string describe(const Win& win);

/// The earliest birth year stated for a subject (by key) and the claim that states it.
struct Birth {
  int year = 0;
  const ingest::Claim* claim = nullptr;
};
std::optional<Birth> birth_of(const ClaimSet& set, std::string_view subject);

/// The earliest birth of every subject that has one, by subject key (one pass).
std::map<std::string, Birth, std::less<>> births(const ClaimSet& set);

}  // namespace liner::validators::rules
