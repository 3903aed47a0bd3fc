#include "ingest/wikitext/refs.h"

#include <algorithm>
#include <array>

#include "ingest/wikitext/reader_impl.h"
#include "ingest/wikitext/syntax.h"

namespace liner::ingest::wikitext {
namespace {

std::string alpha_label(int n, bool upper) {
  std::string out;
  for (; n > 0; n = (n - 1) / 26) out.insert(out.begin(), static_cast<char>((upper ? 'A' : 'a') + (n - 1) % 26));
  return out;
}

std::string roman_label(int n, bool upper) {
  static constexpr std::array<std::pair<int, std::string_view>, 13> parts{{{1000, "m"}, {900, "cm"}, {500, "d"},
                                                                           {400, "cd"}, {100, "c"}, {90, "xc"},
                                                                           {50, "l"}, {40, "xl"}, {10, "x"},
                                                                           {9, "ix"}, {5, "v"}, {4, "iv"}, {1, "i"}}};
  std::string out;
  for (const auto& [v, s] : parts)
    for (; n >= v; n -= v) out += s;
  if (upper)
    for (char& c : out) c = static_cast<char>(c - 'a' + 'A');
  return out;
}

}  // namespace

// Numbered in order of first use within its group.
std::size_t RefTable::entry(const std::string& group, const std::string& name, std::size_t use_b,
                            std::size_t use_e) {
  const std::string key = group + '\x1f' + name;
  if (!name.empty())
    if (const auto it = named_refs_.find(key); it != named_refs_.end()) return it->second;
  const int n = ++group_counts_[group];
  RefEntry r;
  if (group.empty()) r.label = std::to_string(n);
  else if (group == "lower-alpha") r.label = alpha_label(n, false);
  else if (group == "upper-alpha") r.label = alpha_label(n, true);
  else if (group == "lower-roman") r.label = roman_label(n, false);
  else if (group == "upper-roman") r.label = roman_label(n, true);
  else r.label = group + " " + std::to_string(n);
  r.name = name;
  r.use_begin = use_b;
  r.use_end = use_e;
  refs_.push_back(std::move(r));
  if (!name.empty()) named_refs_[key] = refs_.size() - 1;
  return refs_.size() - 1;
}

// The first non-empty content defines a ref; later ones are uses.
bool RefTable::define(std::size_t index, std::pair<std::size_t, std::size_t> content, std::string text) {
  RefEntry& r = refs_[index];
  if (r.defined || text.empty()) return false;
  r.defined = true;
  r.text = std::move(text);
  std::tie(r.begin, r.end) = content;
  return true;
}

std::string first_url(const std::vector<std::string>& urls, std::string_view raw) {
  if (!urls.empty()) return urls.front();
  std::size_t at = npos;
  for (std::string_view scheme : {"https://", "http://"}) at = std::min(at, raw.find(scheme));
  if (at == npos) return "";
  std::size_t stop = at;
  while (stop < raw.size() && !is_ascii_space(raw[stop]) && std::string_view("|]<}{\"").find(raw[stop]) == npos) ++stop;
  while (stop > at && std::string_view(".,;)").find(raw[stop - 1]) != npos) --stop;
  return std::string(raw.substr(at, stop - at));
}

// ---- the reader's citation productions

void WikitextReader::define_ref(std::size_t index, std::size_t b, std::size_t e, int depth) {
  Out content;
  scan(b, e, content, depth + 1);
  close_quotes(content);
  if (refs_.define(index, index_.trimmed(b, e), std::string(trim(content.in.text))))
    refs_[index].url = first_url(content.urls, text_.substr(b, e - b));
}

// A marker between two words reads as a space, as `[n]` does in flat text.
void WikitextReader::add_marker(Out& o, std::size_t index, std::size_t b, std::size_t e) {
  const bool before_text = !o.in.text.empty() && o.in.text.back() != ' ';
  const bool after_text = e < text_.size() && !is_ascii_space(text_[e]) &&
                          std::string_view("<{}[]|,.;:)'").find(text_[e]) == npos;
  if (before_text && after_text) emit_synthetic(o, " ", b);
  o.in.markers.push_back({refs_[index].label, span(b, e)});
}

// List-defined refs: `<ref name=x>...</ref>` inside <references> or {{reflist|refs=}}.
void WikitextReader::collect_refs(std::size_t b, std::size_t e) {
  for (std::size_t i = text_.find('<', b); i != npos && i < e; i = text_.find('<', i + 1)) {
    const auto tag = index_.ref_tag(i);
    if (!tag || tag->self_closing) continue;
    const std::size_t end = index_.ref_end(*tag);
    if (end == npos || end > e) continue;
    define_ref(refs_.entry(tag->group, tag->name, i, end), tag->end, end - 6, 1);
    mark(i, end, marker);
    i = end - 1;
  }
}

}  // namespace liner::ingest::wikitext
