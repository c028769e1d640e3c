#!/usr/bin/env bash
# Coverage-guided fuzzing of one reader with SharpFuzz + AFL++.
#   fuzz/run.sh READER MINUTES      e.g. fuzz/run.sh fit 10   (MINUTES 0: only build and instrument)
# READER: csv rrtext fit tcx gpx hrm ble ecg wfdb edf open longcsv. Installs what it needs (afl++ from apt, the sharpfuzz tool),
# builds the harness, instruments HrResponse.dll, runs afl-fuzz for MINUTES on the seed corpus fuzz/corpus/READER and
# leaves findings in fuzz/out/READER (crashes/, hangs/). Replay one crash: dotnet fuzz/out/bin/HrResponse.Fuzz.dll READER FILE
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
reader="${1:?usage: fuzz/run.sh READER MINUTES}"
minutes="${2:?usage: fuzz/run.sh READER MINUTES}"
[ -d "$here/corpus/$reader" ] || { echo "no seed corpus $here/corpus/$reader" >&2; exit 2; }

if ! command -v afl-fuzz >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++; fi
fi
export PATH="$PATH:$HOME/.dotnet/tools"
command -v sharpfuzz >/dev/null || dotnet tool install --global SharpFuzz.CommandLine --version 2.3.0

bin="$here/out/bin"
# One build and instrumentation shared by parallel runs of different readers (a lock keeps them from racing).
mkdir -p "$here/out"
exec 9>"$here/out/.lock"
flock 9
if [ ! -f "$bin/.instrumented" ]; then
  rm -rf "$bin"
  dotnet publish "$here/HrResponse.Fuzz/HrResponse.Fuzz.csproj" -c Release -o "$bin" -p:TreatWarningsAsErrors=false >/dev/null
  sharpfuzz "$bin/HrResponse.dll"
  touch "$bin/.instrumented"
fi
flock -u 9
[ "$minutes" = 0 ] && { echo "built and instrumented $bin"; exit 0; }

out="$here/out/$reader"
mkdir -p "$out"
export AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_SKIP_BIN_CHECK=1
export DOTNET_TieredPGO=0 DOTNET_TC_QuickJitForLoops=1
resume_input="$here/corpus/$reader"
[ -d "$out/default/queue" ] && resume_input="-"
# -t: per-input time limit in ms (generous: 2 cores shared); -m none: .NET reserves large virtual memory.
timeout --signal=INT "$((minutes * 60 + 30))" \
  afl-fuzz -V "$((minutes * 60))" -i "$resume_input" -o "$out" -t 10000 -m none -- dotnet "$bin/HrResponse.Fuzz.dll" "$reader" \
  > "$out/afl.log" 2>&1 || true
stats="$out/default/fuzzer_stats"
if [ -f "$stats" ]; then
  grep -E '^(run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg|stability) ' "$stats"
else
  tail -20 "$out/afl.log"; exit 1
fi
crashes=$(find "$out/default/crashes" -type f ! -name README.txt 2>/dev/null | wc -l)
echo "$reader: $crashes crash file(s) in $out/default/crashes"
