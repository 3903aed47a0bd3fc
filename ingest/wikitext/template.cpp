#include "ingest/wikitext/template.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <tuple>
#include <utility>

#include "ingest/data.h"
#include "ingest/wikitext/syntax.h"

namespace liner::ingest::wikitext {
namespace {

struct KindEntry {
  std::string_view name;
  Kind kind;
  std::string_view text;
};

// The kinds by their names in data/wikitext_templates.tsv.
constexpr auto kind_names = std::to_array<std::pair<std::string_view, Kind>>({
    {"unknown", Kind::unknown}, {"drop", Kind::drop},     {"last", Kind::last},         {"first", Kind::first},
    {"text", Kind::text},       {"date", Kind::date},     {"year", Kind::year},         {"list", Kind::list},
    {"cite", Kind::cite},       {"convert", Kind::convert}, {"sortname", Kind::sortname}, {"efn", Kind::efn},
    {"refn", Kind::refn},       {"sfn", Kind::sfn},       {"r", Kind::r},               {"infobox", Kind::infobox},
    {"quote", Kind::quote},     {"reflist", Kind::reflist}, {"displaytitle", Kind::displaytitle},
});

// data/wikitext_templates.tsv in file order (the first equal name wins). A
// malformed line is a bug in the embedded data, so it throws.
std::vector<KindEntry> load_kinds() {
  std::vector<KindEntry> out;
  for (std::string_view line : data::lines("wikitext_templates.tsv")) {
    const auto cols = split_tabs(line);
    const auto kind =
        std::find_if(kind_names.begin(), kind_names.end(), [&](const auto& k) { return k.first == cols[0]; });
    if (cols.size() < 2 || cols.size() > 3 || kind == kind_names.end())
      throw std::logic_error("wikitext_templates.tsv: bad line: " + std::string(line));
    std::string_view text;
    if (cols.size() == 3) {
      if (cols[2].size() < 2 || cols[2].front() != '"' || cols[2].back() != '"')
        throw std::logic_error("wikitext_templates.tsv: text not quoted: " + std::string(line));
      text = cols[2].substr(1, cols[2].size() - 2);
    }
    out.push_back({cols[1], kind->second, text});
  }
  return out;
}

const KindEntry* find_kind(std::string_view name) {
  static const std::vector<KindEntry> kinds = load_kinds();
  for (const auto& k : kinds)
    if (k.name == name) return &k;
  return nullptr;
}

}  // namespace

Kind kind_of(std::string_view name, std::string_view* fixed) {
  if (const KindEntry* k = find_kind(name)) {
    if (fixed) *fixed = k->text;
    return k->kind;
  }
  if (name.starts_with("infobox")) return Kind::infobox;
  if (name.starts_with("displaytitle:")) return Kind::displaytitle;
  if (name.starts_with("defaultsort:")) return Kind::drop;
  if (name.starts_with("cite ")) return Kind::cite;
  if (name.starts_with("lang-")) return Kind::last;
  if (name.ends_with("-stub") || name.find("navbox") != npos || name.ends_with(" sidebar")) return Kind::drop;
  return Kind::unknown;
}

Template parse_template(const SourceIndex& index, std::size_t begin, std::size_t end) {
  const std::string_view text = index.text();
  Template t;
  t.begin = begin;
  t.end = end;
  const std::size_t b = begin + 2, e = end - 2;
  std::vector<std::pair<std::size_t, std::size_t>> pieces;
  std::size_t start = b;
  for (std::size_t i = b; i < e;) {
    const std::size_t j = index.skip_nested(i, e);
    if (j > i) {
      i = j;
      continue;
    }
    if (text[i] == '|') {
      pieces.emplace_back(start, i);
      start = i + 1;
    }
    ++i;
  }
  pieces.emplace_back(start, e);
  const auto [nb, ne] = index.trimmed(pieces[0].first, pieces[0].second);
  t.raw_name = std::string(text.substr(nb, ne - nb));
  std::string_view raw = t.raw_name;
  for (std::string_view prefix : {"template:", "subst:", "safesubst:"})
    if (starts_ci(raw, 0, prefix)) raw.remove_prefix(prefix.size());
  t.name = normalize_name(raw);
  // Magic words hold their value after a colon: {{DISPLAYTITLE:x}}.
  if (t.name.starts_with("displaytitle:") || t.name.starts_with("defaultsort:")) {
    const std::size_t colon = text.find(':', nb);
    std::tie(t.value_begin, t.value_end) = index.trimmed(colon + 1, ne);
    t.name = t.name.substr(0, t.name.find(':') + 1);
  }
  for (std::size_t k = 1; k < pieces.size(); ++k) {
    Arg a;
    a.pipe = pieces[k].first - 1;
    const std::size_t eq = index.top_level(pieces[k].first, pieces[k].second, '=');
    if (eq != npos) {
      std::tie(a.name_begin, a.name_end) = index.trimmed(pieces[k].first, eq);
      a.name = normalize_name(text.substr(a.name_begin, a.name_end - a.name_begin));
      std::tie(a.begin, a.end) = index.trimmed(eq + 1, pieces[k].second);
    } else {
      std::tie(a.begin, a.end) = index.trimmed(pieces[k].first, pieces[k].second);
    }
    t.args.push_back(std::move(a));
  }
  return t;
}


}  // namespace liner::ingest::wikitext
