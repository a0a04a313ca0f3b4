#!/usr/bin/env bash
# Measures launch to window: starts a command on $DISPLAY and times until a window whose name
# starts with "ScaleLab" is mapped (xwininfo polled every 50 ms), then closes the program.
# Prints each run in ms and the median. For docs/benchmarks.md ("Launch").
#
# Usage: DISPLAY=:N launch-time.sh RUNS COMMAND [ARGS...]
set -euo pipefail
runs=$1
shift
times=()
for i in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    ms=""
    for _ in $(seq 1 2400); do
        if xwininfo -root -tree 2>/dev/null | grep -q '"ScaleLab'; then
            ms=$(( ($(date +%s%N) - start) / 1000000 ))
            break
        fi
        sleep 0.05
    done
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    # let the X server drop the window before the next run
    while xwininfo -root -tree 2>/dev/null | grep -q '"ScaleLab'; do sleep 0.1; done
    echo "run $i: ${ms:-timeout} ms"
    times+=("${ms:-999999}")
    sleep 1
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " ms"}'
