#!/usr/bin/env bash
# Semantic mutants: mistakes a maintainer would make that Stryker cannot (a time zone ignored, a local
# date taken in UTC, one policy field read for another, swapped placeholders in a translation, ...).
# Each *.patch here starts with comment lines:
#   # mistake: <the mistake it models, in one line>
#   # tests: <optional xunit filter arguments, e.g. -class "PartnerRules.Tests.Eligibility.*" (xunit.v3 console options)>
# followed by a unified diff against the repository root. For each patch this script applies it to a
# scratch copy of the tracked files, builds the unit-test app and runs its example-based tests
# (randomised tests, trait Kind=Randomised, are left out: every mutant must be killed by an example).
# A patch that no longer applies or no longer compiles counts as a failure, like a survivor.
# Usage: eng/mutants/run.sh [name-substring]     Ends with "K killed, S survived, N did not apply".
set -uo pipefail
root=$(git -C "$(dirname "$0")" rev-parse --show-toplevel)
filter=${1:-}
scratch=$(mktemp -d /tmp/partnerrules-mutants.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

(cd "$root" && git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$scratch" 2>/dev/null)
cd "$scratch" || exit 2
app=tests/PartnerRules.Tests
dll=$app/bin/Debug/net10.0/PartnerRules.Tests.dll

build() { dotnet build "$app" -c Debug -v q -nologo -clp:ErrorsOnly >"$scratch/build.log" 2>&1; }
run_tests() { dotnet "$dll" -trait- "Kind=Randomised" "$@" >"$scratch/test.log" 2>&1; }

echo "::: baseline build and tests"
if ! build; then cat "$scratch/build.log"; echo "the unmutated code does not build"; exit 2; fi
if ! run_tests; then tail -n 30 "$scratch/test.log"; echo "the unmutated code fails its tests"; exit 2; fi

killed=0 survived=0 broken=0
for patch in "$root"/eng/mutants/*.patch; do
  name=$(basename "$patch" .patch)
  [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
  mistake=$(sed -n 's/^# mistake: //p' "$patch" | head -n 1)
  eval "args=($(sed -n 's/^# tests: //p' "$patch" | head -n 1))"
  if ! git apply --check "$patch" 2>/dev/null; then
    echo "DID NOT APPLY  $name: $mistake"; broken=$((broken + 1)); continue
  fi
  git apply "$patch"
  if ! build; then
    echo "DID NOT BUILD  $name: $mistake"; broken=$((broken + 1))
  elif run_tests "${args[@]}"; then
    echo "SURVIVED       $name: $mistake"; survived=$((survived + 1))
  else
    echo "killed         $name"; killed=$((killed + 1))
  fi
  git apply -R "$patch"
done

echo "$killed killed, $survived survived, $broken did not apply"
[ $((survived + broken)) -eq 0 ]
