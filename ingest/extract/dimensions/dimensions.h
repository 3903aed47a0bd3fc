#pragma once
// The extraction dimensions: one kind of fact each. A dimension reads one
// SentenceView (or table) and the ArticleState and emits claims through the
// ClaimSink. dimensions/README.md states the contract; extract/extractor.cpp
// holds the one ordered registry.

#include "ingest/article.h"
#include "ingest/extract/sentence.h"
#include "ingest/extract/sink.h"
#include "ingest/extract/state.h"

namespace liner::ingest::extract {

// List items: each says whether it took the sentence (nothing else reads it then).
bool read_member_item(const SentenceView& v, ArticleState& st, ClaimSink& out);  // membership.cpp
bool read_credit_item(const SentenceView& v, ArticleState& st, ClaimSink& out);  // credit_items.cpp

// Sentences.
void read_release_years(const SentenceView& v, ArticleState& st, ClaimSink& out);  // releases.cpp
void read_birth_and_death(const SentenceView& v, ArticleState& st, ClaimSink& out);  // life.cpp
void read_life_span(const SentenceView& v, ArticleState& st, ClaimSink& out);        // life.cpp
void read_education(const SentenceView& v, ArticleState& st, ClaimSink& out);        // education.cpp
void read_employment(const SentenceView& v, ArticleState& st, ClaimSink& out);       // employment.cpp
void read_credits(const SentenceView& v, ArticleState& st, ClaimSink& out);          // credits.cpp
void read_roleless_credits(const SentenceView& v, ArticleState& st, ClaimSink& out);  // credits.cpp
void read_age(const SentenceView& v, ArticleState& st, ClaimSink& out);              // life.cpp
void read_award_counts(const SentenceView& v, ArticleState& st, ClaimSink& out);     // award_counts.cpp
void read_award_firsts(const SentenceView& v, ArticleState& st, ClaimSink& out);     // award_firsts.cpp
void read_awards(const SentenceView& v, ArticleState& st, ClaimSink& out);           // awards.cpp
void read_membership(const SentenceView& v, ArticleState& st, ClaimSink& out);       // membership.cpp
// scripts/add-dimension adds new sentence dimensions here.

// Tables.
void remember_table_works(const Table& t, ArticleState& st);             // tables.cpp, pass 1
void read_table(const Table& t, ArticleState& st, ClaimSink& out);       // tables.cpp

}  // namespace liner::ingest::extract
