#!/usr/bin/env bash
# Regenerates docs/images/*.png: `hrresponse plot` on the embedded sample recording, converted with rsvg-convert
# (apt-get install librsvg2-bin) at 1.5x.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d)"
dotnet run --project "$ROOT/src/HrResponse.Cli" -c Release -- plot "$ROOT/src/HrResponse.Cli/Samples/cardiocurver_example.csv" --out "$TMP" >/dev/null
mkdir -p "$ROOT/docs/images"
for svg in "$TMP"/*.svg; do
    name="$(basename "$svg" .svg)"
    rsvg-convert -z 1.5 -o "$ROOT/docs/images/$name.png" "$svg"
    echo "docs/images/$name.png"
done
rm -rf "$TMP"
