#!/usr/bin/env bash
# Builds the API reference site of the HrResponse and HrResponse.Plotting packages from their XML docs with DocFX
# (2.81.0, a local tool pinned in .config/dotnet-tools.json), into artifacts/api-docs. Fails on any DocFX warning
# (an unresolved cref, a broken link, an invalid XML doc), so the site is kept as clean as the build.
#
#   scripts/build-api-docs.sh            # then open artifacts/api-docs/index.html
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet tool restore
rm -rf docfx/api docfx/obj artifacts/api-docs
dotnet docfx metadata docfx/docfx.json --warningsAsErrors
cat > docfx/api/index.md <<'MD'
# API

Namespaces of `HrResponse` and `HrResponse.Plotting`; see the list on the left.
MD
dotnet docfx build docfx/docfx.json --warningsAsErrors
echo "API reference: artifacts/api-docs/index.html"
