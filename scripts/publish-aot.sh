#!/usr/bin/env bash
# Publishes the hrresponse CLI as a Native AOT executable for one runtime (default linux-x64): a single native file
# (plus SkiaSharp's and HarfBuzzSharp's native libraries for charts) that starts without the .NET runtime or JIT.
# The released `dotnet tool` installs this same executable on linux-x64 (scripts/pack-tool.sh packs it as the
# HrResponse.Cli.linux-x64 package); this script is for a standalone executable, other runtimes and local timing
# (docs/performance.md, "CLI runtime settings"; docs/releasing.md).
#
#   scripts/publish-aot.sh                     # -> artifacts/aot/linux-x64/HrResponse.Cli (rename or link to hrresponse)
#   scripts/publish-aot.sh linux-arm64 out/    # another runtime identifier and output folder
#
# Needs the native toolchain Native AOT links with: clang and zlib (Debian/Ubuntu: apt-get install clang zlib1g-dev).
# The compiler package itself comes from NuGet with the SDK's own version. Trimming and AOT warnings are errors (the
# repository's TreatWarningsAsErrors), so a change that brings reflection back into the CLI fails this script.
set -euo pipefail
cd "$(dirname "$0")/.."

rid="${1:-linux-x64}"
out="${2:-artifacts/aot/$rid}"

if ! command -v clang >/dev/null 2>&1; then
  echo "publish-aot: clang not found; Native AOT links with it (apt-get install clang zlib1g-dev)." >&2
  exit 1
fi

dotnet publish src/HrResponse.Cli/HrResponse.Cli.csproj -c Release -r "$rid" -p:PublishAot=true -o "$out" -nologo
echo "Native executable: $out/HrResponse.Cli"
