#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker, pinned in .config/dotnet-tools.json), outside CI.
#
#   tests/mutation/run-mutation.sh sdk  [stryker options…]   # the SDK's core, tested by tests/WISPGate.Sdk.Tests
#   tests/mutation/run-mutation.sh mock [stryker options…]   # the mock server's pipeline and billing, by tests/WISPGate.MockServer.Tests
#   tests/mutation/run-mutation.sh mock-pipeline|mock-billing [stryker options…]   # one of the mock target's two parts
#
# Each target's settings are in its test project's stryker-config*.json (files to mutate, runner, concurrency 1). The
# mock target runs as two parts (pipeline, billing), each with the test classes aimed at it (see the test project's csproj).
# Extra options go to Stryker, e.g. `--since:main` (only mutants in files changed since main) or
# `-m "**/Pipeline/Idempotency*.cs"` (one part of the target). Reports (HTML, JSON, Markdown) land in
# tests/mutation/out/<target>/<timestamp>/reports/; docs/contributing/mutation-testing.md has the last figures.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${1:-}"
case "$target" in
  sdk)
    project_dir="$root/tests/WISPGate.Sdk.Tests"
    config="stryker-config.json"
    ;;
  mock)
    # Both parts, one after the other; each writes its own reports.
    shift
    status=0
    "$0" mock-pipeline "$@" || status=$?
    "$0" mock-billing "$@" || status=$?
    exit "$status"
    ;;
  mock-pipeline | mock-billing)
    project_dir="$root/tests/WISPGate.MockServer.Tests"
    config="stryker-config.${target#mock-}.json"
    # Compiles only the test classes aimed at this part (see the test project's csproj).
    export WispGateMutationScope="$target"
    ;;
  *)
    echo "usage: $0 sdk|mock|mock-pipeline|mock-billing [stryker options…]" >&2
    exit 2
    ;;
esac
shift

cd "$root"
dotnet tool restore >/dev/null
output="$root/tests/mutation/out/$target/$(date -u +%Y-%m-%dT%H-%M-%SZ)"
mkdir -p "$output"
cd "$project_dir"
# Stryker leaves its mutated assembly in the test project's output (and, for mock, a build of the reduced scope): the
# next ordinary build starts from clean outputs rather than trust them as up to date, also after an interrupted run.
trap 'rm -rf "$project_dir/bin" "$project_dir/obj"' EXIT
status=0
dotnet stryker --config-file "$config" --output "$output" --skip-version-check "$@" || status=$?

echo "Reports: $output/reports"
exit "$status"
