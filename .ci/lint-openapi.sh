#!/usr/bin/env bash
# Lints the API's OpenAPI document, which the build generates from the JAX-RS resources
# (smallrye-open-api-maven-plugin, mvn package): Redocly's recommended rules, no error allowed;
# warnings are listed in the summary. Redocly CLI comes from npm at run time (needs Node.js).
set -euo pipefail
cd "$(dirname "$0")/.."
doc=target/generated/openapi/openapi.yaml
[ -f "$doc" ] || { echo "$doc is missing: run mvn package first"; exit 1; }
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
echo "== redocly lint $doc"
npx --yes @redocly/cli@2.77.0 lint --format=summary "$doc"
