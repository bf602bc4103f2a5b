#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up time, side by side: MLPrep and KDE Parley (a Qt flashcard app) under one Xvfb, measured
# the same way — from exec to the moment the app's top-level window is mapped (viewable) — RUNS
# times each, interleaved, medians printed. MLPrep runs on a profile with the built-in decks already
# merged (a second start, as every start after the first). Also prints MLPrep's own first-frame
# trace (MLPREP_TRACE_STARTUP=1: process start to first frameSwapped).
#
# Needs: xvfb, x11-utils (xwininfo), parley. Usage: tools/measure-startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build/ci}
runs=${2:-9}
mlprep="$build/bin/mlprep"
for tool in Xvfb xwininfo parley; do
    command -v "$tool" >/dev/null || { echo "measure-startup: $tool is missing (apt-get install xvfb x11-utils parley)" >&2; exit 1; }
done
[ -x "$mlprep" ] || { echo "measure-startup: build $mlprep first" >&2; exit 1; }

export DISPLAY=:97
Xvfb "$DISPLAY" -screen 0 1920x1080x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill $xvfb 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
export XDG_RUNTIME_DIR="$work/runtime" HOME="$work/home"
mkdir -p "$XDG_RUNTIME_DIR" "$HOME" && chmod 700 "$XDG_RUNTIME_DIR"

# Prime the profile (first start merges the built-in decks) and the disk cache of both apps.
"$mlprep" --data-dir "$work/data" stats >/dev/null

now_ms() { date +%s%3N; }

# Runs "$@" and prints the ms until a mapped top-level window whose name matches $pattern appears.
time_to_window() {
    local pattern=$1; shift
    local start end
    start=$(now_ms)
    "$@" >/dev/null 2>"$work/stderr" &
    local pid=$!
    while :; do
        # Qt maps a few helper windows too; only a viewable window with the app's name counts.
        local id found=""
        for id in $(xwininfo -root -children 2>/dev/null | grep "\"$pattern" | awk '{print $1}'); do
            if xwininfo -id "$id" 2>/dev/null | grep -q "IsViewable"; then
                found=$id
                break
            fi
        done
        if [ -n "$found" ]; then
            end=$(now_ms)
            break
        fi
        if [ $(( $(now_ms) - start )) -gt 20000 ]; then
            echo "measure-startup: no window for $pattern within 20 s" >&2
            exit 1
        fi
    done
    kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true
    echo $(( end - start ))
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

: >"$work/mlprep" ; : >"$work/parley" ; : >"$work/frame"
for _ in $(seq "$runs"); do
    time_to_window "Parley" parley >>"$work/parley"
    time_to_window "MLPrep" env MLPREP_TRACE_STARTUP=1 "$mlprep" --data-dir "$work/data" >>"$work/mlprep"
    sed -n 's/^first frame: \([0-9]*\) ms$/\1/p' "$work/stderr" >>"$work/frame"
done
p=$(median <"$work/parley"); m=$(median <"$work/mlprep"); f=$(median <"$work/frame")
echo "runs: $runs"
echo "KDE Parley, exec to viewable window: median $p ms  ($(tr '\n' ' ' <"$work/parley"))"
echo "MLPrep, exec to viewable window:     median $m ms  ($(tr '\n' ' ' <"$work/mlprep"))"
echo "MLPrep, process start to first frame (own trace): median $f ms"
awk -v m="$m" -v p="$p" 'BEGIN { printf "ratio MLPrep/Parley: %.2f (target <= 0.60)\n", m / p }'
