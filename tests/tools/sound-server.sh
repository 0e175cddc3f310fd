#!/usr/bin/env bash
# The test run's one sound server: PulseAudio with a null sink (no sound card needed), private to one build
# folder. CTest starts it before the tests that play sound (fixture "sound") and stops it after the last of them,
# so no test starts or kills a server another test is playing into. Every other test is pointed at no server.
# Usage: sound-server.sh start|stop RUNTIME_DIR
set -euo pipefail
action=${1:?start or stop}
export PULSE_RUNTIME_PATH=${2:?the runtime folder of the server}
command -v pulseaudio >/dev/null || { echo "pulseaudio is not installed: run ./tools/setup.sh"; exit 1; }
case $action in
start)
    mkdir -p "$PULSE_RUNTIME_PATH"
    pulseaudio --check 2>/dev/null || pulseaudio --start --exit-idle-time=-1 2>/dev/null
    pactl list short sinks | grep -q null || pactl load-module module-null-sink >/dev/null
    # No suspending an idle sink: its news, seconds after a test's last sound, could reach a test as it quits
    # (Qt 6.4 tears its PulseAudio engine down without its lock: see tests/qmlvoice/tst_voiceplayer.qml).
    pactl unload-module module-suspend-on-idle 2>/dev/null || true
    pactl info | grep -E '^(Server String|Default Sink)'
    ;;
stop)
    if pulseaudio --check 2>/dev/null; then
        pulseaudio --kill
    fi
    ;;
*)
    echo "usage: $0 start|stop RUNTIME_DIR"
    exit 2
    ;;
esac
