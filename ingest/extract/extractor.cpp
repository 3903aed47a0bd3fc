// The extraction engine. Pass 1 reads every sentence once into a
// SentenceView (its words, word index and mentions) and remembers the works
// named with evidence of their own, so that pass 2 recognizes their titles
// anywhere ("On Sea Glass, ..." after "Sea Glass (2004)"). Pass 2 completes
// each view with its works and times and runs the dimensions in registry
// order; tables come last. Claims go through one ClaimSink.

#include "ingest/extractor.h"

#include "ingest/extract/dimensions/dimensions.h"
#include "ingest/extract/mentions/names.h"
#include "ingest/extract/mentions/subject.h"
#include "ingest/extract/mentions/times.h"
#include "ingest/extract/mentions/works.h"

namespace liner::ingest {
namespace extract {
namespace {

using ItemDimension = bool (*)(const SentenceView&, ArticleState&, ClaimSink&);
using SentenceDimension = void (*)(const SentenceView&, ArticleState&, ClaimSink&);

struct Dimension {
  const char* name;
  SentenceDimension read;
  bool about_subject_only;  // runs only on sentences that speak of the subject
};

// The registry. Order is behaviour: a list item is read by the first item
// dimension that takes it and by nothing else; later dimensions see what
// earlier ones put in the state (known works, the counted awards).
constexpr ItemDimension item_dimensions[] = {read_member_item, read_credit_item};
constexpr Dimension sentence_dimensions[] = {
    {"releases", read_release_years, false},
    {"birth and death", read_birth_and_death, false},
    {"life span", read_life_span, false},
    {"education", read_education, true},
    {"employment", read_employment, true},
    {"credits", read_credits, true},
    {"role-less credits", read_roleless_credits, true},
    {"age", read_age, true},
    {"award counts", read_award_counts, false},
    {"award firsts", read_award_firsts, false},
    {"awards", read_awards, false},
    {"membership", read_membership, false},
    // scripts/add-dimension adds new dimensions here.
};

// Pass 1: the views, the names of people, and the works each sentence names
// with evidence of its own.
std::vector<SentenceView> read_sentences(ArticleState& st) {
  std::vector<SentenceView> views;
  views.reserve(st.article.sentences.size());
  for (const auto& s : st.article.sentences) views.emplace_back(s, st.lex, st.cues);
  index_names(st, views);
  for (auto& v : views) {
    v.base_works = find_base_works(v, st);
    if (v.base_works.empty()) continue;  // nothing to complete
    for (auto& w : complete_works(v, st, v.base_works, false)) remember_work(st, std::move(w));
  }
  for (const auto& t : st.article.tables) remember_table_works(t, st);
  return views;
}

// Pass 2 on one sentence.
void read_sentence(SentenceView& v, ArticleState& st, ClaimSink& out) {
  for (auto item : item_dimensions)
    if (item(v, st, out)) return;
  const std::string_view t = v.text();
  // The last use of the base works: moved, not copied.
  v.works = complete_works(v, st, std::move(v.base_works), true);
  v.times = sentence_times(st.time, t, v.works);
  v.about_subject = mentions_subject(v, st, t) || t.starts_with("There") || t.starts_with("Born");
  st.counted_awards.clear();
  st.first_awards.clear();
  for (const auto& d : sentence_dimensions)
    if (!d.about_subject_only || v.about_subject) d.read(v, st, out);
  // The contexts the next sentences read.
  for (const auto& m : v.times)
    if (!m.relative) st.anchor_year = m.value.end_year ? m.value.end_year : m.value.begin_year;
  if (!v.awards().empty()) st.award_context = v.awards().back().index;
}

}  // namespace
}  // namespace extract

std::vector<Claim> extract_claims(const Document& doc, const Article& article, const ExtractorContext& ctx) {
  using namespace extract;
  ArticleState st(article, ctx);
  ClaimSink out(doc);
  out.reserve(article.sentences.size() * 2 + 16);
  std::vector<SentenceView> views = read_sentences(st);
  int paragraph = none;
  for (auto& v : views) {
    const Sentence& s = v.sentence();
    if (s.paragraph != paragraph) {
      paragraph = s.paragraph;
      st.anchor_year = 0;
      st.last_org.reset();
    }
    if (s.section != st.section) {
      st.section = s.section;
      st.award_context = st.section_award(s.section);
    }
    v.origin = {s.span, s.citations};
    read_sentence(v, st, out);
    // Nothing reads a view after its pass 2: what the engine put in it goes
    // now, so that a long article keeps less of the sentences already read.
    v.base_works = {};
    v.works = {};
    v.times = {};
    v.origin = {};
  }
  for (const auto& t : article.tables) read_table(t, st, out);
  return out.take();
}

}  // namespace liner::ingest
