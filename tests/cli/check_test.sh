#!/usr/bin/env bash
# Black-box tests of `liner check` and `liner rules`: exit codes, --fail-on,
# formats, configuration, baselines and their located errors.
# Usage: check_test.sh LINER_BINARY REPO_ROOT
set -u

. "$(dirname "${BASH_SOURCE[0]}")/harness.sh" "$@"

seed=fixtures/articles/thom_russo.txt
clean=fixtures/rules/LN202/clean.txt

# --- exit codes ---------------------------------------------------------------

fail_on_warning() { run check --fail-on warning "$seed"; expect_rc 1; }
check "the seed fails with --fail-on warning" fail_on_warning

fail_on_none() { run check --fail-on none "$seed"; expect_rc 0; }
check "the seed passes with --fail-on none" fail_on_none

fail_on_default() {
  # The seed has one error (LN101), so the default level (error) fails too.
  run check "$seed"
  expect_rc 1
}
check "the default --fail-on is error" fail_on_default

clean_passes() {
  run check --fail-on info "$clean"
  expect_rc 0 && expect_contains "$scratch/out" "no findings in 1 document"
}
check "a clean article passes at every level" clean_passes

bad_fail_on() { run check --fail-on sometimes "$seed"; expect_rc 2; }
check "an unknown --fail-on is a usage error" bad_fail_on

html_later() {
  run check --format html "$seed"
  expect_rc 2 && expect_stderr "liner: error: 'liner check --format html' is not available yet"
}
check "--format html is not available yet" html_later

# An infobox is sourced by the prose below it: its fields are no uncited claims,
# and a placeholder cell ("—") in an awards table names no work.
infobox_not_uncited() {
  cat >"$scratch/Lena_Holm.wiki" <<'EOF'
{{Infobox musical artist
| name = Lena Holm
| birth_date = {{birth date and age|1950|5|4}}
| birth_place = [[Uppsala]], Sweden
}}
'''Lena Holm''' (born 4 May 1950) is a Swedish record producer.<ref>Svensk musik.</ref>

{| class="wikitable"
! Year !! Award !! Category !! Work !! Result
|-
| 2014 || Latin Grammy || Producer of the Year || — || Nominated
|}
EOF
  run check --fail-on info --format json --claims "$scratch/Lena_Holm.wiki"
  expect_rc 0 || return 1
  python3 - "$scratch/out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1]))
doc = d["documents"][0]
assert doc["findings"] == [], doc["findings"]
noms = [c for c in doc["claims"] if c["predicate"] == "awardNominated"]
assert len(noms) == 1 and "work" not in noms[0]["qualifiers"], noms
EOF
}
check "infobox fields are not uncited claims; a placeholder cell names no work" infobox_not_uncited

missing_input() {
  run check --fail-on none nope.txt
  expect_rc 2 && expect_stderr "nope.txt: error: no such file or directory"
}
check "a missing input exits 2" missing_input

# --- the acceptance findings on the seed -----------------------------------

seed_text() {
  run check --fail-on none "$seed"
  expect_rc 0 || return 1
  for want in \
    "$seed:2:487: warning: the first Grammy win is dated 1997" \
    "$seed:2:1467: error: the 2007 Grammy for \"Amar es Combatir\" is given two categories" \
    "$seed:2:190: warning: the same 3 Grammy wins are called Anglo here and Latin elsewhere [LN104]" \
    "$seed:5:1: warning: Thom Russo graduates in 1988 at age 18 or 19 (born 1969-12-31), younger than 20 [LN110]"; do
    expect_contains "$scratch/out" "$want" || return 1
  done
  # Each side is quoted with its citations.
  expect_contains "$scratch/out" '  2:487: "His first Grammy wins came in 1997' || return 1
  expect_contains "$scratch/out" 'for Maná'"'"'s Drama y Luz, where his engineering' || return 1
  if grep -q $'\033' "$scratch/out"; then echo "colour in a pipe"; return 1; fi
}
check "the seed's contradictions, quoted with citations" seed_text

seed_not_reported() {
  run check --format json --fail-on none "$seed"
  python3 - "$scratch/out" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
f = d["documents"][0]["findings"]
rules = sorted(x["rule"] for x in f)
# Nothing about totals, release years, or years inside titles.
for bad in ("LN102", "LN106", "LN107", "LN108"):
    assert bad not in rules, (bad, rules)
msgs = " ".join(x["message"] for x in f)
assert "1965" not in msgs and "Free Willy" not in msgs and "Drama y Luz\" is given" not in msgs, msgs
assert d["documents"][0]["claims"] == [], "claims only with --claims"
assert d["summary"]["warnings"] >= 3 and d["summary"]["errors"] >= 1, d["summary"]
EOF
}
check "the seed's look-alikes are not reported" seed_not_reported

claims_flag() {
  run check --format json --claims --fail-on none "$seed"
  python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); assert len(d["documents"][0]["claims"]) > 100' "$scratch/out"
}
check "--claims lists the claims" claims_flag

# --- formats -----------------------------------------------------------------

sarif_stable() {
  run check --format sarif --fail-on none "$seed" && cp "$scratch/out" "$scratch/a.sarif"
  run check --format sarif --fail-on none -o "$scratch/b.sarif" "$seed"
  expect_rc 0 || return 1
  cmp "$scratch/a.sarif" "$scratch/b.sarif" || return 1
  python3 - "$scratch/a.sarif" <<'EOF'
import json, sys
d = json.load(open(sys.argv[1], encoding="utf-8"))
assert d["version"] == "2.1.0"
run = d["runs"][0]
assert all("partialFingerprints" in r for r in run["results"])
assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in run["results"])
EOF
}
check "SARIF from two runs is identical" sarif_stable

junit_valid() {
  run check --format junit --fail-on none "$seed" "$clean"
  expect_rc 0 || return 1
  python3 - "$scratch/out" <<'EOF'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = root.findall("testsuite")
assert [s.get("name") for s in suites] == ["fixtures/articles/thom_russo.txt", "fixtures/rules/LN202/clean.txt"], suites
assert int(suites[0].get("failures")) >= 4 and suites[1].get("failures") == "0"
EOF
}
check "JUnit: a suite per document" junit_valid

# --- configuration -------------------------------------------------------------

config_turns_off_and_changes_severity() {
  mkdir -p "$scratch/cfg"
  printf '[rules.LN101]\nseverity = "warning"\n[rules.LN112]\nenabled = false\n' >"$scratch/cfg/liner.toml"
  run check --config "$scratch/cfg/liner.toml" "$seed"
  expect_rc 0 || return 1  # no error left, default --fail-on error
  if grep -q "LN112" "$scratch/out"; then echo "LN112 still reported"; return 1; fi
  expect_contains "$scratch/out" "2:1467: warning: the 2007 Grammy"
}
check "a config file changes severities and disables rules" config_turns_off_and_changes_severity

dot_liner_toml() {
  mkdir -p "$scratch/proj" && cp "$seed" "$scratch/proj/a.txt"
  printf 'fail-on = "none"\n' >"$scratch/proj/.liner.toml"
  (cd "$scratch/proj" && "$liner" check a.txt >/dev/null 2>&1)
  rc=$?
  expect_rc 0
}
check ".liner.toml in the working directory is read" dot_liner_toml

bad_config() {
  printf '[rules.LN101]\nseverity = "fatal"\n' >"$scratch/bad.toml"
  run check --config "$scratch/bad.toml" "$seed"
  expect_rc 2 && expect_stderr "$scratch/bad.toml:2:12: error: severity must be one of error, warning, info"
}
check "a bad config is a located error" bad_config

# --- baselines -----------------------------------------------------------------

baseline_round_trip() {
  run check --fail-on info --write-baseline "$scratch/base.txt" "$seed"
  expect_rc 1 || return 1
  head -1 "$scratch/base.txt" | grep -qx '# liner baseline 1' || { echo "no header"; return 1; }
  run check --fail-on info --baseline "$scratch/base.txt" "$seed"
  expect_rc 0 && expect_contains "$scratch/out" "no findings in 1 document" || return 1
  # An edited article: only the new finding shows.
  sed 's/Born December 31, 1969, in Cleveland/Born December 31, 1968, in Cleveland/' "$seed" >"$scratch/edited.txt"
  sed "s|$seed|$scratch/edited.txt|" "$scratch/base.txt" >"$scratch/base2.txt"
  run check --fail-on info --baseline "$scratch/base2.txt" "$scratch/edited.txt"
  expect_rc 1 && expect_contains "$scratch/out" "[LN106]"
}
check "--write-baseline then --baseline shows only new findings" baseline_round_trip

bad_baseline() {
  printf '# liner baseline 1\nnot-a-fingerprint\tLN101\n' >"$scratch/bad_base.txt"
  run check --baseline "$scratch/bad_base.txt" "$seed"
  expect_rc 2 && expect_stderr "$scratch/bad_base.txt:2:1: error: expected a fingerprint of 16 hex digits, found 'not-a-fingerprint'"
}
check "a bad baseline is a located error" bad_baseline

# --- liner rules ---------------------------------------------------------------

rules_list() {
  run rules
  expect_rc 0 && expect_contains "$scratch/out" "LN101  error    contradiction  award-category-conflict"
}
check "liner rules lists the rules" rules_list

rules_explain() {
  run rules --explain LN105
  expect_rc 0 && expect_contains "$scratch/out" "# LN105 first-event-conflict" &&
    expect_contains "$scratch/out" "## Why is this bad?"
}
check "liner rules --explain" rules_explain

rules_unknown() {
  run rules --explain LN999
  expect_rc 2 && expect_contains "$scratch/err" "unknown rule 'LN999'"
}
check "liner rules --explain with an unknown ID" rules_unknown

rules_markdown() {
  run rules --markdown
  expect_rc 0 && cmp -s "$scratch/out" docs/rules.md || { echo "docs/rules.md differs from 'liner rules --markdown'"; return 1; }
}
check "docs/rules.md is what liner rules --markdown prints" rules_markdown

finish
