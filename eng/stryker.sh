#!/usr/bin/env bash
# Runs Stryker the way docs/mutation.md reports it: in a throwaway clone of HEAD (Stryker rebuilds the bin folders it
# works in) whose solution keeps only the libraries and PartnerRules.Tests. Otherwise Stryker also finds the tool, the
# samples and the store as projects to mutate and runs the browser and database tests for every mutant.
# Usage: bash eng/stryker.sh [clone-dir]   (quiet machine: about 55 minutes on 2 cores)
set -euo pipefail
root=$(git rev-parse --show-toplevel)
work=${1:-$(mktemp -d)/stryker}
git clone -q "$root" "$work"
cd "$work"
dotnet sln PartnerRules.sln list | tail -n +3 | tr '\\' '/' | while read -r project; do
  case "$project" in
    src/PartnerRules/*|src/PartnerRules.Abstractions/*|src/PartnerRules.Testing/*|tests/PartnerRules.Tests/*) ;;
    *) dotnet sln PartnerRules.sln remove "$project" >/dev/null ;;
  esac
done
dotnet tool restore >/dev/null
# The fuzz test's default 60,000 steps would run for every mutant it covers.
PARTNERRULES_FUZZ_STEPS=${PARTNERRULES_FUZZ_STEPS:-3000} dotnet stryker
echo "Reports: $work/StrykerOutput"
