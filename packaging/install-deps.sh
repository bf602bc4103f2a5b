#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages in packaging/dependencies.txt that are not installed yet.
# Runs as root, or through sudo when it is not root. Installs nothing when nothing is missing.
set -eu
here=$(dirname "$0")
packages=$(sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$here/dependencies.txt")
missing=""
for package in $packages; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -z "$missing" ]; then
    echo "install-deps: all packages are installed"
    exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
    as_root=""
elif command -v sudo >/dev/null 2>&1; then
    as_root="sudo"
else
    echo "install-deps: run as root (or install sudo) to install:$missing" >&2
    exit 1
fi
echo "install-deps: installing$missing"
$as_root apt-get update -q
# shellcheck disable=SC2086
DEBIAN_FRONTEND=noninteractive $as_root apt-get install -y -q --no-install-recommends $missing
