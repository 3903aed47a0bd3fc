#include "validators/rules/support.h"

#include <algorithm>
#include <charconv>
#include <tuple>

#include "ingest/entity.h"

namespace liner::validators::rules {

namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::optional<int> four_digits(std::string_view s) {
  if (s.size() != 4 || !digits(s)) return std::nullopt;
  return parse_int(s);
}

}  // namespace

std::optional<int> parse_int(std::string_view value) {
  if (!digits(value) || value.size() > 9) return std::nullopt;
  int n = 0;
  std::from_chars(value.data(), value.data() + value.size(), n);
  return n;
}

std::optional<Years> parse_years(std::string_view v) {
  if (auto y = four_digits(v)) return Years{*y, *y};
  if (v.size() == 5 && v.back() == 's')
    if (auto y = four_digits(v.substr(0, 4)); y && *y % 10 == 0) return Years{*y, *y + 9};
  if (v.size() == 9 && v[4] == '/') {
    auto a = four_digits(v.substr(0, 4)), b = four_digits(v.substr(5));
    if (a && b && *a <= *b) return Years{*a, *b};
    return std::nullopt;
  }
  // ISO dates: YYYY-MM or YYYY-MM-DD
  if ((v.size() == 7 || v.size() == 10) && v[4] == '-' && digits(v.substr(5, 2)) &&
      (v.size() == 7 || (v[7] == '-' && digits(v.substr(8)))))
    if (auto y = four_digits(v.substr(0, 4))) return Years{*y, *y};
  return std::nullopt;
}

std::optional<int> parse_year(std::string_view value) {
  auto y = parse_years(value);
  if (!y || y->first != y->last) return std::nullopt;
  return y->first;
}

std::string key(std::string_view name) { return ingest::entity_key(name); }

bool key_contains(std::string_view outer, std::string_view inner) {
  if (inner.empty()) return false;
  for (std::size_t at = outer.find(inner); at != std::string_view::npos; at = outer.find(inner, at + 1)) {
    const bool left = at == 0 || outer[at - 1] == ' ';
    const bool right = at + inner.size() == outer.size() || outer[at + inner.size()] == ' ';
    if (left && right) return true;
  }
  return false;
}

Evidence evidence(const ingest::Claim& c) { return {c.quote, c.span, c.citations, c.id}; }

Evidence evidence(const ClaimSet& set, const ingest::SourceSpan& span, std::vector<std::string> citations) {
  const std::string_view text = set.document.text;
  return {std::string(text.substr(span.start, span.end - span.start)), span, std::move(citations), {}};
}

Evidence evidence(const ClaimSet& set, const ingest::Sentence& s) { return evidence(set, s.span, s.citations); }

std::vector<Evidence> unique_spans(std::vector<Evidence> in) {
  std::vector<Evidence> out;
  for (auto& e : in)
    if (std::none_of(out.begin(), out.end(), [&](const Evidence& o) { return o.span == e.span; }))
      out.push_back(std::move(e));
  return out;
}

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::vector<const ingest::Claim*> with_predicate(const ClaimSet& set, ingest::Predicate p) {
  std::vector<const ingest::Claim*> out;
  for (const auto& c : set.claims)
    if (c.predicate == p) out.push_back(&c);
  // The extractor gives claims in source order; hand-built sets may not.
  std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->span.start < b->span.start; });
  return out;
}

int table_of(const ingest::Article& a, const ingest::SourceSpan& span) {
  for (std::size_t i = 0; i < a.tables.size(); ++i)
    if (span.start >= a.tables[i].span.start && span.end <= a.tables[i].span.end) return static_cast<int>(i);
  return ingest::none;
}

std::size_t source_of(const ingest::Article& a, const ingest::SourceSpan& span) {
  const int t = table_of(a, span);
  return t == ingest::none ? span.start : a.tables[static_cast<std::size_t>(t)].span.start;
}

std::string award_key(const ingest::Claim& c) {
  if ((c.predicate == ingest::Predicate::awardWon || c.predicate == ingest::Predicate::awardNominated) && c.object)
    return c.object->key.empty() ? key(c.object->name) : c.object->key;
  return c.qualifiers.award ? key(*c.qualifiers.award) : std::string();
}

bool is_bound(const ingest::Claim& count) {
  if (!count.qualifiers.qualifier) return false;
  const std::string q = key(*count.qualifiers.qualifier);
  return q != "record";
}

std::vector<Win> distinct_wins(const ClaimSet& set, std::string_view award, std::string_view subject,
                               const std::function<bool(const ingest::Claim&)>& skip) {
  std::vector<Win> wins;
  std::vector<const ingest::Claim*> partial;  // a year or a work, not both: merged after the full ones
  for (const auto& c : set.claims) {
    if (c.predicate != ingest::Predicate::awardWon || award_key(c) != award || c.subject.key != subject) continue;
    if (skip && skip(c)) continue;
    const auto year = c.qualifiers.year ? parse_year(*c.qualifiers.year) : std::nullopt;
    const std::string work = c.qualifiers.work ? key(*c.qualifiers.work) : std::string();
    if (!year && work.empty()) continue;
    if (!year || work.empty()) {
      partial.push_back(&c);
      continue;
    }
    auto it = std::find_if(wins.begin(), wins.end(), [&](const Win& w) { return w.year == year && w.work == work; });
    if (it == wins.end()) wins.push_back({std::string(award), year, work, {}}), it = wins.end() - 1;
    it->claims.push_back(&c);
  }
  for (const auto* c : partial) {
    const auto year = c->qualifiers.year ? parse_year(*c->qualifiers.year) : std::nullopt;
    const std::string work = c->qualifiers.work ? key(*c->qualifiers.work) : std::string();
    auto it = std::find_if(wins.begin(), wins.end(), [&](const Win& w) {
      return (year && w.year == year && (work.empty() || w.work.empty() || w.work == work)) ||
             (!year && !work.empty() && w.work == work);
    });
    if (it == wins.end()) wins.push_back({std::string(award), year, work, {}}), it = wins.end() - 1;
    it->claims.push_back(c);
  }
  std::sort(wins.begin(), wins.end(), [](const Win& a, const Win& b) {
    return std::tie(a.year, a.work) < std::tie(b.year, b.work);
  });
  return wins;
}

std::string describe(const Win& w) {
  std::string work;
  for (const auto* c : w.claims)
    if (c->qualifiers.work) {
      work = *c->qualifiers.work;
      break;
    }
  std::string out = w.year ? std::to_string(*w.year) : std::string("undated");
  if (!work.empty()) out += " (" + quoted(work) + ")";
  return out;
}

std::optional<Birth> birth_of(const ClaimSet& set, std::string_view subject) {
  std::optional<Birth> out;
  for (const auto& c : set.claims) {
    if (c.predicate != ingest::Predicate::birthDate || c.subject.key != subject || !c.value) continue;
    auto y = parse_years(*c.value);
    if (!y || y->first != y->last) continue;
    if (!out || y->first < out->year) out = Birth{y->first, &c};
  }
  return out;
}

std::map<std::string, Birth, std::less<>> births(const ClaimSet& set) {
  std::map<std::string, Birth, std::less<>> out;
  for (const auto& c : set.claims) {
    if (c.predicate != ingest::Predicate::birthDate || !c.value) continue;
    auto y = parse_years(*c.value);
    if (!y || y->first != y->last) continue;
    auto it = out.find(c.subject.key);
    if (it == out.end() || y->first < it->second.year) out[c.subject.key] = Birth{y->first, &c};
  }
  return out;
}


}  // namespace liner::validators::rules
