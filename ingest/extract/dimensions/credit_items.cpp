// Credits list items: "- 1998 – Ocean Hours (Talia Brook) – producer, mixer",
// "* "Paper Boats" by Ines Valcourt: remix", "1. Tidewater (2004 film) – composer".
// Each role gives a credit (and one to a co-agent "(with X)"); a year gives
// the release year; the work is remembered for the rest of the article.

#include <set>

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/works.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// The item after its marker ("- ", "* ", "• ", "1. ", "2) "); empty when the line is no item.
std::string_view item_text(std::string_view t) {
  std::size_t skip = 0;
  if (starts_with_any(t, {"- ", "* ", "\xE2\x80\xA2 "})) return t.substr(t.find(' ') + 1);
  while (skip < t.size() && skip < 3 && t[skip] >= '0' && t[skip] <= '9') ++skip;
  if (skip == 0 || skip + 1 >= t.size() || (t[skip] != '.' && t[skip] != ')') || t[skip + 1] != ' ') return {};
  return t.substr(skip + 2);
}

// The title at `pos` of the item: quoted, or up to "(", a dash, a comma or ": ".
// Sets w.name (and w.type for a quoted song); returns where the title ends, or npos.
std::size_t item_title(std::string_view item, std::size_t pos, Work& w) {
  if (item[pos] == '"' || item.substr(pos).starts_with("\xE2\x80\x9C")) {
    const bool curly = item[pos] != '"';
    const std::size_t open_end = pos + (curly ? 3 : 1);
    const std::size_t close = curly ? item.find("\xE2\x80\x9D", open_end) : item.find('"', open_end);
    if (close == std::string_view::npos) return std::string_view::npos;
    w.name = std::string(item.substr(open_end, close - open_end));
    w.type = EntityType::Song;
    return close + (curly ? 3 : 1);
  }
  std::size_t e = pos;
  while (e < item.size() && item[e] != '(' && !item.substr(e).starts_with(" \xE2\x80\x93") &&
         !item.substr(e).starts_with(" \xE2\x80\x94") && !item.substr(e).starts_with(" - ") && item[e] != ',' &&
         !item.substr(e).starts_with(": "))
    ++e;
  w.name = std::string(trim(item.substr(pos, e - pos)));
  return e;
}

// "(Artist)", "(Artist, 2011)", "(2004 film)", "(BBC series, 2012)".
void take_paren(std::string_view inner, Work& w, const Lexicon& lex) {
  const std::size_t comma = inner.find(',');
  for (auto part : {inner.substr(0, comma), comma == std::string_view::npos ? std::string_view{} : trim(inner.substr(comma + 1))}) {
    part = trim(part);
    if (part.empty()) continue;
    if (part.size() >= 4 && all_digits(part.substr(0, 4))) {
      w.year = std::stoi(std::string(part.substr(0, 4)));
      const auto kinds = lex.find_work_types(part.substr(4));
      if (!kinds.empty()) w.type = kinds.front().second;
    } else if (const auto kinds = lex.find_work_types(part); !kinds.empty() && kinds.back().first.end == part.size()) {
      w.type = kinds.back().second;
    } else if (capitalized(part) && part.find("with ") != 0 && lex.find_roles(part).empty()) {
      w.artist = std::string(part);
    }
  }
}

// What follows the title: "(Artist)", "– Artist (2001)", "by Artist:".
void item_details(std::string_view rest, Work& w, const Lexicon& lex) {
  rest = trim(rest);
  if (rest.starts_with("(")) {
    const std::size_t close = rest.find(')');
    if (close != std::string_view::npos) {
      take_paren(rest.substr(1, close - 1), w, lex);
      rest = trim(rest.substr(close + 1));
    }
  }
  if (rest.starts_with("by ")) {
    const std::size_t stop = rest.find_first_of(":(");
    w.artist = std::string(trim(rest.substr(3, stop == std::string_view::npos ? std::string_view::npos : stop - 3)));
    rest = stop == std::string_view::npos ? std::string_view{} : rest.substr(stop);
  }
  // "– The Loch Varley (2001) – mixing": an artist field before the roles.
  for (std::string_view dash : {"\xE2\x80\x93 ", "\xE2\x80\x94 ", "- "}) {
    if (!rest.starts_with(dash)) continue;
    const std::string_view field = trim(rest.substr(dash.size(), rest.find(dash, dash.size()) - dash.size()));
    if (capitalized(field) && lex.find_roles(field).empty()) {
      const std::size_t open = field.find('(');
      if (w.artist.empty()) w.artist = std::string(trim(field.substr(0, open)));
      if (open != std::string_view::npos) take_paren(field.substr(open + 1, field.find(')') - open - 1), w, lex);
    }
  }
}

}  // namespace

bool read_credit_item(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const Sentence& s = v.sentence();
  const std::string_view t = s.text;
  const std::string_view item = item_text(t);
  if (item.empty() || st.lex.find_roles(item).empty()) return false;
  Work w;
  std::size_t pos = 0;
  // A leading year field: "1998 – ".
  if (item.size() > 7 && all_digits(item.substr(0, 4)) && !capitalized(item.substr(4, 1))) {
    w.year = std::stoi(std::string(item.substr(0, 4)));
    pos = 4;
    while (pos < item.size() && (item[pos] == ' ' || item[pos] == '-' || item[pos] == ':' ||
                                 item.substr(pos).starts_with("\xE2\x80\x93") || item.substr(pos).starts_with("\xE2\x80\x94")))
      pos += item.substr(pos).starts_with("\xE2\x80") ? 3 : 1;
  }
  const std::size_t title_end = item_title(item, pos, w);
  if (title_end == std::string_view::npos) return false;
  if (w.name.empty() || !capitalized(w.name)) return false;
  item_details(item.substr(title_end), w, st.lex);
  if (w.type == EntityType::Work && s.section != none) {
    const auto kinds = st.lex.find_work_types(st.article.sections[static_cast<std::size_t>(s.section)].heading);
    if (!kinds.empty()) w.type = kinds.front().second;
  }
  std::vector<Entity> agents{st.subject};
  if (const std::size_t with = item.find("(with "); with != std::string_view::npos) {
    const std::size_t close = item.find(')', with);
    const std::string co(trim(item.substr(with + 6, close - with - 6)));
    if (capitalized(co)) agents.push_back(entity(co, EntityType::Person));
  }
  const std::size_t roles_from = static_cast<std::size_t>(item.data() - t.data()) + title_end;
  std::set<std::string> done;
  for (const auto& r : st.lex.find_roles(t.substr(roles_from)))
    for (const auto& role : r.roles) {
      if (!done.insert(role).second) continue;
      for (const auto& who : agents) {
        Qualifiers q;
        q.role = role;
        if (!w.artist.empty()) q.artist = w.artist;
        if (w.year) q.year = year_string(w.year);
        out.add(Predicate::credit, who, st.work_entity(w), std::nullopt, std::move(q), v.origin);
      }
    }
  if (w.year) {
    Qualifiers q;
    if (!w.artist.empty()) q.artist = w.artist;
    q.work_type = std::string(type_word(w.type));
    out.add(Predicate::releaseYear, st.work_entity(w), std::nullopt, year_string(w.year), std::move(q), v.origin);
  }
  remember_work(st, w);
  return true;
}

}  // namespace liner::ingest::extract
