#include "ingest/extract/mentions/subject.h"

#include <algorithm>

#include "ingest/entity.h"
#include "ingest/extract/mentions/names.h"

namespace liner::ingest::extract {

bool mentions_subject(const SentenceView& v, const ArticleState& st, std::string_view t) {
  if (t.find(st.subject.name) != std::string_view::npos) return true;
  if (st.surname_word && v.find_word(t, *st.surname_word) != std::string_view::npos) return true;
  // The view's own words when `t` is the whole sentence, without a copy.
  const bool whole = t.data() == v.text().data() && t.size() == v.text().size();
  const std::vector<Token> part = whole ? std::vector<Token>() : split_words(t);
  for (const auto& tok : whole ? v.tokens() : part)
    if (st.lex.pronoun(core(t.substr(tok.begin, tok.end - tok.begin)))) return true;
  if (st.subject.type == EntityType::Group && v.has_any(t, st.cues.group_references)) return true;
  return false;
}

}  // namespace liner::ingest::extract

namespace liner::ingest {

Entity article_subject(const Article& article, const ExtractorContext& ctx) {
  using namespace extract;
  EntityType type = EntityType::Person;
  if (!article.sentences.empty()) {
    const std::string_view first = article.sentences.front().text;
    std::size_t at = std::string_view::npos;
    for (auto verb : ctx.cues.copulas) at = std::min(at, first.find(verb));
    if (at != std::string_view::npos) {
      const std::string_view rest = first.substr(at, 80);
      for (const auto& tok : split_words(rest))
        if (ctx.lexicon.group_word(core(rest.substr(tok.begin, tok.end - tok.begin)))) {
          type = EntityType::Group;
          break;
        }
    }
  }
  // A title that is not in the text came from a file name ("lena_holm.wiki",
  // "trigger.wiki"). The lead sentence names the subject first ("Lena Holm
  // (born 1950) is ..."): that name wins over a title that shares no word
  // with it, and gives the display form when the keys agree.
  std::string name = article.title;
  if (article.title_span.end == article.title_span.start && !article.sentences.empty()) {
    const std::string_view first = article.sentences.front().text;
    const auto toks = split_words(first);
    const std::size_t e = name_run(first, toks, 0, true, ctx.cues);
    if (e > 0 && e <= 6 && e < toks.size()) {
      const std::string_view next = first.substr(toks[e - 1].end);
      bool lead = next.starts_with(" (") || next.starts_with(", ");
      for (auto verb : ctx.cues.copulas) lead = lead || next.starts_with(verb);
      const std::string lead_name = text_of(first, toks, 0, e);
      const std::string lead_key = entity_key(lead_name), title_key = entity_key(article.title);
      bool shared = false;
      for (const auto& tok : split_words(title_key)) {
        const std::string_view w = std::string_view(title_key).substr(tok.begin, tok.end - tok.begin);
        shared = shared || find_word(lead_key, w) != std::string_view::npos;
      }
      if (lead && !lead_name.empty() && (lead_key == title_key || !shared)) name = lead_name;
    }
  }
  Entity e{name, type, entity_key(name)};
  return e;
}

}  // namespace liner::ingest
