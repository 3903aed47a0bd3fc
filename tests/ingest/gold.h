#pragma once
// Hand-written gold (fixtures/claims/README.md): reading `.expected` lines
// and matching them against extracted claims. Shared by the gold test and
// the dimension corpora.

#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "ingest/claim.h"
#include "ingest/entity.h"
#include "ingest/lexicon.h"
#include "ingest/time.h"

namespace liner::testing {

using ingest::Claim;

struct Gold {
  bool trap = false;
  std::string predicate, subject, object;
  std::vector<std::pair<std::string, std::string>> qualifiers;
  std::string raw;
};

inline std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string::npos ? std::string::npos : at - start));
    if (at == std::string::npos) break;
    start = at + sep.size();
  }
  return out;
}

inline std::vector<Gold> read_gold(const std::string& path) {
  std::vector<Gold> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    Gold g;
    g.raw = line;
    if (line[0] == '!') g.trap = true, line.erase(0, 1);
    const auto f = split(line, "\t");
    if (f.size() < 3) {
      ADD_FAILURE() << path << ": bad gold line: " << line;
      continue;
    }
    g.predicate = f[0];
    g.subject = f[1];
    g.object = f[2];
    if (f.size() > 3 && !f[3].empty())
      for (const auto& kv : split(f[3], "; ")) {
        const std::size_t eq = kv.find('=');
        if (eq != std::string::npos) g.qualifiers.emplace_back(kv.substr(0, eq), kv.substr(eq + 1));
      }
    out.push_back(std::move(g));
  }
  return out;
}

// Gold writes vague times as text ("early 1990s", "around 2000") and kinds of
// work as nouns ("compilation"); claims carry ISO intervals and coarse types.
// Both sides go through the same parser or lexicon, then compare exactly.
inline bool same_time(const std::string& claimed, const std::string& gold_value) {
  static const ingest::TimeParser parser;
  const auto found = parser.find(gold_value);
  if (found.size() != 1 || found[0].relative) return false;
  const ingest::TimeValue& v = found[0].value;
  const bool circa = v.precision == ingest::TimePrecision::approximate && v.end_year - v.begin_year == 2;
  return claimed == v.iso || (circa && claimed == std::to_string(v.begin_year + 1));
}

inline bool same_work_type(const std::string& claimed, const std::string& gold_value) {
  static const ingest::Lexicon lexicon;
  const auto a = lexicon.find_work_types(claimed);
  const auto b = lexicon.find_work_types(gold_value);
  return !a.empty() && !b.empty() && a.front().second == b.front().second;
}

// Names compare by entity key; a role qualifier matches one of a claim's roles ("engineer, mixer").
inline bool matches(const Claim& c, const Gold& g) {
  if (ingest::to_string(c.predicate) != g.predicate) return false;
  if (ingest::entity_key(c.subject.name) != ingest::entity_key(g.subject)) return false;
  const std::string got = c.object ? c.object->name : c.value.value_or("");
  if (ingest::entity_key(got) != ingest::entity_key(g.object)) return false;
  for (const auto& [k, v] : g.qualifiers) {
    const auto have = ingest::qualifier(c.qualifiers, k);
    if (!have) return false;
    if (k == "role") {
      bool any = false;
      for (const auto& r : split(*have, ", ")) any = any || r == v;
      if (!any) return false;
    } else if (ingest::entity_key(*have) != ingest::entity_key(v)) {
      const bool time_key = k == "year" || k == "startYear" || k == "endYear";
      if (!(time_key && same_time(*have, v)) && !(k == "workType" && same_work_type(*have, v))) return false;
    }
  }
  return true;
}

}  // namespace liner::testing
