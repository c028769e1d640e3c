#!/usr/bin/env bash
# Fuzzes every reader for MINUTES each, PARALLEL readers at a time, at the lowest CPU priority:
#   fuzz/run-all.sh 10 3
# Each reader's summary goes to fuzz/out/READER/summary.txt (see run.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
minutes="${1:-10}"
parallel="${2:-2}"
readers="${READERS:-csv rrtext fit tcx gpx hrm ble ecg wfdb edf open longcsv}"
# Build and instrument once before the parallel runs start.
"$here/run.sh" csv 0
printf '%s\n' $readers | xargs -P "$parallel" -I{} sh -c "mkdir -p '$here/out/{}' && nice -n 19 '$here/run.sh' {} $minutes > '$here/out/{}/summary.txt' 2>&1; echo {} done"
for r in $readers; do echo "== $r"; cat "$here/out/$r/summary.txt"; done
