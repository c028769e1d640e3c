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
# ECG with R peaks: MIT-BIH record 100 (MLII), seconds 0-10, from the shared data next to the repository.
MITDB="$ROOT/../shared/data/mitdb/100_mlii.csv"
if [ -f "$MITDB" ]; then
    dotnet run --project "$ROOT/src/HrResponse.Cli" -c Release -- peaks "$MITDB" -o "$TMP/peaks.csv" \
        --plot "$TMP/ecg-peaks.svg" --plot-start 0 --plot-duration 10 2>/dev/null
    rsvg-convert -z 1.5 -o "$ROOT/docs/images/ecg-peaks.png" "$TMP/ecg-peaks.svg"
    echo "docs/images/ecg-peaks.png"
fi
rm -rf "$TMP"
