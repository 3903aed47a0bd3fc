#pragma once
// Citations as numbered: each ref gets a label in order of first use within
// its group (`1`, `a`, `iv`, `note 2`), a named ref keeps its label, and the
// first non-empty content defines it.

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace liner::ingest::wikitext {

/// A ref as numbered: its label, and its text once its content is seen.
struct RefEntry {
  std::string label;
  std::string name;
  bool defined = false;
  std::string text;
  std::string url;
  std::size_t begin = 0, end = 0;          ///< the content
  std::size_t use_begin = 0, use_end = 0;  ///< the first use
};

/// The refs of one article, by index in order of first use.
class RefTable {
 public:
  /// The ref a use [use_b, use_e) names (or a new one, numbered in its group).
  std::size_t entry(const std::string& group, const std::string& name, std::size_t use_b, std::size_t use_e);
  /// Defines ref `index` with `text` and its content range, unless it is
  /// defined already or `text` is empty; true when it did.
  bool define(std::size_t index, std::pair<std::size_t, std::size_t> content, std::string text);
  RefEntry& operator[](std::size_t index) { return refs_[index]; }
  [[nodiscard]] const std::vector<RefEntry>& entries() const { return refs_; }

 private:
  std::vector<RefEntry> refs_;
  std::map<std::string, std::size_t> named_refs_;  // group '\x1f' name -> refs_ index
  std::map<std::string, int> group_counts_;
};

/// The URL of a citation: the first of `urls` (citation templates' url=,
/// external links), else the first bare URL in `raw`, else empty.
std::string first_url(const std::vector<std::string>& urls, std::string_view raw);

}  // namespace liner::ingest::wikitext
