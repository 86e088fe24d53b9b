#!/usr/bin/env bash
# Rewrites src/*/PublicAPI.Unshipped.txt from the code (RS0016/RS0017), keeping the per-target
# files under PublicAPI/<tfm>/. Review the diff: it is the public API change.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/PartnerRules.Abstractions src/PartnerRules src/PartnerRules.Testing src/PartnerRules.EntityFrameworkCore; do
  printf '#nullable enable\n' > "$project/PublicAPI.Unshipped.txt"
  dotnet format analyzers "$project" --diagnostics RS0016 --severity info >/dev/null 2>&1 || true
  body=$(tail -n +2 "$project/PublicAPI.Unshipped.txt" | LC_ALL=C sort -u)
  { printf '#nullable enable\n'; [ -n "$body" ] && printf '%s\n' "$body"; } > "$project/PublicAPI.Unshipped.txt"
done
