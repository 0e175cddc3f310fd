#!/usr/bin/env bash
# The Debian package, as a municipality's laptop would get it: builds the .deb from the build folder, installs
# it on this machine (apt resolves its dependencies), then checks the installed programs: the desktop entry is
# valid, saskati-cli validates and tests the installed scenarios, and the app's screenshot tour runs offscreen
# from the installed data. The package is removed again at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
build=$(realpath "${SASKATI_BUILD_DIR:-build}")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
rm -f "$build"/saskati_*.deb
(cd "$build" && cpack -G DEB > /dev/null)
deb=$(ls "$build"/saskati_*.deb)
echo "Installing $deb"
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --reinstall "$deb" > /dev/null
trap 'DEBIAN_FRONTEND=noninteractive $sudo apt-get remove -y -q saskati > /dev/null' EXIT

desktop-file-validate /usr/share/applications/saskati.desktop
test -f /usr/share/icons/hicolor/scalable/apps/saskati.svg
/usr/bin/saskati-cli validate /usr/share/saskati/scenarios/*.json
/usr/bin/saskati-cli test /usr/share/saskati/scenarios/tests | tail -1
shots=$(mktemp -d)
QT_QPA_PLATFORM=offscreen timeout 300 /usr/bin/saskati --screenshot "$shots" > "$shots/tour.log" 2>&1 || {
    cat "$shots/tour.log"
    exit 1
}
count=$(ls "$shots"/*.png | wc -l)
if [ "$count" -lt 20 ]; then
    echo "The installed app saved only $count screenshots:" >&2
    cat "$shots/tour.log" >&2
    exit 1
fi
echo "Package test passed: installed, scenarios valid and tested, $count screens drawn from /usr/share/saskati"
rm -rf "$shots"
