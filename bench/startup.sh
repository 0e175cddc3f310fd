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
trap 'rm -rf "$tmp"' EXIT
# From starting the process to its first frame: both programs print "first frame" when their first frame is
# swapped; the time is taken when that line arrives (what they do afterwards is not counted). A run counts only
# if that line came and the program then exited with 0: a crash is a failure, not a fast start.
time_of() {
    for _ in $(seq $runs); do
        rm -f "$tmp/frame"
        start=$(date +%s%N)
        "$@" 2>"$tmp/stderr" | { read -r line && [ "$line" = "first frame" ] && date +%s%N > "$tmp/frame"; cat > /dev/null; }
        status=${PIPESTATUS[0]}
        if [ "$status" -ne 0 ] || [ ! -s "$tmp/frame" ]; then
            echo "startup.sh: $1 failed (exit status $status$([ -s "$tmp/frame" ] || echo ', no "first frame" line')):" >&2
            tail -5 "$tmp/stderr" >&2
            exit 1 # the loop is a subshell (it feeds median): this ends it, and time_of returns 1
        fi
        end=$(cat "$tmp/frame")
        echo $(( (end - start) / 1000000 ))
    done | median
    [ "${PIPESTATUS[0]}" -eq 0 ]
}
saskati=$(time_of "$build/bin/saskati" --quit-after-first-frame --database "$tmp/startup.sqlite") || exit 1
minimal=$(time_of "$build/bin/bench_minimalwindow") || exit 1
ratio=$(awk "BEGIN {printf \"%.2f\", $saskati/$minimal}")
echo "start to first frame: saskati ${saskati} ms, minimal QML window ${minimal} ms, ratio $ratio (median of $runs)"
met=$(awk "BEGIN {print ($ratio <= 1.5) ? \"met\" : \"NOT met\"}")
printf 'RESULT\tapp start to first frame\t%s ms\tminimal QML window\t%s ms\tratio <= 1.5\t%s\n' "$saskati" "$minimal" "$met"
if ! /usr/bin/time -f "%M" -o "$tmp/peak" "$build/bin/saskati" --screenshot "$tmp/shots" > /dev/null 2>"$tmp/stderr"; then
    echo "startup.sh: the screenshot tour failed ($(head -1 "$tmp/peak")):" >&2
    tail -5 "$tmp/stderr" >&2
    exit 1
fi
peak=$(tail -1 "$tmp/peak")
echo "peak memory while playing a scenario with voices (screenshot tour): $((peak / 1024)) MB"
printf 'RESULT\tpeak memory, a scenario played with voices\t%s MB\t\t\t< 250 MB\t%s\n' "$((peak / 1024))" \
    "$([ $((peak / 1024)) -lt 250 ] && echo met || echo "NOT met")"
