#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "ingest/data.h"
#include "ingest/wikitext/reader_impl.h"

namespace liner::ingest::wikitext {
namespace {

// data/infobox_labels.tsv: field, label. A malformed line is a bug in the
// embedded data, so it throws.
std::vector<std::pair<std::string_view, std::string_view>> load_labels() {
  std::vector<std::pair<std::string_view, std::string_view>> out;
  for (std::string_view line : data::lines("infobox_labels.tsv")) {
    const auto cols = split_tabs(line);
    if (cols.size() != 2) throw std::logic_error("infobox_labels.tsv: bad line: " + std::string(line));
    out.emplace_back(cols[0], cols[1]);
  }
  return out;
}

}  // namespace

// Each field of an infobox is a paragraph `Label: value`.
void WikitextReader::read_infobox(const Template& t, int depth) {
  static const auto labels = load_labels();
  std::vector<const Arg*> fields;
  for (const Arg& a : t.args) {
    if (a.begin < a.end && !a.name.empty()) fields.push_back(&a);
    else if (a.begin < a.end) diagnostic(a.pipe, a.end, "infobox argument without a field name not read");
    else mark(a.pipe, a.end, markup);
  }
  for (std::size_t k = 0; k < fields.size(); ++k) {
    const Arg& a = *fields[k];
    // An embedded infobox (`| module = {{Infobox ...}}`) gives its own fields.
    if (const std::size_t end = index_.brace_end(a.begin, a.end); end == a.end && depth < 4) {
      const Template inner = parse_template(index_, a.begin, a.end);
      if (kind_of(inner.name) == Kind::infobox) {
        mark(a.pipe, a.end, markup);
        read_infobox(inner, depth + 1);
        continue;
      }
    }
    std::string label;
    for (const auto& [field, l] : labels)
      if (field == a.name) label = l;
    if (label.empty()) {
      label = a.name;
      if (!label.empty() && label[0] >= 'a' && label[0] <= 'z') label[0] = static_cast<char>(label[0] - 'a' + 'A');
    }
    Out o;
    o.field = true;
    mark(a.pipe, a.begin, markup);
    emit_synthetic(o, label + ": ", a.pipe);
    const std::size_t since = o.in.text.size();
    render_items(a.begin, a.end, o, 1);
    close_quotes(o);
    if (o.in.text.size() == since) {  // a label alone is no text
      o.in.text.clear();
      o.in.offsets.clear();
      add_prose(a.pipe, a.end, o, false);
      continue;
    }
    std::size_t end = a.end;
    // The place of birth (death) right after the date reads `Born: date, place`.
    if (k + 1 < fields.size() && ((a.name == "birth date" && fields[k + 1]->name == "birth place") ||
                                  (a.name == "death date" && fields[k + 1]->name == "death place"))) {
      const Arg& place = *fields[k + 1];
      mark(place.pipe, place.begin, markup);
      const std::size_t before = o.in.text.size();
      emit_synthetic(o, ", ", place.pipe);
      const std::size_t after = o.in.text.size();
      render_items(place.begin, place.end, o, 1);
      close_quotes(o);
      if (o.in.text.size() == after) {
        o.in.text.resize(before);
        o.in.offsets.resize(before);
      } else {
        end = place.end;
      }
      ++k;
    }
    add_prose(a.pipe, end, o, false);
  }
}

}  // namespace liner::ingest::wikitext
