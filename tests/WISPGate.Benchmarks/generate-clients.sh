#!/usr/bin/env bash
# Generates the NSwag and Kiota clients the benchmarks compare the SDK with (issue #22), from the contract
# src/openapi/wispgate-v1.openapi.json, into Generated/NSwag and Generated/Kiota. The output is checked in;
# run this again after the contract changes (or to move a generator to another version in .config/dotnet-tools.json).
#   bash tests/WISPGate.Benchmarks/generate-clients.sh
# The tools are the ones pinned in the repository's tool manifest: nswag.consolecore 14.8.0, microsoft.openapi.kiota 1.38.0.
# Kiota reads the OpenAPI 3.1 document as it is (it only warns that it has no type for the string formats ipv4, email,
# uri and uri-reference, and uses string). NSwag needs two workarounds, both here, neither in the contract:
# nswag-preprocess.py (3.1 nullable references, before generation) and a sed on its output (a class name, after).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
contract="$root/src/openapi/wispgate-v1.openapi.json"
cd "$root"
dotnet tool restore

# NSwag: from a pre-processed copy (nswag-preprocess.py); one file, System.Text.Json (no Newtonsoft.Json dependency), a class per client, the base URL from HttpClient.BaseAddress.
rm -rf "$here/Generated/NSwag"
nswag_input="$(mktemp --suffix=.json)"
trap 'rm -f "$nswag_input"' EXIT
python3 "$here/nswag-preprocess.py" "$contract" "$nswag_input"
mkdir -p "$here/Generated/NSwag"
dotnet nswag openapi2csclient \
  "/input:$nswag_input" \
  "/output:$here/Generated/NSwag/WispGateNSwagClient.cs" \
  /namespace:WISPGate.Benchmarks.Generated.NSwag \
  /ClassName:WispGateNSwagClient \
  /JsonLibrary:SystemTextJson \
  /GenerateClientInterfaces:false \
  /UseBaseUrl:false \
  /GenerateOptionalParameters:true
# NSwag 14.8.0 bug: the item type of the `actions` arrays of the workflow schemas (items: $ref WorkflowAction, a oneOf
# with a discriminator) is named `Actions2`, a class it never writes (the class it writes for the schema is
# `WorkflowAction`). The contract is right (Kiota reads it); the generated file is patched after generation.
sed -i 's/\bActions2\b/WorkflowAction/g' "$here/Generated/NSwag/WispGateNSwagClient.cs"

# Kiota: the request builders and models under Generated/Kiota (runtime: the Microsoft.Kiota.* 2.1.6 packages the project references).
dotnet kiota generate \
  --language CSharp \
  --openapi "$contract" \
  --output "$here/Generated/Kiota" \
  --namespace-name WISPGate.Benchmarks.Generated.Kiota \
  --class-name WispGateKiotaClient \
  --exclude-backward-compatible \
  --clean-output \
  --log-level Error
# Kiota writes a lock file with absolute paths of this machine: keep the generated code only.
rm -f "$here/Generated/Kiota/kiota-lock.json"
echo "Generated: $here/Generated/NSwag, $here/Generated/Kiota"
