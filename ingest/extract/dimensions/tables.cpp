// Rows of credit and award tables: a credit for each role of a row's work, its
// release year (outside award tables), and the award a row of an award table
// records (won or nominated, by its result column).

#include <algorithm>

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/works.h"

namespace liner::ingest::extract {
namespace {

// The first column whose header holds one of `names`; -1 when none.
int column(const Table& t, const std::vector<std::string_view>& names) {
  for (std::size_t i = 0; i < t.header.size(); ++i) {
    const std::string h = lower_ascii(t.header[i].text);
    for (auto n : names)
      if (h.find(n) != std::string::npos) return static_cast<int>(i);
  }
  return -1;
}

// The row as an origin: its span and its cells' citations.
Origin row_origin(const std::vector<Cell>& row) {
  Origin o;
  o.span = row.front().span;
  o.span.end = row.back().span.end;
  for (const auto& c : row)
    for (const auto& l : c.citations)
      if (std::find(o.citations.begin(), o.citations.end(), l) == o.citations.end()) o.citations.push_back(l);
  return o;
}

struct Columns {
  int year, category, work, role, result, award, artist;
};

// The award a row of an award table records.
void row_award(ArticleState& st, ClaimSink& out, const Columns& col, const std::vector<Cell>& row, const Origin& o,
               std::optional<std::size_t> award, int year, const Work& w, const std::vector<std::string>& roles) {
  auto cell = [&](int c) -> std::string {
    return c >= 0 && static_cast<std::size_t>(c) < row.size() ? row[static_cast<std::size_t>(c)].text : std::string();
  };
  if (col.award >= 0) {
    const auto found = st.lex.find_awards(cell(col.award));
    if (!found.empty()) award = found.front().index;
  }
  if (!award) return;
  const std::string result = lower_ascii(cell(col.result));
  const bool nominated = result.find("nomin") != std::string::npos;
  Qualifiers q;
  if (year) q.year = year_string(year);
  if (!cell(col.category).empty()) q.category = cell(col.category);
  if (!w.name.empty()) q.work = w.name;
  if (!roles.empty()) {
    std::string joined;
    for (const auto& r : roles) joined += (joined.empty() ? "" : ", ") + r;
    q.role = joined;
  }
  out.add(nominated ? Predicate::awardNominated : Predicate::awardWon, st.subject,
          entity(st.lex.awards()[*award].name, EntityType::Award), std::nullopt, std::move(q), o);
}

}  // namespace

void remember_table_works(const Table& t, ArticleState& st) {
  const int col = column(t, st.cues.work_column);
  if (col < 0) return;
  for (const auto& row : t.rows)
    if (static_cast<std::size_t>(col) < row.size()) remember_work(st, cell_work(row[static_cast<std::size_t>(col)].text));
}

void read_table(const Table& t, ArticleState& st, ClaimSink& out) {
  const auto& cues = st.cues;
  const Columns col{column(t, cues.year_column),   column(t, cues.category_column), column(t, cues.work_column),
                    column(t, cues.role_column),   column(t, cues.result_column),   column(t, cues.award_column),
                    column(t, cues.artist_column)};
  const std::optional<std::size_t> heading_award = st.section_award(t.section);
  const bool awards_table = col.category >= 0 || col.result >= 0 || col.award >= 0 || heading_award;
  for (const auto& row : t.rows) {
    if (row.empty()) continue;
    auto cell = [&](int c) -> std::string {
      return c >= 0 && static_cast<std::size_t>(c) < row.size() ? row[static_cast<std::size_t>(c)].text : std::string();
    };
    const Origin o = row_origin(row);
    const std::string year_text = cell(col.year);
    const int year = year_text.size() >= 4 && all_digits(year_text.substr(0, 4)) ? std::stoi(year_text.substr(0, 4)) : 0;
    Work w = col.work >= 0 ? cell_work(cell(col.work)) : Work{};
    if (w.artist.empty()) w.artist = cell(col.artist);
    if (const auto known = st.known_works.find(st.key_of(w.name)); known != st.known_works.end() && w.type == EntityType::Work)
      w.type = known->second.type;
    std::vector<std::string> roles;
    for (const auto& r : st.lex.find_roles(cell(col.role)))
      for (const auto& name : r.roles)
        if (std::find(roles.begin(), roles.end(), name) == roles.end()) roles.push_back(name);
    if (!w.name.empty()) {
      for (const auto& role : roles) {
        Qualifiers q;
        q.role = role;
        if (!w.artist.empty()) q.artist = w.artist;
        if (!awards_table && year) q.year = year_string(year);
        out.add(Predicate::credit, st.subject, st.work_entity(w), std::nullopt, std::move(q), o);
      }
      if (!awards_table && year) {
        Qualifiers q;
        if (!w.artist.empty()) q.artist = w.artist;
        q.work_type = std::string(type_word(w.type));
        out.add(Predicate::releaseYear, st.work_entity(w), std::nullopt, year_string(year), std::move(q), o);
      }
    }
    if (awards_table) row_award(st, out, col, row, o, heading_award, year, w, roles);
  }
}

}  // namespace liner::ingest::extract
