#!/usr/bin/env python3
"""Summarises a Stryker mutation-report.json for docs/mutation.md.

Usage: python3 eng/stryker-survivors.py <clone>/StrykerOutput/<date>/reports/mutation-report.json

Prints the counts by status, the score as Stryker computes it ((killed + timeout) / (killed + timeout + survived +
no coverage)), the counts per file of the mutants that were not detected, and one Markdown table row per such mutant
(file:line, status, mutator, the first 60 characters of the replacement).
"""
import collections
import json
import sys


def main(path):
    with open(path, encoding="utf-8") as f:
        report = json.load(f)

    statuses = collections.Counter()
    undetected = []
    for name, file in sorted(report["files"].items()):
        relative = name[name.index("src/"):] if "src/" in name else name
        for mutant in file["mutants"]:
            statuses[mutant["status"]] += 1
            if mutant["status"] in ("Survived", "NoCoverage"):
                line = mutant["location"]["start"]["line"]
                replacement = " ".join(mutant.get("replacement", "").split())[:60].replace("|", "\\|")
                undetected.append((relative, line, mutant["status"], mutant["mutatorName"], replacement))

    detected = statuses["Killed"] + statuses["Timeout"]
    counted = detected + statuses["Survived"] + statuses["NoCoverage"]
    print("| Score | Killed | Timeout | Survived | No coverage | Compile error | Ignored |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(f"| {100.0 * detected / counted:.2f} % | {statuses['Killed']:,} | {statuses['Timeout']:,} | {statuses['Survived']:,} "
          f"| {statuses['NoCoverage']:,} | {statuses['CompileError']:,} | {statuses['Ignored']:,} |")
    print()
    print("| File | Not detected |")
    print("| --- | ---: |")
    for file, count in collections.Counter(u[0] for u in undetected).most_common():
        print(f"| `{file}` | {count} |")
    print()
    print("| File:line | Status | Mutator | Replacement |")
    print("| --- | --- | --- | --- |")
    for file, line, status, mutator, replacement in sorted(undetected):
        print(f"| `{file}:{line}` | {status} | {mutator} | `{replacement}` |")


if __name__ == "__main__":
    main(sys.argv[1])
