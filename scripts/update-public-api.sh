#!/usr/bin/env bash
# Regenerates PublicAPI.Unshipped.txt of every packable library project from the code (PublicApiAnalyzers, RS0016
# code fix run by `dotnet format`), so the files list exactly the public API now. PublicAPI.Shipped.txt is never
# touched: moving lines there is the release step, and a shipped member that disappears stays an RS0017 error for a
# human to decide. Run after any public API change, review the diff of the .txt files, commit them with the change.
#
#   scripts/update-public-api.sh          # regenerate, then build Release to check (RS0016/RS0017 are errors there)
set -euo pipefail
cd "$(dirname "$0")/.."

projects=(src/HrResponse/HrResponse.csproj src/HrResponse.Plotting/HrResponse.Plotting.csproj)

for project in "${projects[@]}"; do
  dir=$(dirname "$project")
  [[ -f "$dir/PublicAPI.Shipped.txt" ]] || printf '#nullable enable\n' > "$dir/PublicAPI.Shipped.txt"
  printf '#nullable enable\n' > "$dir/PublicAPI.Unshipped.txt"
done

for project in "${projects[@]}"; do
  dotnet restore "$project" --verbosity quiet
  # One pass normally adds every member; repeat until the file stops changing (at most 3 passes).
  dir=$(dirname "$project")
  for _ in 1 2 3; do
    before=$(cksum < "$dir/PublicAPI.Unshipped.txt")
    dotnet format analyzers "$project" --diagnostics RS0016 --severity info --no-restore
    [[ "$(cksum < "$dir/PublicAPI.Unshipped.txt")" == "$before" ]] && break
  done
done

for project in "${projects[@]}"; do
  dotnet build "$project" -c Release --no-restore --verbosity quiet
  dir=$(dirname "$project")
  echo "$dir: $(($(grep -c '' "$dir/PublicAPI.Unshipped.txt") - 1)) unshipped, $(($(grep -c '' "$dir/PublicAPI.Shipped.txt") - 1)) shipped API lines"
done
