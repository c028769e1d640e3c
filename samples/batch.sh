#!/usr/bin/env sh
# Batch HRV of every recording under a folder with the hrresponse tool: one CSV row per file, failures listed in
# errors.csv, 4 files at a time. Run from the repository root:
#
#   sh samples/batch.sh ../shared/data/actes results.csv
#
# With the tool installed (dotnet tool install -g HrResponse.Cli) replace "$HRRESPONSE" by hrresponse.
set -eu
INPUT="${1:?usage: batch.sh <folder-or-glob> [results.csv]}"
OUT="${2:-results.csv}"
HRRESPONSE="dotnet run --project src/HrResponse.Cli -c Release --"
$HRRESPONSE batch "$INPUT" --out "$OUT" --errors "${OUT%.csv}.errors.csv" --jobs 4 --allow-failures
echo "results in $OUT"
