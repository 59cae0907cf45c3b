#!/usr/bin/env python3
"""Summarises a Stryker JSON report (mutation-testing-report-schema): the score per folder and file, and every
mutant left alive (Survived / NoCoverage) with its line and replacement, as Markdown.

    python3 tests/mutation/summarize.py tests/mutation/out/sdk/<run>/reports/mutation-report.json [--root src/WISPGate.Sdk]

Several reports (scoped runs, `-m`) combine into one summary: a file measured in a later report replaces that file of
an earlier one (a file a run did not measure, all its mutants Ignored, does not), so list the runs oldest first.

Score = (Killed + Timeout) / (Killed + Timeout + Survived + NoCoverage), as Stryker computes it; CompileError,
RuntimeError and Ignored mutants do not count.
"""
import argparse
import json
import os
from collections import defaultdict

DETECTED = {"Killed", "Timeout"}
UNDETECTED = {"Survived", "NoCoverage"}


def score(counts):
    valid = sum(counts[s] for s in DETECTED | UNDETECTED)
    return None if valid == 0 else 100.0 * sum(counts[s] for s in DETECTED) / valid


def fmt(value):
    return "n/a" if value is None else f"{value:.2f} %"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("reports", nargs="+", metavar="report")
    parser.add_argument("--root", default="", help="path prefix to strip from file names")
    args = parser.parse_args()

    report = {"files": {}}
    for path in args.reports:
        with open(path, encoding="utf-8") as handle:
            for name, data in json.load(handle)["files"].items():
                # A file outside a scoped run's -m patterns is in its report too, every mutant Ignored: not measured there.
                if any(m["status"] in DETECTED | UNDETECTED for m in data["mutants"]):
                    report["files"][name] = data

    per_file = {}
    per_folder = defaultdict(lambda: defaultdict(int))
    total = defaultdict(int)
    alive = []
    for path, data in sorted(report["files"].items()):
        name = path.replace("\\", "/")
        if args.root and args.root in name:
            name = name[name.index(args.root) + len(args.root):].lstrip("/")
        counts = defaultdict(int)
        for mutant in data["mutants"]:
            status = mutant["status"]
            counts[status] += 1
            if status in UNDETECTED:
                lines = data["source"].splitlines()
                line = mutant["location"]["start"]["line"]
                code = lines[line - 1].strip() if 0 < line <= len(lines) else ""
                alive.append((name, line, status, mutant["mutatorName"], mutant.get("replacement", ""), code))
        if sum(counts[s] for s in DETECTED | UNDETECTED) == 0:
            continue
        per_file[name] = counts
        folder = os.path.dirname(name) or "."
        for status, count in counts.items():
            per_folder[folder][status] += count
            total[status] += count

    def row(label, counts):
        return (f"| {label} | {fmt(score(counts))} | {counts['Killed']} | {counts['Timeout']} | {counts['Survived']} | "
                f"{counts['NoCoverage']} | {counts['CompileError']} |")

    header = "| | score | killed | timeout | survived | no coverage | compile error |\n|---|---:|---:|---:|---:|---:|---:|"
    print(f"**Total: {fmt(score(total))}** ({sum(total[s] for s in DETECTED)} of {sum(total[s] for s in DETECTED | UNDETECTED)} mutants detected)\n")
    print("Per folder:\n")
    print(header)
    for folder in sorted(per_folder):
        print(row(f"`{folder}/`", per_folder[folder]))
    print("\nPer file:\n")
    print(header)
    for name in sorted(per_file):
        print(row(f"`{name}`", per_file[name]))
    print(f"\nMutants left alive ({len(alive)}):\n")
    print("| file | line | status | mutator | replacement | code |\n|---|---:|---|---|---|---|")
    for name, line, status, mutator, replacement, code in alive:
        code = code.replace("|", "\\|")
        replacement = replacement.replace("|", "\\|").replace("\n", " ")
        print(f"| `{name}` | {line} | {status} | {mutator} | `{replacement[:80]}` | `{code[:100]}` |")


if __name__ == "__main__":
    main()
