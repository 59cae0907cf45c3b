#!/usr/bin/env bash
# Mutation testing with Stryker.NET (dotnet-stryker, pinned in .config/dotnet-tools.json), outside CI.
#
#   tests/mutation/run-mutation.sh sdk  [stryker options…]   # the SDK's core, tested by tests/WISPGate.Sdk.Tests
#   tests/mutation/run-mutation.sh mock [stryker options…]   # the mock server's pipeline and billing, by tests/WISPGate.MockServer.Tests
#
# Each target's settings are in the test project's stryker-config.json (files to mutate, runner, concurrency 1).
# Extra options go to Stryker, e.g. `--since:main` (only mutants in files changed since main) or
# `-m "**/Pipeline/Idempotency*.cs"` (one part of the target). Reports (HTML, JSON, Markdown) land in
# tests/mutation/out/<target>/<timestamp>/reports/; docs/contributing/mutation-testing.md has the last figures.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="${1:-}"
case "$target" in
  sdk) project_dir="$root/tests/WISPGate.Sdk.Tests" ;;
  mock)
    project_dir="$root/tests/WISPGate.MockServer.Tests"
    # Compiles only the test classes aimed at the pipeline and billing (see the test project's csproj).
    export WispGateMutationScope=mock
    ;;
  *)
    echo "usage: $0 sdk|mock [stryker options…]" >&2
    exit 2
    ;;
esac
shift

cd "$root"
dotnet tool restore >/dev/null
output="$root/tests/mutation/out/$target/$(date -u +%Y-%m-%dT%H-%M-%SZ)"
mkdir -p "$output"
cd "$project_dir"
status=0
dotnet stryker --output "$output" --skip-version-check "$@" || status=$?

# Stryker left its mutated assembly in the test project's output (and, for mock, a build of the reduced scope): the next
# ordinary build starts from clean outputs rather than trust them as up to date.
rm -rf "$project_dir/bin" "$project_dir/obj"

echo "Reports: $output/reports"
exit "$status"
