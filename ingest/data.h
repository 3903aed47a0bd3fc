#pragma once
// General knowledge the readers use, kept in data files under ingest/data/ and
// compiled into the library so the tool needs no install path.

#include <string_view>
#include <vector>

namespace liner::ingest::data {

/// The raw content of a data file by its name (`abbreviations.txt`); empty when unknown.
std::string_view file(std::string_view name);

/// The entries of a list file: one per line, trimmed, blank lines and `#` comments skipped.
std::vector<std::string_view> lines(std::string_view name);

/// The entries of a list file's text, as lines() reads them.
std::vector<std::string_view> split_lines(std::string_view text);

/// The fields of a data-file line between `sep`s, each trimmed ("a\tb" -> "a", "b").
std::vector<std::string_view> split_fields(std::string_view line, char sep);

/// Whether a list file has `text` as an entry, comparing ASCII case-insensitively.
bool contains(std::string_view name, std::string_view text);

}  // namespace liner::ingest::data
