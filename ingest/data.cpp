#include "ingest/data.h"

#include <algorithm>

#include "ingest/embedded_data.h"
#include "ingest/text.h"

namespace liner::ingest::data {

std::string_view file(std::string_view name) {
  for (const auto& [n, content] : embedded_files)
    if (n == name) return content;
  return {};
}

std::vector<std::string_view> lines(std::string_view name) { return split_lines(file(name)); }

std::vector<std::string_view> split_lines(std::string_view text) {
  std::vector<std::string_view> out;
  std::string_view rest = text;
  while (!rest.empty()) {
    const std::size_t nl = rest.find('\n');
    std::string_view line = trim(rest.substr(0, nl));
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    if (!line.empty() && line.front() != '#') out.push_back(line);
  }
  return out;
}

std::vector<std::string_view> split_fields(std::string_view line, char sep) {
  std::vector<std::string_view> out;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = line.find(sep, start);
    out.push_back(trim(line.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start)));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

bool contains(std::string_view name, std::string_view text) {
  auto fold = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (auto entry : lines(name))
    if (entry.size() == text.size() &&
        std::equal(entry.begin(), entry.end(), text.begin(), [&](char a, char b) { return fold(a) == fold(b); }))
      return true;
  return false;
}

}  // namespace liner::ingest::data
