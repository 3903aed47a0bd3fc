#include "ingest/builder.h"

#include <algorithm>

#include "ingest/inline.h"
#include "ingest/text.h"

namespace liner::ingest {
namespace {

std::vector<std::string> unique_labels(const std::vector<CitationMarker>& markers, const std::vector<int>& picked) {
  std::vector<std::string> out;
  for (int i : picked) {
    const std::string& l = markers[static_cast<std::size_t>(i)].label;
    if (std::find(out.begin(), out.end(), l) == out.end()) out.push_back(l);
  }
  return out;
}

bool is_separator_cell(std::string_view cell) {
  cell = trim(cell);
  if (cell.starts_with(':')) cell.remove_prefix(1);
  if (cell.ends_with(':')) cell.remove_suffix(1);
  return !cell.empty() && cell.find_first_not_of('-') == std::string_view::npos;
}

}  // namespace

ArticleBuilder::ArticleBuilder(const Document& doc, SentenceSplitter& splitter)
    : text_(doc.text), lines_(doc.text), splitter_(splitter) {
  article_.title = doc.title;
  article_.format = doc.format;
}

void ArticleBuilder::set_title(std::size_t begin, std::size_t end) {
  article_.title = std::string(text_.substr(begin, end - begin));
  article_.title_span = lines_.span(begin, end);
}

int ArticleBuilder::add_heading(std::size_t begin, std::size_t end, int level) {
  article_.sections.push_back({std::string(text_.substr(begin, end - begin)), lines_.span(begin, end), level, none});
  section_ = static_cast<int>(article_.sections.size()) - 1;
  return section_;
}

void ArticleBuilder::add_diagnostic(std::size_t begin, std::size_t end, std::string message) {
  article_.diagnostics.push_back({lines_.span(begin, end), std::move(message)});
}

void ArticleBuilder::add_paragraph(std::size_t begin, std::size_t end) {
  const std::string_view t = trim(text_.substr(begin, end - begin));
  if (t.empty()) return;
  begin = static_cast<std::size_t>(t.data() - text_.data());
  end = begin + t.size();
  add_sentences(begin, end, scan_inline(text_, begin, end, lines_, emphasis_), {}, true, true);
}

std::size_t ArticleBuilder::add_scanned_paragraph(std::size_t begin, std::size_t end, InlineText in,
                                                  const ByteRanges& italics, bool split) {
  const std::size_t first = article_.sentences.size();
  const std::string_view t = trim(text_.substr(begin, end - begin));
  if (t.empty() || trim(in.text).empty()) {
    article_.links.insert(article_.links.end(), in.links.begin(), in.links.end());
    if (!in.markers.empty()) {
      article_.markers.insert(article_.markers.end(), in.markers.begin(), in.markers.end());
      add_diagnostic(begin, end, "citation markers without any sentence text");
    }
    return first;
  }
  begin = static_cast<std::size_t>(t.data() - text_.data());
  end = begin + t.size();
  add_sentences(begin, end, std::move(in), italics, split, false);
  return first;
}

void ArticleBuilder::add_sentences(std::size_t begin, std::size_t end, InlineText in, const ByteRanges& italics,
                                   bool split, bool widen_to_links) {
  const int paragraph = static_cast<int>(article_.paragraphs.size());
  article_.paragraphs.push_back({lines_.span(begin, end), section_});

  const auto first_marker = static_cast<int>(article_.markers.size());
  const std::size_t first_link = article_.links.size();
  article_.markers.insert(article_.markers.end(), in.markers.begin(), in.markers.end());
  article_.links.insert(article_.links.end(), in.links.begin(), in.links.end());

  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  if (split) {
    ranges = splitter_.split(in.text);
  } else if (const std::string_view whole = trim(in.text); !whole.empty()) {
    const auto b = static_cast<std::size_t>(whole.data() - in.text.data());
    ranges.emplace_back(b, b + whole.size());
  }
  const std::size_t first_sentence = article_.sentences.size();
  for (const auto& [b, e] : ranges) {
    Sentence s;
    s.text = in.text.substr(b, e - b);
    s.offsets.assign(in.offsets.begin() + static_cast<std::ptrdiff_t>(b), in.offsets.begin() + static_cast<std::ptrdiff_t>(e));
    std::size_t start = in.offsets[b];
    std::size_t stop = in.offsets[e - 1] + 1;
    // A sentence that starts or ends on a link's anchor takes the whole link markup.
    for (std::size_t k = first_link; widen_to_links && k < article_.links.size(); ++k) {
      const Link& l = article_.links[k];
      if (start == l.anchor_span.start) start = l.span.start;
      if (stop == l.anchor_span.end) stop = l.span.end;
    }
    s.offsets.push_back(static_cast<std::uint32_t>(stop));
    s.span = lines_.span(start, stop);
    s.section = section_;
    s.paragraph = paragraph;
    for (const auto& [ib, ie] : italics) {
      const std::size_t lo = std::max<std::size_t>(ib, b);
      const std::size_t hi = std::min<std::size_t>(ie, e);
      if (lo < hi) s.italics.emplace_back(static_cast<std::uint32_t>(lo - b), static_cast<std::uint32_t>(hi - b));
    }
    article_.sentences.push_back(std::move(s));
  }
  // A marker belongs to the last sentence that starts at or before it.
  const std::size_t count = article_.sentences.size() - first_sentence;
  if (count == 0) {
    if (!in.markers.empty())
      add_diagnostic(begin, end, "citation markers without any sentence text");
    return;
  }
  std::size_t si = first_sentence;
  for (int m = first_marker; m < static_cast<int>(article_.markers.size()); ++m) {
    const std::size_t at = article_.markers[static_cast<std::size_t>(m)].span.start;
    while (si + 1 < article_.sentences.size() && article_.sentences[si + 1].span.start <= at) ++si;
    article_.sentences[si].markers.push_back(m);
  }
  for (std::size_t k = first_sentence; k < article_.sentences.size(); ++k)
    article_.sentences[k].citations = unique_labels(article_.markers, article_.sentences[k].markers);
}

void ArticleBuilder::add_table_row(std::size_t begin, std::size_t end, bool new_table) {
  const std::string_view row = text_.substr(begin, end - begin);
  // Cell boundaries: unescaped pipes; the outer pipes are optional.
  std::vector<std::pair<std::size_t, std::size_t>> cells;
  std::size_t cell_begin = begin;
  std::size_t i = 0;
  if (!row.empty() && row.front() == '|') cell_begin = begin + 1, i = 1;
  for (; i < row.size(); ++i) {
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) {
      cells.emplace_back(cell_begin, begin + i);
      cell_begin = begin + i + 1;
    }
  }
  if (!trim(text_.substr(cell_begin, end - cell_begin)).empty() || row.empty() || row.back() != '|')
    cells.emplace_back(cell_begin, end);

  if (new_table || article_.tables.empty()) {
    Table t;
    t.span = lines_.span(begin, end);
    t.section = section_;
    article_.tables.push_back(std::move(t));
    new_table = true;
  }
  Table& table = article_.tables.back();
  table.span = lines_.span(table.span.start, end);
  if (!new_table && std::all_of(cells.begin(), cells.end(), [&](auto c) {
        return is_separator_cell(text_.substr(c.first, c.second - c.first));
      }))
    return;

  std::vector<Cell> out;
  for (const auto& [cb, ce] : cells) {
    const std::string_view t = trim(text_.substr(cb, ce - cb));
    const std::size_t tb = t.empty() ? cb : static_cast<std::size_t>(t.data() - text_.data());
    InlineText in = scan_inline(text_, tb, tb + t.size(), lines_, emphasis_);
    Cell cell{std::string(trim(in.text)), lines_.span(tb, tb + t.size()), {}};
    for (const auto& m : in.markers)
      if (std::find(cell.citations.begin(), cell.citations.end(), m.label) == cell.citations.end())
        cell.citations.push_back(m.label);
    article_.markers.insert(article_.markers.end(), in.markers.begin(), in.markers.end());
    article_.links.insert(article_.links.end(), in.links.begin(), in.links.end());
    out.push_back(std::move(cell));
  }
  if (new_table) {
    table.header = std::move(out);
    return;
  }
  if (out.size() != table.header.size())
    add_diagnostic(begin, end,
                   "table row has " + std::to_string(out.size()) + " cells, header has " +
                       std::to_string(table.header.size()));
  table.rows.push_back(std::move(out));
}

void ArticleBuilder::add_reference(std::string label, std::size_t begin, std::size_t text_begin, std::size_t end) {
  Reference r;
  r.label = std::move(label);
  r.text = std::string(trim(text_.substr(text_begin, end - text_begin)));
  r.span = lines_.span(begin, end);
  for (std::string_view scheme : {"https://", "http://"}) {
    const std::size_t at = r.text.find(scheme);
    if (at == std::string::npos) continue;
    std::size_t stop = at;
    while (stop < r.text.size() && r.text[stop] != ' ' && r.text[stop] != '\t') ++stop;
    while (stop > at && std::string_view(".,;)]>\"'").find(r.text[stop - 1]) != std::string_view::npos) --stop;
    r.url = r.text.substr(at, stop - at);
    break;
  }
  article_.references.push_back(std::move(r));
}

Article ArticleBuilder::finish() && {
  std::vector<int> stack;
  for (int i = 0; i < static_cast<int>(article_.sections.size()); ++i) {
    Section& s = article_.sections[static_cast<std::size_t>(i)];
    while (!stack.empty() && article_.sections[static_cast<std::size_t>(stack.back())].level >= s.level)
      stack.pop_back();
    s.parent = stack.empty() ? none : stack.back();
    stack.push_back(i);
  }
  return std::move(article_);
}

}  // namespace liner::ingest
