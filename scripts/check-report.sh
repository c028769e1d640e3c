#!/usr/bin/env bash
# Renders an `hrresponse report` page in headless Chromium and checks that it loads offline without errors and that
# the rendered DOM has every expected section and chart. Not part of `dotnet test` (CI need not have Chromium).
#
#   scripts/check-report.sh [recording] [out-dir]
#
# Needs: dotnet, chromium (apt-get install chromium). Exit code 0 when every check passes.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
INPUT="${1:-$ROOT/../shared/data/cardiocurver_exercise/example_data.csv}"
OUT="${2:-$(mktemp -d)}"
CHROMIUM="${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}"
[ -n "$CHROMIUM" ] || { echo "check-report: chromium not found (set CHROMIUM=...)" >&2; exit 2; }
mkdir -p "$OUT"
REPORT="$OUT/report.html"

dotnet run --project "$ROOT/src/HrResponse.Cli" -c Release -- report "$INPUT" -o "$REPORT" >/dev/null

# Offline: no network, file URL only. Console messages go to the log (--enable-logging=stderr).
DOM="$OUT/report.dom.html"
LOG="$OUT/chromium.log"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
    --proxy-server='127.0.0.1:9' --enable-logging=stderr --v=0 \
    --virtual-time-budget=5000 --dump-dom "file://$REPORT" >"$DOM" 2>"$LOG"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,5200 \
    --screenshot="$OUT/report.png" "file://$REPORT" >/dev/null 2>&1 || true

fail=0
check() { if grep -q -- "$2" "$DOM"; then echo "ok   $1"; else echo "FAIL $1 (missing: $2)"; fail=1; fi; }
for id in summary input charts indices exercise quality settings; do check "section #$id" "<section id=\"$id\">"; done
for chart in heart-rate tachogram poincare dfa psd rolling-hrv exercise-test; do check "chart $chart" "<figure id=\"chart-$chart\">"; done
check "index table has HRV_RMSSD with unit" "<code>HRV_RMSSD</code>"
svgs=$(grep -o "<svg " "$DOM" | wc -l)
if [ "$svgs" -ge 7 ]; then echo "ok   $svgs inline SVG elements rendered"; else echo "FAIL only $svgs inline SVG elements"; fail=1; fi
if grep -Eiq "Uncaught|CONSOLE\(.*\)\] .*(error|failed)|net::ERR_" "$LOG"; then
    echo "FAIL page errors:"; grep -Ei "Uncaught|CONSOLE|net::ERR_" "$LOG" | head -20; fail=1
else
    echo "ok   no console or network errors"
fi
# Autonomic section: a Valsalva recording with ECG and finger pressure, reported with --test valsalva.
VALSALVA="$ROOT/../shared/data/valsalva/Subject_1_ecg_bp_250hz.csv"
if [ -f "$VALSALVA" ]; then
    AREPORT="$OUT/report-valsalva.html"
    ADOM="$OUT/report-valsalva.dom.html"
    dotnet run --project "$ROOT/src/HrResponse.Cli" -c Release -- report "$VALSALVA" --test valsalva --age 40 -o "$AREPORT" >/dev/null
    "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-extensions --no-first-run \
        --proxy-server='127.0.0.1:9' --enable-logging=stderr --v=0 \
        --virtual-time-budget=5000 --dump-dom "file://$AREPORT" >"$ADOM" 2>"$OUT/chromium-valsalva.log"
    for pattern in '<section id="autonomic">' '<figure id="chart-autonomic">' '<table class="autonomic-ratings">' '<code>VALSALVA_Ratio</code>' "Ewing's category"; do
        if grep -q -- "$pattern" "$ADOM"; then echo "ok   valsalva report has $pattern"; else echo "FAIL valsalva report (missing: $pattern)"; fail=1; fi
    done
    if grep -Eiq "Uncaught|CONSOLE\(.*\)\] .*(error|failed)|net::ERR_" "$OUT/chromium-valsalva.log"; then echo "FAIL valsalva report page errors"; fail=1; fi
else
    echo "FAIL valsalva recording missing: $VALSALVA"; fail=1
fi
echo "report: $REPORT  rendered DOM: $DOM  screenshot: $OUT/report.png"
exit $fail
