#pragma once
// Benchmark inputs besides the seed: one real wikitext page of about 15 KB
// (bench/data/, see its SOURCES.md) and long flat articles built in memory
// from the seed's body, so that nothing big is committed.

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/extractor.h"
#include "ingest/reader.h"
#include "ingest/source.h"
#include "ingest/text.h"
#include "seed.h"

namespace liner::bench {

inline ingest::Document load_or_exit(const char* path) {
  std::istringstream no_stdin;
  auto loaded = ingest::load_document(path, ingest::Format::automatic, no_stdin);
  if (!loaded) {
    std::cerr << loaded.error().to_string() << "\n";
    std::exit(2);
  }
  return std::move(*loaded);
}

/// Harry McPherson's English Wikipedia page in wikitext (16,132 bytes).
inline const ingest::Document& wikitext_15kb() {
  static const ingest::Document doc = load_or_exit(LINER_WIKITEXT_15KB_PATH);
  return doc;
}

/// The seed's body (every line after the title), ending with a newline.
inline std::string seed_body() {
  const std::string_view text = seed().text;
  const std::size_t nl = text.find('\n');
  std::string body(nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1));
  if (!body.empty() && body.back() != '\n') body += '\n';
  return body;
}

inline std::string roman(int n) {
  static constexpr std::pair<int, std::string_view> digits[] = {
      {1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"}, {100, "C"}, {90, "XC"}, {50, "L"},
      {40, "XL"},  {10, "X"},   {9, "IX"},  {5, "V"},    {4, "IV"},  {1, "I"}};
  std::string out;
  for (const auto& [value, numeral] : digits)
    while (n >= value) out += numeral, n -= value;
  return out;
}

/// Whole-word occurrences (offset, length) in `body` of the titles of the
/// works the extractor finds in the seed, longest title first at each offset.
inline std::vector<std::pair<std::size_t, std::size_t>> seed_title_occurrences(std::string_view body) {
  const ingest::Document& doc = seed();
  ingest::ReaderContext reader;
  const auto article = ingest::read_article(doc, reader);
  if (!article) {
    std::cerr << article.error().to_string() << "\n";
    std::exit(2);
  }
  const ingest::ExtractorContext ctx;
  std::set<std::string> titles;
  for (const auto& c : ingest::extract_claims(doc, *article, ctx)) {
    for (const auto* e : {&c.subject, c.object ? &*c.object : nullptr}) {
      if (!e) continue;
      using T = ingest::EntityType;
      if (e->type == T::Work || e->type == T::Album || e->type == T::Song || e->type == T::Film ||
          e->type == T::TVSeries)
        if (e->name.size() >= 4) titles.insert(e->name);
    }
  }
  std::vector<std::string> by_length(titles.begin(), titles.end());
  std::stable_sort(by_length.begin(), by_length.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  auto word_char = [&](std::size_t i) {
    const auto c = static_cast<unsigned char>(body[i]);
    return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  };
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (std::size_t i = 0; i < body.size();) {
    std::size_t len = 0;
    if (i == 0 || !word_char(i - 1))
      for (const auto& title : by_length)
        if (body.substr(i).starts_with(title) && (i + title.size() == body.size() || !word_char(i + title.size()))) {
          len = title.size();
          break;
        }
    if (len) out.emplace_back(i, len);
    i += len ? len : 1;
  }
  return out;
}

/// How many copies of the seed's body make at least `bytes` bytes.
inline int copies_for(std::size_t bytes) {
  const std::size_t body = seed_body().size();
  return static_cast<int>((bytes + body - 1) / body);
}

/// A flat article: the seed's title line, then `copies` copies of its body
/// (its paragraphs, glued headings and table), so that it reads as one long
/// article with many sections. With `distinct_titles`,
/// copy k (from 2) names every work of the seed with a numeral after it
/// ("Drama y Luz IV"), so the number of distinct works grows with the size as
/// in a long real article; otherwise every copy names the same ~dozens of works.
inline ingest::Document synthetic_article(int copies, bool distinct_titles) {
  const std::string_view seed_text = seed().text;
  const std::string title(seed_text.substr(0, seed_text.find('\n')));
  const std::string body = seed_body();
  const auto titles = distinct_titles ? seed_title_occurrences(body) : std::vector<std::pair<std::size_t, std::size_t>>{};
  std::string text = title + "\n";
  text.reserve(static_cast<std::size_t>(copies) * (body.size() + (distinct_titles ? 1024 : 0)));
  for (int copy = 1; copy <= copies; ++copy) {
    if (copy == 1 || titles.empty()) {
      text += body;
      continue;
    }
    std::string suffix = roman(copy);
    suffix.insert(suffix.begin(), ' ');
    std::size_t at = 0;
    for (const auto& [pos, len] : titles) {
      text.append(body, at, pos + len - at);
      text += suffix;
      at = pos + len;
    }
    text.append(body, at, std::string::npos);
  }
  auto doc = ingest::make_document("synthetic.txt", std::move(text), ingest::Format::flat);
  if (!doc) {
    std::cerr << doc.error().to_string() << "\n";
    std::exit(2);
  }
  return std::move(*doc);
}

}  // namespace liner::bench
