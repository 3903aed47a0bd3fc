#include <algorithm>
#include <string>
#include <vector>

#include "ingest/wikitext/reader_impl.h"

namespace liner::ingest::wikitext {
namespace {

// `rowspan="2"` in a cell's attributes -> 2 (1 when absent, at most 100).
int span_attribute(std::string_view attributes, std::string_view key) {
  const std::string attrs = normalize_name(attributes);
  const std::size_t at = attrs.find(key);
  if (at == npos) return 1;
  std::size_t k = at + key.size();
  while (k < attrs.size() && (attrs[k] == ' ' || attrs[k] == '=' || attrs[k] == '"' || attrs[k] == '\'')) ++k;
  int n = 0;
  while (k < attrs.size() && is_ascii_digit(attrs[k]) && n < 1000) n = n * 10 + (attrs[k++] - '0');
  return std::clamp(n, 1, 100);
}

}  // namespace

// `{| ... |}`: `!` header cells, `|-` rows, `|` and `||` cells, attributes
// before a cell's single `|` ignored, rowspan and colspan spread over the
// cells they cover. Returns where reading goes on.
std::size_t WikitextReader::read_table(std::size_t b) {
  const TableExtent extent = table_extent(b);
  if (!extent.closed) diagnostic(b, b + 2, "table not closed: missing |}");
  add_table(b, extent.end, table_rows(b, extent.end));
  return extent.after;
}


// Up to `|}`, or when it is missing, up to the last line that reads as part
// of a table before a heading or the end of the text.
WikitextReader::TableExtent WikitextReader::table_extent(std::size_t b) const {
  std::size_t pos = index_.logical_line_end(b);
  TableExtent extent{pos, pos < text_.size() ? pos + 1 : pos, false};
  int nested = 0;
  while (pos + 1 < text_.size()) {
    const std::size_t le = index_.logical_line_end(pos + 1);
    const auto [lb, lend] = index_.trimmed(pos + 1, le);
    pos = le;
    if (lb == lend) continue;
    const std::string_view line = text_.substr(lb, lend - lb);
    if (line.starts_with("{|")) ++nested;
    if (line.starts_with("|}") && nested-- == 0) return {lb + 2, le < text_.size() ? le + 1 : le, true};
    std::size_t hb = 0, he = 0;
    if (nested == 0 && line.front() == '=' && heading_level(lb, lend, hb, he) > 0) break;
    if (line.front() == '|' || line.front() == '!' || line.starts_with("{|"))
      extent = {lend, le < text_.size() ? le + 1 : le, false};
  }
  return extent;
}


// The rows of the table [b, end), as source ranges: `|-` starts a row, a line
// starting `|` or `!` holds cells split at `||` (and `!!` on a `!` line), any
// other line continues the cell before it.
std::vector<WikitextReader::SourceRow> WikitextReader::table_rows(std::size_t b, std::size_t end) {
  std::vector<SourceRow> rows(1);
  auto add_cell = [&](std::size_t cb, std::size_t ce, bool header, std::size_t line_begin) {
    SourceCell c{cb, ce, header};
    // Attributes before a single `|`: `style="..." | text`.
    if (const std::size_t bar = index_.top_level(cb, ce, '|'); bar != npos) {
      c.rowspan = span_attribute(text_.substr(cb, bar - cb), "rowspan");
      c.colspan = span_attribute(text_.substr(cb, bar - cb), "colspan");
      mark(cb, bar + 1, markup);
      c.begin = bar + 1;
    }
    if (rows.back().cells.empty()) rows.back().begin = line_begin;
    rows.back().cells.push_back(c);
  };
  int nested = 0;
  for (std::size_t lp = index_.logical_line_end(b) + 1; lp < end;) {
    const std::size_t le = std::min(index_.logical_line_end(lp), end);
    const auto [lb, lend] = index_.trimmed(lp, le);
    lp = le + 1;
    if (lb == lend) continue;
    const std::string_view line = text_.substr(lb, lend - lb);
    if (nested > 0 || line.starts_with("{|")) {
      if (line.starts_with("{|") && nested++ == 0) diagnostic(lb, lend, "nested table not read");
      if (line.starts_with("|}")) --nested;
      continue;
    }
    if (line.starts_with("|}")) break;
    if (line.starts_with("|-")) {
      if (!rows.back().cells.empty()) rows.emplace_back();
      continue;
    }
    if (line.starts_with("|+")) continue;  // the caption
    if (line.front() != '|' && line.front() != '!') {
      if (!rows.back().cells.empty()) rows.back().cells.back().end = lend;
      else diagnostic(lb, lend, "text outside table cells not read");
      continue;
    }
    const bool header = line.front() == '!';
    mark(lb, lb + 1, markup);
    std::size_t start = lb + 1;
    for (std::size_t i = start; i + 1 < lend;) {
      if (const std::size_t j = index_.skip_nested(i, lend); j > i) {
        i = j;
      } else if ((text_[i] == '|' && text_[i + 1] == '|') || (header && text_[i] == '!' && text_[i + 1] == '!')) {
        add_cell(start, i, header, lb);
        mark(i, i + 2, markup);
        start = i += 2;
      } else {
        ++i;
      }
    }
    add_cell(start, lend, header, lb);
  }
  if (rows.back().cells.empty()) rows.pop_back();
  return rows;
}


// Cells read as prose, rowspan and colspan spread over the cells they cover;
// the first row is the header when all its cells are `!` cells.
void WikitextReader::add_table(std::size_t b, std::size_t end, const std::vector<SourceRow>& rows) {
  Article& a = builder_.article();
  Table table;
  table.span = span(b, end);
  table.section = builder_.section();
  auto read_cell = [&](const SourceCell& c) {
    const auto [tb, te] = index_.trimmed(c.begin, c.end);
    Out o;
    scan(tb, te, o, 0);
    close_quotes(o);
    Cell cell{std::string(trim(o.in.text)), span(tb, te), {}};
    for (const auto& m : o.in.markers)
      if (std::find(cell.citations.begin(), cell.citations.end(), m.label) == cell.citations.end())
        cell.citations.push_back(m.label);
    a.markers.insert(a.markers.end(), o.in.markers.begin(), o.in.markers.end());
    a.links.insert(a.links.end(), o.in.links.begin(), o.in.links.end());
    return cell;
  };
  struct Carry {
    Cell cell;
    int remaining = 0;
  };
  std::vector<Carry> carry;  // by column: a cell spanning rows below
  for (const auto& [row_begin, row] : rows) {
    std::vector<Cell> out;
    std::size_t col = 0;
    auto fill = [&] {
      for (; col < carry.size() && carry[col].remaining > 0; ++col) {
        out.push_back(carry[col].cell);
        --carry[col].remaining;
      }
    };
    for (const SourceCell& sc : row) {
      fill();
      const Cell cell = read_cell(sc);
      for (int k = 0; k < sc.colspan; ++k, ++col) {
        if (carry.size() <= col) carry.resize(col + 1);
        carry[col] = {cell, sc.rowspan - 1};
        out.push_back(cell);
      }
    }
    fill();
    const bool header = table.header.empty() && table.rows.empty() &&
                        std::all_of(row.begin(), row.end(), [](const SourceCell& c) { return c.header; });
    if (header) {
      table.header = std::move(out);
      continue;
    }
    if (!table.header.empty() && out.size() != table.header.size())
      diagnostic(row_begin, row.back().end,
                 "table row has " + std::to_string(out.size()) + " cells, header has " +
                     std::to_string(table.header.size()));
    table.rows.push_back(std::move(out));
  }
  a.tables.push_back(std::move(table));
}

}  // namespace liner::ingest::wikitext
