// memberOf: band members in a group's article ("X joined in 1994 and left in
// 2001", "formed in 1989 by singer Owen Tull", member list items under a
// "Members" heading); "a member of the band X" in a person's.

#include <algorithm>

#include "ingest/entity.h"
#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/names.h"
#include "ingest/extract/mentions/times.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// The year within 30 bytes after the first of `verbs` found in `part`
// (which starts at byte `offset` of the clause whose times are `ts`).
int year_after_verb(const SentenceView& v, std::string_view part, std::size_t offset,
                    const WordList& verbs, const std::vector<TimeMention>& ts) {
  for (const auto& verb : verbs) {
    const std::size_t at = v.find_word(part, verb);
    if (at == std::string_view::npos) continue;
    for (const auto& m : ts)
      if (!m.relative && m.begin > offset + at && m.begin - (offset + at) < 30) return m.value.begin_year;
  }
  return 0;
}

// One member named at token i of clause t, if the token starts a person's name.
// Returns the token to go on from.
std::size_t group_member(const SentenceView& v, ArticleState& st, ClaimSink& out, std::string_view t,
                         const std::vector<Token>& toks, std::size_t i, const std::vector<TimeMention>& ts,
                         const std::vector<Work>& works, const Qualifiers& period_q, int start) {
  const std::string_view raw = word_of(t, toks, i);
  if (!capitalized(raw) || all_digits(core(raw))) return i;
  // "After Nandakumar left": a sentence opener is no part of the name.
  if (st.cues.starters.contains(core(raw))) return i;
  std::size_t e = name_run(t, toks, i, false, st.cues);
  if (e <= i) return i;
  const Range r{toks[i].begin, toks[e - 1].end};
  bool other = false;
  for (const auto& w : works) other = other || w.range.overlaps(r);
  for (const auto& m : ts) other = other || r.overlaps({m.begin, m.end});
  std::string name = text_of(t, toks, i, e);
  // "Drummer Kofi Mensah": drop a leading role noun.
  const std::string first(lower_ascii(core(raw)));
  if (st.cues.descriptors.contains(first) || st.cues.member_words.contains(first)) {
    name = name.find(' ') == std::string::npos ? std::string() : name.substr(name.find(' ') + 1);
    if (name.empty()) return i;
  }
  for (const auto& tok : split_words(name)) other = other || st.lex.organization_word(core(name.substr(tok.begin, tok.end - tok.begin)));
  name = st.full_name(name);  // "Tull left in 2016" is Owen Tull
  if (other || entity_key(name) == st.subject.key || split_words(name).size() < 2 || !st.lex.find_awards(name).empty())
    return e - 1;
  // The verbs that follow this name, up to the next name or clause: "X joined in
  // 1994 and left in 2001", not "Tull left in 2016, and Crane took over".
  std::size_t stop = t.find(',', r.end);
  for (std::size_t k = e; k < toks.size(); ++k)
    if (k > e && capitalized(word_of(t, toks, k)) && !all_digits(core(word_of(t, toks, k)))) {
      stop = std::min(stop, toks[k].begin);
      break;
    }
  const std::string_view own = t.substr(r.end, stop == std::string_view::npos ? std::string_view::npos : stop - r.end);
  Qualifiers q;
  const int joined = year_after_verb(v, own, r.end, st.cues.joined_verbs, ts);
  const int left = year_after_verb(v, own, r.end, st.cues.left_verbs, ts);
  if (joined) q.start_year = year_string(joined);
  if (left) q.end_year = year_string(left);
  if (!joined && !left && v.find_word(own, "member") != std::string_view::npos) {
    q.start_year = period_q.start_year;
    q.end_year = period_q.end_year;
  }
  // "formed in 1989 by singer Owen Tull": the founding year belongs to each founder.
  if (!joined && !left && start && (v.find_word(t, "formed") < r.begin || v.find_word(t, "founded") < r.begin))
    q.start_year = year_string(start);
  out.add(Predicate::memberOf, entity(name, EntityType::Person), st.subject, std::nullopt, std::move(q), v.origin);
  return e - 1;
}

// A person: "a member of the band X", "joined the group X", "formed the band X".
void person_membership(const SentenceView& v, ArticleState& st, ClaimSink& out, std::string_view t,
                       const std::vector<TimeMention>& ts) {
  for (auto lead : st.cues.person_leads) {
    const std::size_t at = t.find(lead);
    if (at == std::string_view::npos) continue;
    const auto toks = split_words(t);
    std::size_t ti = 0;
    while (ti < toks.size() && toks[ti].begin < at + lead.size()) ++ti;
    const std::size_t e = name_run(t, toks, ti, false, st.cues);
    if (e <= ti) continue;
    Qualifiers q;
    for (const auto& m : ts)
      if (!m.relative && m.begin > at) {
        q.start_year = year_string(m.value.begin_year);
        if (m.value.end_year && m.value.end_year != m.value.begin_year) q.end_year = year_string(m.value.end_year);
        break;
      }
    out.add(Predicate::memberOf, st.subject, entity(text_of(t, toks, ti, e), EntityType::Group), std::nullopt,
            std::move(q), v.origin);
    return;
  }
}

void membership_clause(const SentenceView& v, ArticleState& st, ClaimSink& out, std::string_view t,
                       const std::vector<TimeMention>& ts, const std::vector<Work>& works) {
  if (st.subject.type != EntityType::Group) {
    person_membership(v, st, out, t, ts);
    return;
  }
  if (!v.has_any(t, st.cues.member_list)) return;
  const auto toks = split_words(t);
  const int start = year_after_verb(v, t, 0, st.cues.joined_verbs, ts);
  Qualifiers period_q;
  period(t, ts, st.cues, period_q);
  for (std::size_t i = 0; i < toks.size(); ++i) i = group_member(v, st, out, t, toks, i, ts, works, period_q, start);
}

// Whether the sentence holds one of `phrases` (as string_view::find would
// find it): where one has an anchor, only at the places the word index
// holds the anchor.
bool holds_any(const SentenceView& v, const std::vector<AnchoredPhrase>& phrases) {
  const std::string_view t = v.text();
  // One pass over the words; a bit per anchor hash (its low 6 bits) passes few.
  std::uint64_t bits = 0;
  for (const auto& p : phrases) {
    if (p.anchor) bits |= std::uint64_t{1} << (p.anchor->head_hash & 63);
    else if (t.find(p.text) != std::string_view::npos) return true;
  }
  for (const auto& [h, at] : v.word_index()) {
    if (!((bits >> (h & 63)) & 1)) continue;
    for (const auto& p : phrases)
      if (p.anchor && h == p.anchor->head_hash && at >= p.offset && t.substr(at - p.offset).starts_with(p.text))
        return true;
  }
  return false;
}

}  // namespace

// Clause by clause: "X joined in 1994 and left in 2001; he was replaced by Y."
void read_membership(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const std::string_view sentence = v.text();
  // What each clause needs, the whole sentence needs first: a member word
  // (a group's article) or a lead such as "member of the band " (a person's).
  if (st.subject.type == EntityType::Group) {
    if (!v.has_any(sentence, st.cues.member_list)) return;
  } else if (!holds_any(v, st.cues.person_lead_cores)) {
    return;
  }
  std::size_t start = 0;
  while (start < sentence.size()) {
    std::size_t end = sentence.find(';', start);
    if (end == std::string_view::npos) end = sentence.size();
    std::vector<TimeMention> ts;
    for (const auto& m : v.times)
      if (m.begin >= start && m.end <= end) {
        ts.push_back(m);
        ts.back().begin -= start;
        ts.back().end -= start;
      }
    std::vector<Work> ws;
    for (const auto& w : v.works)
      if (w.range.begin >= start && w.range.end <= end) {
        ws.push_back(w);
        ws.back().range = {w.range.begin - start, w.range.end - start};
      }
    membership_clause(v, st, out, sentence.substr(start, end - start), ts, ws);
    start = end + 1;
  }
}

// "- Owen Tull – vocals, guitar (1989–2016)" under a heading about members.
bool read_member_item(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  const Sentence& s = v.sentence();
  if (st.subject.type != EntityType::Group || s.section == none || !starts_with_any(s.text, {"- ", "* ", "\xE2\x80\xA2 "}))
    return false;
  bool members = false;
  for (int sec = s.section; sec != none; sec = st.article.sections[static_cast<std::size_t>(sec)].parent) {
    const std::string h = lower_ascii(st.article.sections[static_cast<std::size_t>(sec)].heading);
    for (auto word : st.cues.member_headings) members = members || h.find(word) != std::string::npos;
  }
  if (!members) return false;
  const std::string_view item = std::string_view(s.text).substr(s.text.find(' ') + 1);
  const auto toks = split_words(item);
  const std::size_t e = name_run(item, toks, 0, false, st.cues);
  if (e == 0) return false;
  Qualifiers q;
  const auto ts = st.time.find(item);
  period(item, ts, st.cues, q);
  out.add(Predicate::memberOf, entity(text_of(item, toks, 0, e), EntityType::Person), st.subject, std::nullopt,
          std::move(q), v.origin);
  return true;
}

}  // namespace liner::ingest::extract
