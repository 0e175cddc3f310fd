#!/usr/bin/env bash
# bench/startup.sh must fail, not print a time, when a program it times does not start properly: exits non-zero
# after its first frame, dies before it, or prints something else first. Stand-in programs in a fake build dir.
set -uo pipefail
startup=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/bin"
fake() { # fake NAME BODY
    printf '#!/bin/sh\n%s\n' "$2" > "$dir/bin/$1"
    chmod +x "$dir/bin/$1"
}
fake bench_minimalwindow 'echo "first frame"'
check() { # check WHAT EXPECTED-STATUS SASKATI-BODY [FIGURE that must not be printed]
    fake saskati "$3"
    "$startup" "$dir" > "$dir/out" 2> "$dir/err"
    status=$?
    if { [ "$2" = fail ] && [ $status -eq 0 ]; } || { [ "$2" = pass ] && [ $status -ne 0 ]; }; then
        echo "FAIL: $1: startup.sh exited with $status"
        cat "$dir/out" "$dir/err"
        exit 1
    fi
    if [ "$2" = fail ] && grep -q "^RESULT.${4:-app start}" "$dir/out"; then
        echo "FAIL: $1: startup.sh printed the figure"
        cat "$dir/out"
        exit 1
    fi
    echo "ok: $1"
}
check "crash after the first frame" fail 'echo "first frame"; kill -SEGV $$'
check "exit 1 after the first frame" fail 'echo "first frame"; exit 1'
check "crash before the first frame" fail 'kill -SEGV $$'
check "another line first" fail 'echo "warning"; echo "first frame"'
# The screenshot tour (the memory figure) runs the same program: it must succeed here.
check "a proper start" pass 'echo "first frame"'
check "the screenshot tour fails" fail 'case "$1" in --screenshot) exit 3;; *) echo "first frame";; esac' \
    "peak memory"
