// Credits from prose: who did what on which work. "She produced X and mixed
// Y", "produced by Iris Lund", "Lund's production on X", "X (1992), which she
// mastered", "co-produced with Ana Ribeiro"; and role-less credits ("his
// contributions to X").

#include <algorithm>

#include "ingest/entity.h"
#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/names.h"
#include "ingest/extract/mentions/roles.h"
#include "ingest/text.h"

namespace liner::ingest::extract {
namespace {

// The first token that begins at or after `pos` (tokens are in order; the
// roles read here stand anywhere in the sentence, so halve, not walk).
std::size_t first_from(const std::vector<Token>& toks, std::size_t pos) {
  return static_cast<std::size_t>(
      std::partition_point(toks.begin(), toks.end(), [&](const Token& k) { return k.begin < pos; }) - toks.begin());
}

// The first token that ends at or after `pos`.
std::size_t first_ending_from(const std::vector<Token>& toks, std::size_t pos) {
  return static_cast<std::size_t>(
      std::partition_point(toks.begin(), toks.end(), [&](const Token& k) { return k.end < pos; }) - toks.begin());
}

// "Ruud Verbeek engineered the sessions": a name right before the verb is its agent.
std::string name_before_verb(const SentenceView& v, const ArticleState& st, const RoleMatch& r) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  const std::size_t pi = first_ending_from(toks, r.begin);
  std::size_t b = pi;
  // "the session drummer Erik Solberg, played drums": the name may end with a comma.
  auto name_token = [&](std::size_t i) {
    const std::string_view raw = word_of(t, toks, i);
    const std::string_view inner = i + 1 == pi && raw.back() == ',' ? raw.substr(0, raw.size() - 1) : raw;
    return capitalized(inner) && inner.find_first_of(",;()\"") == std::string_view::npos && !all_digits(core(inner));
  };
  while (b > 0 && name_token(b - 1)) --b;
  if (pi >= b + 2 && toks[pi - 1].end + 1 == r.begin && b > 0 && !st.cues.starters.contains(core(word_of(t, toks, b)))) {
    const std::string name = text_of(t, toks, b, pi);
    bool title = false;
    for (const auto& w : v.works) title = title || w.range.overlaps({toks[b].begin, toks[pi - 1].end});
    if (!title && !st.lex.title_word(lower_ascii(core(word_of(t, toks, b))))) return name;
  }
  return {};
}

// "under Lund's production": a possessive name right before the role.
std::string possessive_before(const SentenceView& v, const ArticleState& st, const RoleMatch& r) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  const std::size_t pi = first_ending_from(toks, r.begin - 1);
  if (pi >= toks.size() || toks[pi].end != r.begin - 1) return {};
  const std::string_view raw = word_of(t, toks, pi);
  if (!is_possessive(raw) || !capitalized(raw) || st.lex.pronoun(possessor(raw))) return {};
  std::size_t b = pi;
  while (b > 0 && capitalized(word_of(t, toks, b - 1)) && word_of(t, toks, b - 1).find_first_of(",;") == std::string_view::npos)
    --b;
  return (b < pi ? text_of(t, toks, b, pi) + " " : std::string()) + std::string(possessor(raw));
}

// Another agent of role r: "produced by Iris Lund", "under Lund's production",
// "producer Iris Lund"; empty for the subject; nullopt when "by" names nobody.
std::optional<std::string> agent_of(const SentenceView& v, const ArticleState& st, const RoleMatch& r) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  std::string agent;
  const std::size_t ti = first_from(toks, r.end);
  if (t.substr(r.end).starts_with(" by ")) {
    std::size_t bi = ti;
    while (bi < toks.size() && toks[bi].begin < r.end + 4) ++bi;
    agent = name_after_descriptor(t, toks, bi, st);
    if (agent.empty() && st.subject.type == EntityType::Group && starts_with_any(t.substr(r.end + 4), st.cues.group_self))
      agent = st.subject.name;
    if (agent.empty()) return std::nullopt;  // "produced by the label": nobody named
  } else if (r.kind == RoleKind::verb && r.begin > 0) {
    agent = name_before_verb(v, st, r);
  }
  if (agent.empty() && r.kind == RoleKind::noun && ti < toks.size() && toks[ti].begin == r.end + 1 &&
      capitalized(word_of(t, toks, ti))) {
    const std::size_t e = name_run(t, toks, ti, false, st.cues);
    if (e >= ti + 2) agent = text_of(t, toks, ti, e);
  } else if (agent.empty() && r.begin >= 3) {
    agent = possessive_before(v, st, r);
  }
  if (!agent.empty()) agent = st.full_name(agent);
  return agent;
}

// For another agent: the nearest work before the phrase (an album before a
// song); a noun role ("producer Iris Lund on X and Y") takes those after it too.
std::vector<const Work*> other_agent_targets(const SentenceView& v, const RoleMatch& r) {
  std::vector<const Work*> targets;
  const Work* best = nullptr;
  const Work* best_song = nullptr;
  for (const auto& w : v.works) {
    if (w.range.begin >= r.begin && !(r.kind == RoleKind::noun && w.range.begin > r.end)) continue;
    if (w.type == EntityType::Song) best_song = &w;
    else best = &w;
  }
  if (!best) best = best_song;
  if (!best) {
    for (const auto& w : v.works)
      if (w.range.begin > r.end) {
        best = &w;
        break;
      }
  }
  if (best) targets.push_back(best);
  if (r.kind == RoleKind::noun)
    for (const auto& w : v.works)
      if (w.range.begin > r.end && &w != best) targets.push_back(&w);
  return targets;
}

// "She recorded X and mixed Y": a verb's objects are the works after it, up to
// the next verb that is neither coordinated with it ("produced and mixed X")
// nor passive ("produced by Iris Lund").
std::vector<const Work*> verb_objects(const SentenceView& v, const ArticleState& st, Clauses& clauses, const RoleMatch& r,
                                      const std::vector<RoleMatch>& all) {
  std::vector<const Work*> objects;
  if (r.kind != RoleKind::verb) return objects;
  const std::string_view t = v.text();
  std::size_t limit = clauses.around(r.begin).second;
  std::size_t chain_end = r.end;
  for (const auto& later : all) {
    if (later.begin <= r.begin) continue;
    const std::string_view between = trim(t.substr(chain_end, later.begin - chain_end));
    if (between.empty() ||
        std::find(st.cues.role_chain.begin(), st.cues.role_chain.end(), between) != st.cues.role_chain.end()) {
      chain_end = later.end;
      continue;
    }
    if (later.kind == RoleKind::verb && !t.substr(later.end).starts_with(" by ")) {
      limit = std::min(limit, later.begin);
      break;
    }
  }
  for (const auto& w : v.works)
    if (w.range.begin >= r.end && w.range.begin < limit) objects.push_back(&w);
  return objects;
}

// For the subject: the works role r applies to.
std::vector<const Work*> subject_targets(const SentenceView& v, const ArticleState& st, Clauses& clauses,
                                         const RoleMatch& r, const std::vector<RoleMatch>& all) {
  const std::string_view t = v.text();
  std::vector<const Work*> targets;
  // "X (1992) by A, which she mastered": a relative clause binds the role to the work before it.
  const Work* before = nullptr;
  for (const auto& w : v.works)
    if (w.range.end <= r.begin) before = &w;
  const std::string_view gap = before ? t.substr(before->range.end, r.begin - before->range.end) : std::string_view{};
  std::vector<const Work*> objects = verb_objects(v, st, clauses, r, all);
  const bool relative = before && gap.find(';') == std::string_view::npos &&
                        (gap.find(" which ") != std::string_view::npos || gap.find(" where ") != std::string_view::npos ||
                         gap.find(", which") != std::string_view::npos);
  // The end of the role's coordinated chain ("mastered and co-produced").
  std::size_t chain_end = r.end;
  for (const auto& later : all)
    if (later.begin > chain_end &&
        trim(t.substr(chain_end, later.begin - chain_end)).find_first_not_of(",and ") == std::string_view::npos)
      chain_end = later.end;
  const std::string_view after_chain = t.substr(chain_end);
  if (relative && (after_chain.empty() || after_chain.starts_with(",") || after_chain.starts_with(".") ||
                   after_chain.starts_with(";"))) {
    targets.push_back(before);  // "Prairie Fire (1992), which she mastered, and ...": the antecedent alone.
  } else if (!objects.empty()) {
    targets = std::move(objects);
    // "which she wrote for her album X": the antecedent too.
    if (relative) targets.insert(targets.begin(), before);
    // "For Blue Harbor (2004), she engineered ...": a work fronted before the clause.
    const std::size_t comma = t.find(", ");
    if (starts_with_any(t, st.cues.fronting) && comma < r.begin)
      for (const auto& w : v.works)
        if (w.range.end <= comma) targets.insert(targets.begin(), &w);
  } else if (relative) {
    targets.reserve(v.works.size() + 1);
    targets.push_back(before);
    const std::size_t clause_end = std::min(t.find(';', r.end), t.find(", and ", r.end));
    for (const auto& w : v.works)
      if (w.range.begin > r.end && w.range.begin < clause_end) targets.push_back(&w);
  } else {
    // The works in the role's own clause: "he produced X, Y and Z, and he co-produced W".
    const auto [cb, ce] = clauses.around(r.begin);
    targets.reserve(v.works.size());
    for (const auto& w : v.works)
      if (w.range.begin >= cb && w.range.begin < ce) targets.push_back(&w);
    if (targets.empty())
      for (const auto& w : v.works) targets.push_back(&w);
  }
  return targets;
}

// "co-produced with Ana Ribeiro", "co-produced by the band and Ana Ribeiro":
// a second agent of role r and the works it shares.
void co_agent(const SentenceView& v, ArticleState& st, const RoleMatch& r, const std::vector<RoleMatch>& all,
              std::vector<Entity>& agents, const std::vector<const Work*>& targets, std::vector<const Work*>& co_works) {
  const std::string_view t = v.text();
  const auto& toks = v.tokens();
  // " with ", "(with " and " by " are the only ways in: none after the role, no co-agent.
  if (t.find("with ", r.end) == std::string_view::npos && !t.substr(r.end).starts_with(" by ")) return;
  const std::size_t stop = std::min(t.find(';', r.end), t.find(". ", r.end));
  const std::string_view clause = t.substr(r.end, stop == std::string_view::npos ? std::string_view::npos : stop - r.end);
  const std::size_t with = clause.find(" with ");
  const std::size_t paren_with = clause.find("(with ");
  std::size_t at = with != std::string_view::npos         ? with + 6
                   : paren_with != std::string_view::npos ? paren_with + 6
                                                          : std::string_view::npos;
  if (at == std::string_view::npos && clause.starts_with(" by ")) {
    const std::size_t and_at = clause.find(" and ");
    if (and_at != std::string_view::npos && and_at < 40) at = and_at + 5;
  }
  // Only the role just before "with" is shared: "mastered and co-produced with X".
  if (at != std::string_view::npos && at < 80) {
    for (const auto& other : all)
      if (other.begin > r.end && other.begin < r.end + at) at = std::string_view::npos;
  }
  if (at == std::string_view::npos || at >= 80) return;
  const std::size_t wi = first_from(toks, r.end + at);
  std::string co = name_after_descriptor(t, toks, wi, st);
  if (co.empty()) return;
  std::string co_key = entity_key(co);
  if (co_key == agents.front().key) return;
  for (const auto& w : v.works)
    if (st.key_of(w.name) == co_key || st.key_of(w.artist) == co_key) return;  // a title or its artist
  if (!st.lex.find_awards(co).empty()) return;
  agents.push_back(Entity{std::move(co), EntityType::Person, std::move(co_key)});
  co_works.clear();
  for (const auto& w : v.works)
    if (w.range.begin >= r.end && w.range.begin < r.end + at) co_works.push_back(&w);
  if (co_works.empty() && !targets.empty()) co_works.push_back(targets.back());
}

// The one year the sentence states, when it states exactly one: "In 2012 he remixed X".
int sentence_year(const std::vector<TimeMention>& ts) {
  int year = 0;
  for (const auto& m : ts)
    if (!m.relative && m.value.precision == TimePrecision::year) year = year ? -1 : m.value.begin_year;
  return year < 0 ? 0 : year;
}

}  // namespace

void read_credits(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  if (v.works.empty()) return;
  const auto all = free_roles(v);
  if (all.empty()) return;
  const std::string_view t = v.text();
  std::optional<bool> negated;  // asked once a role is the subject's
  const int stated_year = sentence_year(v.times);
  Clauses clauses(v, st);
  // The keys of the sentence's works, each asked of the state once (targets point into v.works).
  std::vector<const std::string*> work_keys(v.works.size(), nullptr);
  auto key_of_work = [&](const Work* w) -> const std::string& {
    const std::string*& k = work_keys[static_cast<std::size_t>(w - v.works.data())];
    if (!k) k = &st.key_of(w->name);
    return *k;
  };
  // The (agent, work, role) triples credited: few a sentence, so a list.
  // The work keys are the state's and the roles the lexicon's, which outlive
  // the sentence. (Keys hold letters, digits and spaces alone, so the pair
  // of keys tells what "agent|work" told.)
  struct Done {
    std::string agent;
    const std::string* work;
    std::string_view role;
  };
  std::vector<Done> done;
  done.reserve(8);  // most sentences credit fewer: one allocation
  for (const auto& r : all) {
    const auto found = agent_of(v, st, r);
    if (!found) continue;
    const std::string& agent = *found;
    // "performed by Rod Stewart" names the artist (see works), not a credit.
    if (!agent.empty() && std::find(r.roles.begin(), r.roles.end(), "performer") != r.roles.end()) continue;
    std::string agent_key = agent.empty() ? std::string() : entity_key(agent);
    const bool subject_agent =
        agent.empty() || agent_key == st.subject.key || (!st.surname.empty() && agent_key == st.key_of(st.surname));
    if (r.kind == RoleKind::noun && subject_agent && !noun_counts(v, st, r, all)) continue;
    if (subject_agent) {
      if (!negated) negated = v.has_any(t, st.cues.negations);
      if (*negated) continue;
    }
    const std::vector<const Work*> targets = subject_agent ? subject_targets(v, st, clauses, r, all) : other_agent_targets(v, r);
    std::vector<Entity> agents;  // built in place (a braced list would copy), with room for a co-agent
    agents.reserve(2);
    if (subject_agent) agents.push_back(st.subject);
    else agents.push_back(Entity{agent, EntityType::Person, std::move(agent_key)});
    std::vector<const Work*> co_works;
    co_agent(v, st, r, all, agents, targets, co_works);
    for (const Entity& who : agents)
      for (const Work* w : who.key == agents.front().key ? targets : co_works) {
        // "Faith of the Heart" performed by Rod Stewart: the artist, not a credit.
        if (!subject_agent && st.key_of(w->artist) == who.key) continue;
        const std::string& work_key = key_of_work(w);
        std::optional<int> known_year;  // of the known work under work_key, asked once needed
        for (const auto& role : r.roles) {
          if (std::any_of(done.begin(), done.end(),
                          [&](const Done& d) { return d.role == role && *d.work == work_key && d.agent == who.key; }))
            continue;
          done.push_back({who.key, &work_key, role});
          Qualifiers q;
          q.role = role;
          if (!w->artist.empty()) q.artist = w->artist;
          if (!w->year && !known_year) {
            const auto known = st.known_works.find(work_key);
            known_year = known != st.known_works.end() ? known->second.year : 0;
          }
          int year = w->year ? w->year : *known_year;
          if (!year) year = stated_year;
          if (year) q.year = year_string(year);
          out.add(Predicate::credit, who, Entity{w->name, w->type, work_key}, std::nullopt, std::move(q), v.origin);
        }
      }
  }
}

// "his contributions to X", "contributed to the soundtrack for X": a credit with no role,
// for each work that got none from a role word.
void read_roleless_credits(const SentenceView& v, ArticleState& st, ClaimSink& out) {
  if (v.works.empty()) return;
  const std::string_view t = v.text();
  if (!v.has_any(t, st.cues.credit_words) || v.has_any(t, st.cues.negations)) return;
  for (const auto& w : v.works) {
    const std::string& key = st.key_of(w.name);
    if (out.credited(v.origin.span.start, st.subject.key, key)) continue;
    Qualifiers q;
    if (!w.artist.empty()) q.artist = w.artist;
    const auto known = st.known_works.find(key);
    const int year = w.year ? w.year : (known != st.known_works.end() ? known->second.year : 0);
    if (year) q.year = year_string(year);
    out.add(Predicate::credit, st.subject, Entity{w.name, w.type, key}, std::nullopt, std::move(q), v.origin);
  }
}

}  // namespace liner::ingest::extract
