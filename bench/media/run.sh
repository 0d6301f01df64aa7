#!/usr/bin/env bash
# Media fingerprint benchmark (issue 16): generates a few hundred photos and videos with re-posted copies
# and unrelated distractors (nothing downloaded; videos need ffmpeg), prints recall and false matches per
# transformation and fingerprinting speed; then times near-duplicate look-ups among 100,000 files, and a
# 100,000-file SQLite store: grouping into media items, one item read (the media page/API), one photo's ingest.
#
#   bench/media/run.sh                    # 40 scenes × 9 files + 10 videos × 8 files; 100,000-file index
#   IMAGES=100 VIDEOS=20 FILES=50000 bench/media/run.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
IMAGES=${IMAGES:-40}
VIDEOS=${VIDEOS:-10}
FILES=${FILES:-100000}
dotnet build src/Vigil.Cli -c Release -v q -nologo >/dev/null
VIGIL="dotnet src/Vigil.Cli/bin/Release/net10.0/vigil.dll"
echo "== recall, false matches, throughput ($(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg))"
$VIGIL bench media --images "$IMAGES" --videos "$VIDEOS"
echo "== index look-ups among $FILES files"
$VIGIL bench media-index --files "$FILES"
echo "== media items in a store of $FILES files (load $(cut -d' ' -f1-3 /proc/loadavg))"
$VIGIL bench media-store --files "$FILES"
echo "load at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
