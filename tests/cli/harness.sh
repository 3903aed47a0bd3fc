# Shared by the black-box CLI test scripts: argument checks, a scratch
# directory removed on exit, `run` and `check`, and the expect_* helpers.
# Source it with the script's own arguments: `. harness.sh "$@"`.
# After it: $liner (the binary), $root (the repository, also the working
# directory), $scratch, and the counters that `finish` reports.

if [ $# -ne 2 ]; then
  echo "usage: $0 LINER_BINARY REPO_ROOT" >&2
  exit 2
fi
liner=$(realpath "$1")
root=$(realpath "$2")
# Relative paths keep the messages short and equal to those in expected files.
cd "$root" || exit 2

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

passed=0
failed=0

# run ARGS...: runs liner, leaving stdout, stderr and the exit code in
# $scratch/out, $scratch/err and $rc.
run() {
  "$liner" "$@" >"$scratch/out" 2>"$scratch/err"
  rc=$?
}

# check NAME FUNCTION [ARGS...]: the function prints why it failed and returns
# non-zero. It runs in a subshell so one check cannot disturb the next.
check() {
  local name=$1
  shift
  local why
  if why=$("$@" 2>&1); then
    echo "ok - $name"
    passed=$((passed + 1))
  else
    echo "not ok - $name"
    [ -n "$why" ] && printf '%s\n' "$why" | sed 's/^/#   /'
    failed=$((failed + 1))
  fi
}

# expect_rc CODE: the last run exited with CODE.
expect_rc() {
  [ "$rc" -eq "$1" ] && return 0
  echo "exit code $rc, expected $1"
  echo "stderr: $(head -c 500 "$scratch/err")"
  return 1
}

# expect_stderr LINE: stderr is exactly LINE and a newline.
expect_stderr() {
  printf '%s\n' "$1" >"$scratch/want_err"
  cmp -s "$scratch/want_err" "$scratch/err" && return 0
  echo "stderr: $(cat -A "$scratch/err")"
  echo "wanted: $(cat -A "$scratch/want_err")"
  return 1
}

# expect_contains FILE TEXT
expect_contains() {
  grep -qF -- "$2" "$1" && return 0
  echo "$(basename "$1") does not contain '$2': $(head -c 500 "$1")"
  return 1
}

# finish: prints the counts; the script's exit status is whether all passed.
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
