#!/usr/bin/env bash
# Runs a command on a real X11 display, as a person's desktop has one: Xvfb (1920x1080), a window manager
# (openbox) and PulseAudio with a null sink, all started here and stopped afterwards; Qt uses xcb.
# Usage: with-xvfb.sh COMMAND [ARGS...]
set -euo pipefail
work=$(mktemp -d)
cleanup() {
    [ -n "${wm:-}" ] && kill "$wm" 2>/dev/null || true
    [ -n "${xvfb:-}" ] && kill "$xvfb" 2>/dev/null || true
    # A sound server started here (run by hand, not by ctest, whose run has its own) stops here.
    [ -n "${pulse_started:-}" ] && pulseaudio --kill 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT
# Xvfb picks a free display and writes its number to fd 5.
Xvfb -displayfd 5 -screen 0 1920x1080x24 -nolisten tcp 5>"$work/display" 2>"$work/xvfb.log" &
xvfb=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
[ -s "$work/display" ] || { echo "Xvfb did not start:"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -n1 "$work/display")"
openbox --sm-disable >"$work/openbox.log" 2>&1 &
wm=$!
# Sound really plays (into a null sink). Under ctest the run's server is up (tests/tools/sound-server.sh).
if command -v pulseaudio >/dev/null; then
    if ! pulseaudio --check 2>/dev/null; then
        pulseaudio --start --exit-idle-time=-1 2>/dev/null && pulse_started=1 || true
    fi
    pactl list short sinks 2>/dev/null | grep -q null || pactl load-module module-null-sink >/dev/null 2>&1 || true
fi
sleep 0.5
export QT_QPA_PLATFORM=xcb
unset QT_QUICK_BACKEND
# Under AddressSanitizer (tools/sanitize.sh): libxkbcommon-x11 strndup()s the X server's atom names with their
# length from the reply, and ASan's strict string checks then read the whole length past the reply buffer when
# Qt's xcb plugin starts (heap-buffer-overflow inside xkb_x11_keymap_new_from_device, before any of our code).
# Third-party code: only for the X11 runs, the strict check is off. Leak checking is off here too: the plugins
# Qt's xcb platform loads (D-Bus, input context) leave allocations behind in libraries already unloaded at exit,
# which LeakSanitizer cannot name or suppress; the same test runs offscreen with full leak checking, and every
# memory-error check stays on for this run.
# And the fast unwinder: with leak checking off the whole allocation stacks (tools/sanitize.sh) serve nothing
# here, and libgcc's slow unwinder deadlocks against Qt's threaded render loop on X11 (the render thread waits in
# _Unwind_Find_FDE for ever: seen 2026-12-03, the test hung until its timeout).
if [ -n "${ASAN_OPTIONS:-}" ]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:strict_string_checks=0:detect_leaks=0:fast_unwind_on_malloc=1"
fi
"$@"
