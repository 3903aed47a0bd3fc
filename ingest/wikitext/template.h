#pragma once
// Templates: `{{name|positional|key=value}}` split into its arguments, and
// the kind that says how a template reads in prose (data/wikitext_templates.tsv).

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/wikitext/source_index.h"

namespace liner::ingest::wikitext {

/// How a template reads in prose.
enum class Kind {
  unknown,    ///< its last positional argument, with a diagnostic
  drop,       ///< nothing (maintenance tags, page settings, reference lists, navigation)
  last,       ///< its last positional argument ({{nowrap|x}}, {{lang|es|x}})
  first,      ///< its first positional argument ({{abbr|LA|Los Angeles}})
  text,       ///< a fixed text ({{ndash}}, {{won}})
  date,       ///< an ISO date ({{birth date|1969|12|31}} -> 1969-12-31)
  year,       ///< an ISO year ({{birth year and age|1969}} -> 1969)
  list,       ///< its items joined by ", " ({{hlist|a|b}}, {{flatlist|* a * b}})
  cite,       ///< a citation: author, title, work, date
  convert,    ///< value and unit ({{convert|5|km}})
  sortname,   ///< first and last name
  efn,        ///< a footnote in a lettered group
  refn,       ///< a footnote like <ref>
  sfn,        ///< a short footnote (author, year, page)
  r,          ///< reuse of named refs
  infobox,    ///< field lines (at the start of a line)
  quote,      ///< a block quotation: its text is prose
  reflist,    ///< a reference list, maybe holding list-defined refs
  displaytitle,
};

/// The kind of a template by its normalized name; `fixed`, when given, gets
/// the text of a `text` template or the group of an `efn` one.
Kind kind_of(std::string_view name, std::string_view* fixed = nullptr);

/// One argument of a template: `|value` or `|name=value` (both trimmed).
struct Arg {
  std::size_t pipe = 0;
  std::string name;  ///< normalized; empty for a positional argument
  std::size_t name_begin = 0, name_end = 0;
  std::size_t begin = 0, end = 0;
};

/// A template as written, its arguments split at top-level `|`.
struct Template {
  std::size_t begin = 0, end = 0;  ///< `{{` .. past `}}`
  std::string raw_name;            ///< as written, trimmed
  std::string name;                ///< normalized
  std::size_t value_begin = 0, value_end = 0;  ///< after `:` in {{DISPLAYTITLE:x}}
  std::vector<Arg> args;

  /// The argument `key=`, or null.
  [[nodiscard]] const Arg* named(std::string_view key) const {
    for (const auto& a : args)
      if (a.name == key) return &a;
    return nullptr;
  }
  /// The positional arguments in order.
  [[nodiscard]] std::vector<const Arg*> positional() const {
    std::vector<const Arg*> out;
    for (const auto& a : args)
      if (a.name.empty()) out.push_back(&a);
    return out;
  }
  /// Positional argument n (1-based), written plainly or as `n=`.
  [[nodiscard]] const Arg* nth(std::size_t n) const {
    if (const Arg* a = named(std::to_string(n))) return a;
    const auto p = positional();
    return n <= p.size() ? p[n - 1] : nullptr;
  }
};

/// The template [begin, end) (from `{{` to past its `}}`) of the indexed text.
Template parse_template(const SourceIndex& index, std::size_t begin, std::size_t end);

}  // namespace liner::ingest::wikitext
