#!/bin/bash
# Runs two screenshot tours at a time (as ctest -j2 runs the layout tests) for SECONDS seconds (default 390)
# and dumps the stacks of any tour still alive after 90 s into /tmp/hang-bt-PID.txt. Found the voice player's
# GStreamer deadlock (VoicePlayer.qml). Needs gdb and a build in build/.
#   tools/stress-screenshot-tours.sh [SECONDS]
set -u
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/build/bin/saskati"
work=$(mktemp -d)
end=$((SECONDS + ${1:-390}))
runs=0 hangs=0
while [ $SECONDS -lt $end ]; do
  pids=()
  for cfg in "en 1.3" "lv 0.9"; do
    set -- $cfg
    QT_QPA_PLATFORM=offscreen "$app" --screenshot "$work/$1-$2" --check-layout --size 1366x768 --language "$1" \
      --text-scale "$2" > "$work/$1-$2.log" 2>&1 &
    pids+=($!)
  done
  start=$SECONDS
  while kill -0 "${pids[0]}" 2>/dev/null || kill -0 "${pids[1]}" 2>/dev/null; do
    sleep 2
    if [ $((SECONDS - start)) -gt 90 ]; then
      for p in "${pids[@]}"; do
        kill -0 "$p" 2>/dev/null && gdb -p "$p" -batch -ex "thread apply all bt" > "/tmp/hang-bt-$p.txt" 2>&1
      done
      hangs=$((hangs + 1))
      echo "run $((runs + 1)): a tour hung; stacks in /tmp/hang-bt-*.txt; last lines:"; tail -n 2 "$work"/*.log
      kill "${pids[@]}" 2>/dev/null
      break
    fi
  done
  runs=$((runs + 1))
  echo "run $runs: $((SECONDS - start)) s"
done
echo "$runs pairs of tours, $hangs hung"
rm -rf "$work"
[ "$hangs" -eq 0 ]
