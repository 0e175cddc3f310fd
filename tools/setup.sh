#!/usr/bin/env bash
# Installs what Saskati needs on Debian 12 (only what is missing) and builds it into build/.
# Usage: tools/setup.sh [TARGET...] (default: every target). Used by tools/run-app.sh (the app and the CLI only)
# and tools/run-tests.sh (everything); safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    # Engine, store, CLI
    qt6-base-dev libqt6sql6-sqlite libsqlite3-dev
    # Authoring: a scenario with its media as one ZIP (libarchive); simdjson as the loader benchmark's reference
    libarchive-dev libsimdjson-dev
    # The Qt Quick app: QML modules it imports, multimedia (GStreamer), SVG pictures, translations
    qt6-declarative-dev qt6-declarative-dev-tools qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-templates
    qml6-module-qtquick-window qml6-module-qtmultimedia qml6-module-qttest
    qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
    qt6-multimedia-dev gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-l10n-tools
    # Seminar mode: the local server for the participants' phones, and the QR code to join
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev
    # A real browser loads the phone page in a test (headless)
    chromium
    # Tests that really play audio start PulseAudio with a null sink
    pulseaudio pulseaudio-utils
    # The real-input playthrough also runs on a real X11 display: Xvfb with a window manager
    xvfb openbox
    # bench/startup.sh measures peak memory with GNU time; bench_review compares with the sqlite3 tool
    time sqlite3
    # Translators' files: gettext's msgfmt --check and msgen in the strings round-trip test; python3 writes the
    # layout test's pseudo-translation
    gettext python3
    # XLIFF files are checked against the OASIS XLIFF 1.2 schema as Symfony ships it, with xmllint
    php-symfony-translation libxml2-utils
    # The shared results server (docs/server.md): Qt's PostgreSQL driver and libpq; the tests run a throw-away PostgreSQL 15
    # cluster with TLS (certificates made with openssl)
    libqt6sql6-psql libpq-dev postgresql-15 postgresql-client-15 openssl
    # Packaging (cpack -G DEB finds library dependencies with dpkg-shlibdeps); fuzzing with libFuzzer (clang)
    dpkg-dev desktop-file-utils clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing the Debian packages that are missing: ${missing[*]}"
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

build_dir=${SASKATI_BUILD_DIR:-build}
echo "Configuring the build in $build_dir/"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="${SASKATI_BUILD_TYPE:-RelWithDebInfo}" > "$build_dir.configure.log" 2>&1 ||
    { cat "$build_dir.configure.log"; exit 1; }
rm -f "$build_dir.configure.log"
# Arguments name the targets to build (the app's command builds only the app and the CLI); none: everything.
if [ $# -gt 0 ]; then
    echo "Building $* ..."
    cmake --build "$build_dir" --parallel "$(nproc)" --target "$@"
else
    echo "Building everything: the app, the CLI, the tests, the benchmarks ..."
    cmake --build "$build_dir" --parallel "$(nproc)"
fi
