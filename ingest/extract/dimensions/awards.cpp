// awardWon and awardNominated from prose. Each award mention takes the verb
// nearest before it in its clause ("won the BAFTA ... and was nominated for
// the Academy Award"), its year, category and work; categories no mention
// took take the award named before them or the section's; a sentence that
// names no award but says what was won takes the section's award.

#include <set>

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/names.h"
#include "ingest/extract/mentions/roles.h"
#include "ingest/extract/mentions/subject.h"
#include "ingest/extract/mentions/times.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

class AwardReader {
 public:
  AwardReader(const SentenceView& v, ArticleState& st, ClaimSink& out)
      : v_(v), st_(st), out_(out), t_(v.text()), toks_(v.tokens()), awards_(v.awards()), cats_(v.categories()) {}

  void read();

 private:
  int verb_before(std::size_t pos) const;
  void emit(std::size_t award, int year, const std::string& category, const Work* w, bool win,
            std::optional<std::string> role, bool work_is_subject);
  bool work_subject(std::size_t verb_at, const Work* w) const;
  std::optional<std::string> role_between(std::size_t b, std::size_t e) const;
  int nearest_year(std::size_t b, std::size_t e) const;
  bool named_for(std::size_t pos, Work& named) const;
  std::vector<int> year_list_after(std::size_t pos) const;
  void mention(std::size_t a);
  void category(std::size_t ci);

  const SentenceView& v_;
  ArticleState& st_;
  ClaimSink& out_;
  std::string_view t_;
  const std::vector<Token>& toks_;
  const std::vector<Match>& awards_;
  const std::vector<Category>& cats_;
  bool won_ = false, nominated_ = false, any_ = false;
  std::vector<RoleMatch> roles_;
  std::set<std::size_t> used_cats_;
};

// 1 won, -1 nominated, 0 none: the verb nearest before `pos` in its clause.
int AwardReader::verb_before(std::size_t pos) const {
  std::size_t best = std::string_view::npos;
  int kind = 0;
  const std::size_t clause = t_.substr(0, pos).find_last_of(";");
  const std::size_t from = clause == std::string_view::npos ? 0 : clause;
  auto scan = [&](const CueWord& w, int k) {
    for (std::size_t at = v_.find_word(t_, w, from); at != std::string_view::npos && at < pos; at = v_.find_word(t_, w, at + 1))
      if (best == std::string_view::npos || at > best) best = at, kind = k;
  };
  for (const auto& w : st_.cues.win_verbs) scan(w, 1);
  for (const auto& w : st_.cues.nomination_words) scan(w, -1);
  return kind;
}

void AwardReader::emit(std::size_t award, int year, const std::string& category, const Work* w, bool win,
                       std::optional<std::string> role, bool work_is_subject) {
  if (!year && category.empty() && !w) return;  // "her Grammy successes" states no particular award
  Qualifiers q;
  if (year) q.year = year_string(year);
  if (!category.empty()) q.category = category;
  if (w && !work_is_subject) q.work = w->name;
  if (role) q.role = role;
  out_.add(win ? Predicate::awardWon : Predicate::awardNominated, work_is_subject && w ? st_.work_entity(*w) : st_.subject,
           entity(st_.lex.awards()[award].name, EntityType::Award), std::nullopt, std::move(q), v_.origin);
}

// "the album won", "which won", "Tempo Bom won": the work is the winner.
bool AwardReader::work_subject(std::size_t verb_at, const Work* w) const {
  if (!w || verb_at == std::string_view::npos) return false;
  const std::size_t clause = t_.substr(0, verb_at).find_last_of(";,");
  const std::size_t from = clause == std::string_view::npos ? 0 : clause + 1;
  std::string_view lead = trim(t_.substr(from, verb_at - from));
  if (lead.starts_with("which") || lead.starts_with("that")) return true;
  for (const auto& [m, type] : st_.lex.find_work_types(lead))
    if (m.begin <= 4 && (lead.starts_with("the ") || lead.starts_with("The ") || m.begin == 0)) return true;
  return lead.starts_with(w->name) && lead.size() <= w->name.size() + 12;
}

std::optional<std::string> AwardReader::role_between(std::size_t b, std::size_t e) const {
  for (const auto& r : roles_)
    if (r.begin >= b && r.end <= e) return r.roles.front();
  return std::nullopt;
}

int AwardReader::nearest_year(std::size_t b, std::size_t e) const {
  int year = 0;
  std::size_t best = std::string_view::npos;
  for (auto m : v_.times) {
    // "The following year she won ...": counted from the previous dated statement.
    if (m.relative && st_.anchor_year)
      if (const auto r = TimeParser::resolve(m, st_.anchor_year)) m.value = *r, m.relative = false;
    if (m.relative || m.value.precision == TimePrecision::decade) continue;
    const std::size_t d = m.begin >= e ? m.begin - e : (m.end <= b ? b - m.end : 0);
    if (d < best) best = d, year = m.value.begin_year;
  }
  return year;
}

// A title named after "for" or "with", past an optional year: "... Album in 2014 for Vento Sul".
bool AwardReader::named_for(std::size_t pos, Work& named) const {
  std::size_t at = pos;
  if (t_.substr(at).starts_with(" in ") && at + 8 <= t_.size() && all_digits(t_.substr(at + 4, 4))) at += 8;
  std::size_t lead = 0;
  for (std::string_view l : {" for ", " with "})
    if (t_.substr(at).starts_with(l)) lead = l.size();
  if (lead == 0) return false;
  std::size_t ti = 0;
  while (ti < toks_.size() && toks_[ti].begin < at + lead) ++ti;
  const std::size_t e = name_run(t_, toks_, ti, false, st_.cues);
  if (e <= ti || core(word_of(t_, toks_, ti)) == "Best" || !st_.lex.find_awards(text_of(t_, toks_, ti, e)).empty())
    return false;
  named.name = text_of(t_, toks_, ti, e);
  named.range = {toks_[ti].begin, toks_[e - 1].end};
  return true;
}

// Two or more years listed from `pos` on: " (1995, 1999 and 2004)",
// " in 1995, 1999, and 2004". Empty when fewer than two.
std::vector<int> AwardReader::year_list_after(std::size_t pos) const {
  std::vector<int> years;
  std::size_t at = pos;
  for (std::string_view lead : {" (", " in "})
    if (t_.substr(at).starts_with(lead)) {
      at += lead.size();
      break;
    }
  while (true) {
    const TimeMention* here = nullptr;
    for (const auto& m : v_.times)
      if (m.begin == at && !m.relative && m.value.precision == TimePrecision::year) here = &m;
    if (!here) break;
    years.push_back(here->value.begin_year);
    at = here->end;
    bool more = false;
    for (auto sep : st_.cues.year_list_separators)
      if (t_.substr(at).starts_with(sep)) {
        at += sep.size();
        more = true;
        break;
      }
    if (!more) break;
  }
  if (years.size() < 2) years.clear();
  return years;
}

// Award mention a: its verb, year, category, work, and who won it.
void AwardReader::mention(std::size_t a) {
  const auto& works = v_.works;
  const Match& award = awards_[a];
  int kind = verb_before(award.begin);
  const std::string_view after = t_.substr(award.end);
  if (after.starts_with(" nomination") || after.starts_with(" nominee")) kind = -1;
  if (kind == 0) kind = won_ ? 1 : -1;
  // The year: written before it ("the 2007 Grammy"), else the nearest in the sentence.
  int year = 0;
  if (award.begin >= 5 && all_digits(t_.substr(award.begin - 5, 4))) year = std::stoi(std::string(t_.substr(award.begin - 5, 4)));
  if (!year) year = nearest_year(award.begin, award.end);
  std::string category;
  std::size_t cat_end = award.end;
  for (std::size_t ci = 0; ci < cats_.size(); ++ci) {
    const auto& c = cats_[ci];
    if (c.range.begin >= award.end && c.range.begin - award.end < 12 && category.empty()) {
      category = c.text;
      cat_end = c.range.end;
      used_cats_.insert(ci);
    }
  }
  // The work: named after the award or its category ("for Harbour Lights"), else the nearest before.
  const Work* work = nullptr;
  for (const auto& w : works)
    if (w.range.begin >= cat_end && t_.substr(cat_end, w.range.begin - cat_end).find_first_of(";,") == std::string_view::npos &&
        w.range.begin - cat_end < 40) {
      work = &w;
      break;
    }
  Work named;
  if (!work && named_for(cat_end, named)) work = &named;
  if (!work)
    for (const auto& w : works)
      if (w.range.end <= award.begin) work = &w;
  // Where the verb stands decides who won: the person, or the work.
  std::size_t verb_at = std::string_view::npos;
  for (const auto& w : kind > 0 ? st_.cues.win_verbs : st_.cues.nomination_words)
    for (std::size_t at = v_.find_word(t_, w); at != std::string_view::npos && at < award.begin; at = v_.find_word(t_, w, at + 1))
      if (verb_at == std::string_view::npos || at > verb_at) verb_at = at;
  // "Mirrors earned Averkamp a nomination": the person named after the verb is the recipient.
  const bool gives = verb_at != std::string_view::npos &&
                     (t_.substr(verb_at).starts_with("earned") || t_.substr(verb_at).starts_with("earning") ||
                      t_.substr(verb_at).starts_with("garnered")) &&
                     verb_at + 12 < award.begin && mentions_subject(v_, st_, t_.substr(verb_at, award.begin - verb_at));
  const bool by_work = work && work->range.end <= award.begin && !gives && work_subject(verb_at, work);
  // "the X Award for Producer of the Year in 1995, 1999 and 2004": one award a year.
  auto years = year_list_after(cat_end);
  if (years.empty()) years.push_back(year);
  for (const int y : years)
    emit(award.index, y, category, work, kind > 0, role_between(award.end, work ? work->range.begin : t_.size()), by_work);
  any_ = true;
}

// A category no award mention took: "won Record of the Year in 2003 for X and Best
// Engineered Album in 2010 for Y", "Puentes (Best Latin Pop Album)", "three for
// Producer of the Year (1995, 1999 and 2004)". It takes the award named before
// it in the sentence, or the section's.
void AwardReader::category(std::size_t ci) {
  const auto& works = v_.works;
  const Category& c = cats_[ci];
  bool in_work_paren = false;  // "(2011 Latin Grammy for Best Rock Album)" was read with its work
  for (const auto& w : works) in_work_paren = in_work_paren || (w.award && c.range.begin >= w.range.end && c.range.end <= w.after);
  if (in_work_paren) return;
  std::optional<std::size_t> award = st_.award_context;
  for (const auto& m : awards_)
    if (m.end <= c.range.begin) award = m.index;
  if (!award) return;
  int kind = verb_before(c.range.begin);
  if (kind == 0) kind = nominated_ && !won_ ? -1 : 1;
  // A list of years right after: "(1995, 1999 and 2004)", "in 1995, 1999 and 2004".
  std::vector<int> years = year_list_after(c.range.end);
  if (years.empty()) years.push_back(nearest_year(c.range.begin, c.range.end));
  // The work: the one the category stands in parentheses after, or the one named after it.
  const Work* work = nullptr;
  for (const auto& w : works)
    if (w.range.end < c.range.begin && c.range.begin - w.range.end <= 3 && t_[c.range.begin - 1] == '(') work = &w;
  if (!work)
    for (const auto& w : works)
      if (w.range.begin >= c.range.end && w.range.begin - c.range.end < 30 &&
          t_.substr(c.range.end, w.range.begin - c.range.end).find_first_of(";") == std::string_view::npos &&
          t_.substr(c.range.end, w.range.begin - c.range.end).find(" and ") == std::string_view::npos) {
        work = &w;
        break;
      }
  Work named;
  if (!work && named_for(c.range.end, named)) work = &named;
  for (int y : years) emit(*award, y, c.text, work, kind > 0, std::nullopt, false);
  any_ = true;
}

void AwardReader::read() {
  const auto& works = v_.works;
  // Parenthetical awards after a work: "Noche y Día (2011 Latin Grammy for Best Rock Album)".
  for (const auto& w : works)
    if (w.award) emit(*w.award, w.award_year, w.award_category, &w, true, std::nullopt, false);
  // With no award or category named, only the section's award (below) can be
  // claimed, and only of a work in a sentence about the subject.
  if (awards_.empty() && cats_.empty() && (!v_.about_subject || !st_.award_context || works.empty())) return;
  nominated_ = v_.has_any(t_, st_.cues.nomination_words);
  won_ = v_.has_any(t_, st_.cues.win_verbs);
  if (!won_ && !nominated_ && cats_.empty()) return;
  roles_ = free_roles(v_);
  for (std::size_t a = 0; a < awards_.size(); ++a) {
    if (st_.counted_awards.contains(a) || st_.first_awards.contains(a)) continue;
    bool in_paren = false;
    for (const auto& w : works) in_paren = in_paren || (w.award && awards_[a].begin >= w.range.end && awards_[a].end <= w.after);
    if (in_paren) continue;
    mention(a);
  }
  for (std::size_t ci = 0; ci < cats_.size(); ++ci)
    if (!used_cats_.contains(ci)) category(ci);
  // No award named: the section's or paragraph's award, when the sentence
  // says what was won ("In 2007, she won for engineering Lúa's Vivir es Cantar").
  if (!any_ && awards_.empty() && v_.about_subject && st_.award_context && (won_ || nominated_) &&
      (!works.empty() || !cats_.empty())) {
    const int year = nearest_year(0, t_.size());
    const std::string cat = cats_.empty() ? std::string() : cats_.front().text;
    const Work* work = works.empty() ? nullptr : &works.back();
    if (year || work) emit(*st_.award_context, year, cat, work, won_, role_between(0, work ? work->range.begin : t_.size()), false);
  }
}

}  // namespace

void read_awards(const SentenceView& v, ArticleState& st, ClaimSink& out) { AwardReader(v, st, out).read(); }

}  // namespace liner::ingest::extract
