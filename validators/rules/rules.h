#pragma once
// One function per rule, each defined in its own file. Sorted by ID;
// scripts/add-rule inserts new ones.

#include "validators/rule.h"

namespace liner::validators::rules {

Rule ln101_award_category_conflict();
Rule ln102_count_total_mismatch();
Rule ln103_count_enumeration_mismatch();
Rule ln104_award_scope_conflict();
Rule ln105_first_event_conflict();
Rule ln106_single_value_conflict();
Rule ln107_event_before_birth();
Rule ln108_award_before_release();
Rule ln109_relative_date_conflict();
Rule ln110_implausible_degree_age();
Rule ln111_age_birth_mismatch();
Rule ln112_many_fields_of_study();
Rule ln201_uncited_claim();
Rule ln202_marker_without_reference();
Rule ln203_unused_reference();
Rule ln204_duplicate_reference();

}  // namespace liner::validators::rules
