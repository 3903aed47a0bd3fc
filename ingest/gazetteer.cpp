#include "ingest/gazetteer.h"

#include <algorithm>
#include <stdexcept>

namespace liner::ingest {
namespace {

using gazetteer_detail::is_word;

char lower(char c) { return gazetteer_detail::lower_bytes[static_cast<unsigned char>(c)]; }

// Whether \b holds at byte x of text.
bool boundary(std::string_view text, std::size_t x) {
  const bool before = x > 0 && is_word(text[x - 1]);
  const bool after = x < text.size() && is_word(text[x]);
  return before != after;
}

// The length of the code point at p that RE2's (?i) folds to an ASCII letter:
// U+017F (long s, to `s`) or U+212A (Kelvin sign, to `k`); 0 when none.
std::size_t fold_length(std::string_view text, std::size_t p) {
  if (p + 1 < text.size() && text[p] == '\xC5' && text[p + 1] == '\xBF') return 2;
  if (p + 2 < text.size() && text[p] == '\xE2' && text[p + 1] == '\x84' && text[p + 2] == '\xAA') return 3;
  return 0;
}

void validate(const std::string& form, std::string_view source) {
  const bool printable = std::all_of(form.begin(), form.end(), [](char c) { return c >= 0x20 && c <= 0x7E; });
  if (form.empty() || !printable || !is_word(form.front()) || !is_word(form.back()))
    throw std::runtime_error(std::string(source) + ": bad surface form \"" + form +
                             "\": forms are printable ASCII that start and end with a letter, digit or _");
}

}  // namespace

bool has_folding(std::string_view text) {
  for (const char lead : {'\xC5', '\xE2'})
    for (std::size_t at = text.find(lead); at != std::string_view::npos; at = text.find(lead, at + 1))
      if (fold_length(text, at) != 0) return true;
  return false;
}

Gazetteer::Gazetteer(std::vector<std::string> forms, GazetteerOptions options, std::string_view source)
    : forms_(std::move(forms)), options_(options) {
  if (options_.plural && options_.ignore_case)
    throw std::logic_error(std::string(source) + ": a case-insensitive gazetteer with plurals is not supported");
  std::sort(forms_.begin(), forms_.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  forms_.erase(std::unique(forms_.begin(), forms_.end()), forms_.end());
  std::vector<std::pair<std::uint64_t, std::uint32_t>> keys;  // (first-word hash, form)
  for (std::size_t i = 0; i < forms_.size(); ++i) {
    const std::string& form = forms_[i];
    validate(form, source);
    std::size_t k = 0;
    while (k < form.size() && is_word(form[k])) ++k;
    keys.emplace_back(word_hash(std::string_view(form).substr(0, k)), static_cast<std::uint32_t>(i));
    // A one-word form with a plural ending is one longer word: "Grammys".
    if (options_.plural && k == form.size()) {
      keys.emplace_back(word_hash(form + "s"), static_cast<std::uint32_t>(i));
      keys.emplace_back(word_hash(form + "es"), static_cast<std::uint32_t>(i));
    }
  }
  for (const auto& key : keys) add_to_filter(filter_, key.first);
  std::sort(keys.begin(), keys.end());
  std::size_t size = 16;
  while (size < 8 * keys.size()) size *= 2;
  table_.resize(size);
  mask_ = size - 1;
  std::size_t last = 0;  // the slot being filled
  for (std::size_t k = 0; k < keys.size(); ++k) {
    if (k == 0 || keys[k].first != keys[k - 1].first) {
      std::size_t at = slot_of(keys[k].first);
      while (table_[at].count != 0) at = (at + 1) & mask_;
      table_[at] = {keys[k].first, static_cast<std::uint32_t>(ranks_.size()), 0};
      last = at;
    }
    ranks_.push_back(keys[k].second);
    ++table_[last].count;
  }
}

std::optional<FormHit> Gazetteer::match(std::string_view text, std::size_t p, std::size_t form) const {
  const std::string& f = forms_[form];
  std::size_t t = p;
  if (!options_.ignore_case) {
    if (text.size() - p < f.size() || text.compare(p, f.size(), f) != 0) return std::nullopt;
    t += f.size();
  } else {
    for (const char fc : f) {
      const char lf = lower(fc);
      if (t < text.size() && lower(text[t]) == lf) {
        ++t;
        continue;
      }
      if (t >= text.size()) return std::nullopt;
      const std::size_t fold = fold_length(text, t);
      if (fold == 0 || lf != (fold == 2 ? 's' : 'k')) return std::nullopt;
      t += fold;
    }
  }
  if (!boundary(text, p)) return std::nullopt;
  if (options_.plural) {
    if (t < text.size() && text[t] == 's' && boundary(text, t + 1)) return FormHit{p, t + 1, t, form};
    if (t + 1 < text.size() && text[t] == 'e' && text[t + 1] == 's' && boundary(text, t + 2))
      return FormHit{p, t + 2, t, form};
  }
  if (!boundary(text, t)) return std::nullopt;
  return FormHit{p, t, t, form};
}

std::optional<FormHit> Gazetteer::match_any(std::string_view text, std::size_t p) const {
  for (std::size_t i = 0; i < forms_.size(); ++i)
    if (auto hit = match(text, p, i)) return hit;
  return std::nullopt;
}

// The first form (in priority order, before `best`) whose first word hashes to `key`.
void Gazetteer::match_key(std::string_view text, std::size_t p, std::uint64_t key,
                          std::optional<FormHit>& best) const {
  std::size_t at = slot_of(key);
  while (table_[at].count != 0 && table_[at].hash != key) at = (at + 1) & mask_;
  const Slot& slot = table_[at];
  for (std::uint32_t k = slot.first; k < slot.first + slot.count; ++k) {
    const std::uint32_t form = ranks_[k];
    if (auto hit = match(text, p, form)) {
      best = hit;
      return;
    }
  }
}

std::optional<FormHit> Gazetteer::at_word(std::string_view text, std::size_t p, std::uint64_t h) const {
  std::optional<FormHit> best;
  match_key(text, p, h, best);
  return best;
}

std::optional<FormHit> Gazetteer::next(std::string_view text, std::size_t from) const {
  std::size_t p = from;
  while (p < text.size()) {
    const bool before = p > 0 && is_word(text[p - 1]);
    if (is_word(text[p])) {
      if (before) {  // inside a word: no boundary
        ++p;
        continue;
      }
      std::size_t r = p;
      while (r < text.size() && is_word(text[r])) ++r;
      const std::uint64_t h = word_hash(text.substr(p, r - p));
      // A folding code point right after the run may continue a form's first word.
      if (options_.ignore_case && fold_length(text, r) != 0) {
        if (auto hit = match_any(text, p)) return hit;
      } else if (auto hit = at_word(text, p, h)) {
        return hit;
      }
      p = r;
      continue;
    }
    // \b before a non-word byte: only a folding code point can start a form.
    if (before && options_.ignore_case && fold_length(text, p) != 0)
      if (auto hit = match_any(text, p)) return hit;
    ++p;
  }
  return std::nullopt;
}

}  // namespace liner::ingest
