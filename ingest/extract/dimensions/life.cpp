// Life events: birthDate, deathDate, birthPlace, life spans, ageAt.
// "born on May 4, 1961, in Recife, Brazil"; "Born: 4 May 1961, Recife,
// Brazil"; "died in 2010"; "the singer Ana Reis (1941–2012)"; "at the age of 17".

#include "ingest/entity.h"
#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/names.h"
#include "ingest/extract/mentions/subject.h"
#include "ingest/extract/mentions/times.h"

namespace liner::ingest::extract {
namespace {

// "Earl Voss (born 1931; died February 1990)": dates after an open
// parenthesis are the named person's; otherwise the subject's.
Entity person_of_dates(std::string_view t, std::size_t at, const ArticleState& st, bool& skip, const SentenceView& v,
                       std::string_view before) {
  skip = false;
  const std::size_t open = t.substr(0, at).rfind('(');
  if (open != std::string_view::npos && open > 1 && t.substr(open, at - open).find(')') == std::string_view::npos) {
    const auto toks = split_words(t.substr(0, open));
    std::size_t b = toks.size();
    while (b > 0 && capitalized(word_of(t, toks, b - 1)) && word_of(t, toks, b - 1).find_first_of(",;") == std::string_view::npos)
      --b;
    if (b < toks.size()) {
      const std::string name = text_of(t.substr(0, open), toks, b, toks.size());
      if (entity_key(name) != st.subject.key && name != st.surname && split_words(name).size() >= 2 &&
          st.lex.find_awards(name).empty())
        return entity(name, EntityType::Person);
    }
  } else if (at > 0 && !mentions_subject(v, st, before)) {
    skip = true;
  }
  return st.subject;
}

// The place: "in City, Region" after the verb, or the names after the date in a field.
void birth_place(const SentenceView& v, ArticleState& st, ClaimSink& out, std::size_t at, std::size_t verb_size,
                 const TimeMention* date) {
  const std::string_view t = v.text();
  const auto& ts = v.times;
  std::size_t from = at + verb_size;
  // "born in 1959 in York": an "in" before a date is the date's.
  std::size_t in = t.find(" in ", from);
  while (in != std::string_view::npos && in + 4 < t.size() && date && date->begin == in + 4) in = t.find(" in ", date->end);
  std::size_t start = std::string_view::npos;
  if (in != std::string_view::npos && in - from < 40) start = in + 4;
  else if (date && t.substr(date->end).starts_with(", ") && at < 2) start = date->end + 2;
  if (start == std::string_view::npos) return;
  const auto toks = split_words(t.substr(start));
  std::size_t e = 0;
  std::size_t last = 0;
  while (e < toks.size()) {
    const std::string_view raw = t.substr(start + toks[e].begin, toks[e].end - toks[e].begin);
    const std::string_view w = core(raw);
    if (!capitalized(raw) || all_digits(w) || st.lex.pronoun(w) || w == st.subject.name || w == st.surname) break;
    bool month = false;
    for (const auto& m : ts) month = month || (m.begin <= start + toks[e].begin && start + toks[e].begin < m.end);
    if (month) break;
    last = e + 1;
    ++e;
    if (raw.back() != ',' && raw.back() != ' ' && std::string_view(".;)").find(raw.back()) != std::string_view::npos)
      break;
    if (raw.back() == ',' && (e >= toks.size() || !capitalized(t.substr(start + toks[e].begin, toks[e].end - toks[e].begin))))
      break;
  }
  if (last == 0) return;
  std::string place(t.substr(start, toks[last - 1].end));
  if (const std::size_t paren = place.find(')'); paren != std::string::npos) place.erase(paren);
  while (!place.empty() && std::string_view(",.;").find(place.back()) != std::string_view::npos) place.pop_back();
  out.add(Predicate::birthPlace, st.subject, entity(place, EntityType::Place), std::nullopt, {}, v.origin);
}

}  // namespace

void read_birth_and_death(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  for (const auto& [verb, date_pred] : {std::pair{&st.cues.born, Predicate::birthDate},
                                        std::pair{&st.cues.died, Predicate::deathDate}}) {
    const std::size_t at = v.find_word(t, *verb);
    if (at == std::string_view::npos) continue;
    // The clause before the verb must be about the subject, not a relative.
    const std::size_t clause = t.substr(0, at).find_last_of(";");
    const std::size_t clause_begin = clause == std::string_view::npos ? 0 : clause + 1;
    const std::string_view before = t.substr(clause_begin, at - clause_begin);
    if (v.has_any(before, st.cues.relatives)) continue;
    bool skip = false;
    const Entity who = person_of_dates(t, at, st, skip, v, before);
    if (skip) continue;
    // The date: the first time after the verb.
    const TimeMention* date = nullptr;
    for (const auto& m : v.times)
      if (m.begin > at && !m.relative && (!date)) date = &m;
    if (date && date->begin - at < 40) {
      Qualifiers q;
      q.precision = std::string(precision_name(date->value.precision));
      out.add(date_pred, who, std::nullopt, date->value.iso, std::move(q), v.origin);
    }
    if (date_pred != Predicate::birthDate || who.key != st.subject.key) continue;
    birth_place(v, st, out, at, verb->text.size(), date);
  }
}

// "the singer Ana Reis (1941–2012)": a person's life span in parentheses
// after the name gives a birth and a death year. The name is the subject's,
// or another person's when the words before say a person is named.
void read_life_span(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  for (const auto& m : v.times) {
    const int born = m.value.begin_year, died = m.value.end_year;
    if (m.relative || m.value.precision != TimePrecision::range || died - born < 10 || died - born > 110) continue;
    if (m.begin < 2 || t[m.begin - 1] != '(' || t[m.begin - 2] != ' ' || m.end >= t.size() || t[m.end] != ')') continue;
    const std::size_t open = m.begin - 2;
    bool work = false;
    for (const auto& w : v.works) work = work || (w.range.end <= open && open - w.range.end <= 1);
    if (work) continue;
    const auto toks = split_words(t.substr(0, open));
    std::size_t b = toks.size();
    while (b > 0 && toks.size() - b < 4) {
      const std::string_view raw = word_of(t, toks, b - 1);
      if (!capitalized(raw) || (b < toks.size() && raw.find_first_of(",;:") != std::string_view::npos) || core(raw) != raw)
        break;
      --b;
    }
    if (b == toks.size()) continue;
    const std::string name = text_of(t, toks, b, toks.size());
    Entity who;
    if (entity_key(name) == st.subject.key || name == st.surname) {
      who = st.subject;
    } else if (toks.size() - b >= 2 && names_person(t, toks, b, st) && st.lex.find_awards(name).empty()) {
      who = entity(name, EntityType::Person);
    } else {
      continue;
    }
    Qualifiers q;
    q.precision = "year";
    out.add(Predicate::birthDate, who, std::nullopt, year_string(born), q, v.origin);
    out.add(Predicate::deathDate, who, std::nullopt, year_string(died), std::move(q), v.origin);
  }
}

// "at the age of 17", "aged 17", "a 17-year-old": the subject's age, at the year nearby.
void read_age(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view t = v.text();
  // Each pattern below needs one of these in the sentence: the whole word
  // "age", "aged" or "year" (the word index tells at once), and the text
  // "age" or "-year-old".
  if (!v.has_any(t, st.cues.age_words)) return;
  if (t.find("age") == std::string_view::npos && t.find("-year-old") == std::string_view::npos) return;
  const auto& toks = v.tokens();
  auto word = [&](std::size_t i) { return core(word_of(t, toks, i)); };
  for (std::size_t i = 0; i + 1 < toks.size(); ++i) {
    const std::string_view w = word(i);
    std::optional<int> n;
    if ((w == "age" || w == "aged") && i + 1 < toks.size()) n = st.lex.number(word(i + 1));
    if (w == "age" && i + 2 < toks.size() && word(i + 1) == "of") n = st.lex.number(word(i + 2));
    if (w.ends_with("-year-old")) n = st.lex.number(w.substr(0, w.size() - 9));
    if (!n || *n <= 0 || *n > 120) continue;
    Qualifiers q;
    if (const int y = year_near(v.times, st.anchor_year)) q.year = year_string(y);
    out.add(Predicate::ageAt, st.subject, std::nullopt, std::to_string(*n), std::move(q), v.origin);
    return;
  }
}

}  // namespace liner::ingest::extract
