#!/usr/bin/env bash
# Issue #6 figures: time from process start to the first frame of the start screen, next to a minimal QML window
# started the same way (goal: ratio <= 1.5); and peak memory while playing a scenario with its voices (the screenshot
# tour plays one through to the debrief; goal < 250 MB). Offscreen, software rendering, so it runs anywhere.
set -euo pipefail
build="${1:-build}"
export QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software
runs=9
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
tmp=$(mktemp -d)
# From starting the process to its first frame: both programs print "first frame" when their first frame is
# swapped; the time is taken when that line arrives (what they do afterwards, and their exit, is not counted).
time_of() {
    for _ in $(seq $runs); do
        start=$(date +%s%N)
        "$@" 2>/dev/null | { read -r _ && date +%s%N > "$tmp/frame"; cat > /dev/null; }
        end=$(cat "$tmp/frame")
        echo $(( (end - start) / 1000000 ))
    done | median
}
saskati=$(time_of "$build/bin/saskati" --quit-after-first-frame --database "$tmp/startup.sqlite")
minimal=$(time_of "$build/bin/bench_minimalwindow")
ratio=$(awk "BEGIN {printf \"%.2f\", $saskati/$minimal}")
echo "start to first frame: saskati ${saskati} ms, minimal QML window ${minimal} ms, ratio $ratio (median of $runs)"
met=$(awk "BEGIN {print ($ratio <= 1.5) ? \"met\" : \"NOT met\"}")
printf 'RESULT\tapp start to first frame\t%s ms\tminimal QML window\t%s ms\tratio <= 1.5\t%s\n' "$saskati" "$minimal" "$met"
/usr/bin/time -f "%M" -o "$tmp/peak" "$build/bin/saskati" --screenshot "$tmp/shots" > /dev/null 2>&1
peak=$(tail -1 "$tmp/peak")
echo "peak memory while playing a scenario with voices (screenshot tour): $((peak / 1024)) MB"
printf 'RESULT\tpeak memory, a scenario played with voices\t%s MB\t\t\t< 250 MB\t%s\n' "$((peak / 1024))" \
    "$([ $((peak / 1024)) -lt 250 ] && echo met || echo "NOT met")"
rm -rf "$tmp"
