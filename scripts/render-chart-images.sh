#!/usr/bin/env bash
# Regenerates docs/images/*.png: `hrresponse plot` on the embedded sample recording at 1400 px wide and 200 DPI, and
# the ECG of MIT-BIH record 100 with its R peaks (from the shared data next to the repository, when present).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TMP="$(mktemp -d)"
dotnet run --project "$ROOT/src/HrResponse.Cli" -c Release -- plot "$ROOT/src/HrResponse.Cli/Samples/cardiocurver_example.csv" \
    --out "$TMP" --format png --width 1400 --dpi 200 >/dev/null
mkdir -p "$ROOT/docs/images"
for png in "$TMP"/*.png; do
    cp "$png" "$ROOT/docs/images/"
    echo "docs/images/$(basename "$png")"
done
MITDB="$ROOT/../shared/data/mitdb/100_mlii.csv"
if [ -f "$MITDB" ]; then
    dotnet run --project "$ROOT/src/HrResponse.Cli" -c Release -- peaks "$MITDB" -o "$TMP/peaks.csv" \
        --plot "$ROOT/docs/images/ecg-peaks.png" --plot-start 0 --plot-duration 10 2>/dev/null
    echo "docs/images/ecg-peaks.png"
fi
rm -rf "$TMP"
