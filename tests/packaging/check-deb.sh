#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the .deb with CPack, checks that apt can satisfy its dependencies on this Debian (a dry run,
# so the test needs no root and changes nothing), then unpacks it into a throwaway root and runs the
# installed binary: `--version`, and `--screenshot` on a fresh profile. Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log") || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/*.deb)
echo "package: $(basename "$deb")"
dpkg-deb --field "$deb" Package Version Depends

# apt resolves every dependency of the package (nothing is installed: -s).
apt-get install -s -qq "$deb" >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; exit 1; }

dpkg-deb -x "$deb" "$work/root"
for path in usr/bin/mlprep usr/share/applications/org.mlprep.MLPrep.desktop usr/share/metainfo/org.mlprep.MLPrep.metainfo.xml \
            usr/share/mime/packages/org.mlprep.MLPrep.xml usr/share/icons/hicolor/scalable/apps/org.mlprep.MLPrep.svg \
            usr/share/icons/hicolor/48x48/apps/org.mlprep.MLPrep.png; do
    [ -e "$work/root/$path" ] || { echo "missing from the package: /$path"; exit 1; }
done

version=$("$work/root/usr/bin/mlprep" --version)
echo "$version"
[[ $version == mlprep* ]] || { echo "unexpected --version output"; exit 1; }
QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/mlprep" --data-dir "$work/data" --screenshot "$work/shot.png"
[ -s "$work/shot.png" ] || { echo "no screenshot written"; exit 1; }
echo "installed binary ran: --version and --screenshot"
