#!/usr/bin/env bash
# Packs the hrresponse tool for release as RID-specific packages (.NET 10 SDK, "RID-specific, self-contained and AOT
# .NET tools"), so that `dotnet tool install -g HrResponse.Cli` gives a Native AOT executable on linux-x64 (no runtime
# start, no JIT) and the framework-dependent tool everywhere else:
#
#   HrResponse.Cli.<version>.nupkg            pointer package: no code, DotnetToolSettings.xml lists the runtimes
#   HrResponse.Cli.linux-x64.<version>.nupkg  Native AOT executable + SkiaSharp/HarfBuzzSharp native libraries
#   HrResponse.Cli.any.<version>.nupkg        framework-dependent fallback (+ .snupkg), for every other platform
#
#   scripts/pack-tool.sh                                  # -> artifacts/tool/, version from git tags (MinVer)
#   scripts/pack-tool.sh out/ -p:Version=0.2.0            # another folder; extra arguments go to every dotnet pack
#
# The runtimes are ToolPackageRuntimeIdentifiers in src/HrResponse.Cli/HrResponse.Cli.csproj (used only with
# -p:RidSpecificToolPackages=true, which this script sets; a plain `dotnet pack` still makes the one portable package).
# Native AOT cannot cross-compile between operating systems, so each AOT package is packed on its own OS; this script
# packs every runtime it can build here and stops if one fails. Needs clang and zlib (apt-get install clang zlib1g-dev).
#
# Then it checks the result: installs the tool from the output folder into a temporary tool path, checks that the
# command is the native executable of this machine's package (when this machine's runtime has one), and runs
# `--version` and `analyze` of the embedded sample with it.
set -euo pipefail
cd "$(dirname "$0")/.."

out="${1:-artifacts/tool}"
shift || true
project=src/HrResponse.Cli/HrResponse.Cli.csproj
mkdir -p "$out"
out="$(cd "$out" && pwd)"

if ! command -v clang >/dev/null 2>&1; then
  echo "pack-tool: clang not found; Native AOT links with it (apt-get install clang zlib1g-dev)." >&2
  exit 1
fi

rids=$(dotnet msbuild "$project" -nologo -p:RidSpecificToolPackages=true -getProperty:ToolPackageRuntimeIdentifiers)
echo "pack-tool: runtimes: $rids"

# The pointer package (no runtime identifier).
dotnet pack "$project" -c Release -o "$out" -nologo -p:RidSpecificToolPackages=true "$@"

IFS=';' read -r -a rid_list <<< "$rids"
for rid in "${rid_list[@]}"; do
  # A stale publish folder would be packed as is (the tool package takes the whole folder): start each one empty.
  rm -rf "src/HrResponse.Cli/bin/Release/net10.0/$rid/publish"
  dotnet pack "$project" -c Release -r "$rid" -o "$out" -nologo -p:RidSpecificToolPackages=true "$@"
done

# Check: install from the folder just written and run the installed command.
pointer=$(ls -t "$out"/HrResponse.Cli.[0-9]*.nupkg | head -n 1)
version=$(basename "$pointer" .nupkg); version="${version#HrResponse.Cli.}"
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
dotnet tool install HrResponse.Cli --tool-path "$tools" --add-source "$out" --version "$version"
here=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
target=$(readlink -f "$tools/hrresponse")
echo "pack-tool: installed $version for $here: $target"
if [[ ";$rids;" == *";$here;"* && "$here" != any ]]; then
  case "$target" in
    */hrresponse.cli.$here/*/tools/any/$here/HrResponse.Cli) ;;
    *) echo "pack-tool: expected the Native AOT executable of HrResponse.Cli.$here, got $target" >&2; exit 1 ;;
  esac
fi
"$tools/hrresponse" --version
"$tools/hrresponse" analyze >/dev/null
echo "pack-tool: packages in $out:"
ls -l "$out"/*"$version"*
