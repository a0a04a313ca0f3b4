#!/usr/bin/env bash
# Measures launch to window: starts a command on $DISPLAY and times until a window whose name
# starts with "ScaleLab" is mapped (xwininfo polled every 50 ms, plus the time of one poll), then closes the program.
# Prints each run's wall time and the CPU time the process had used by then (user + system, from
# /proc; steadier than wall time on a shared machine), and the medians. For docs/benchmarks.md.
#
# Usage: DISPLAY=:N launch-time.sh RUNS COMMAND [ARGS...]
set -euo pipefail

# Ends the program: SIGTERM (the JVM's normal exit, which also writes a dynamic archive), and
# SIGKILL if it is still there after 60 s (a JVM stopped while its toolkit starts can hang).
stop_program() {
    kill -TERM "$1" 2>/dev/null || true
    for _ in $(seq 1 600); do
        kill -0 "$1" 2>/dev/null || break
        sleep 0.1
    done
    kill -KILL "$1" 2>/dev/null || true
    wait "$1" 2>/dev/null || true
}

# A window whose name starts with ScaleLab is mapped (GTK's unmapped leader window may carry
# the name too, so the map state is checked).
window_mapped() {
    local id
    for id in $(xwininfo -root -tree 2>/dev/null | grep '"ScaleLab' | awk '{print $1}'); do
        if xwininfo -id "$id" 2>/dev/null | grep -q IsViewable; then
            return 0
        fi
    done
    return 1
}

runs=$1
shift
times=()
cpus=()
tick=$(getconf CLK_TCK)
if window_mapped; then
    echo "a ScaleLab window is already open on $DISPLAY: close it first" >&2
    exit 1
fi
for i in $(seq 1 "$runs"); do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1 &
    pid=$!
    ms=""
    cpu=""
    for _ in $(seq 1 2400); do
        if window_mapped; then
            ms=$(( ($(date +%s%N) - start) / 1000000 ))
            # fields 14 and 15 of /proc/PID/stat (after the parenthesised name): utime, stime
            cpu=$(sed 's/.*) //' "/proc/$pid/stat" | awk -v t="$tick" '{print int(($12 + $13) * 1000 / t)}')
            break
        fi
        sleep 0.05
    done
    stop_program "$pid"
    # let the X server drop the window before the next run
    for _ in $(seq 1 100); do window_mapped || break; sleep 0.1; done
    echo "run $i: ${ms:-timeout} ms, cpu ${cpu:-?} ms"
    times+=("${ms:-999999}")
    cpus+=("${cpu:-999999}")
    sleep 1
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
echo "median: $(median "${times[@]}") ms, cpu $(median "${cpus[@]}") ms"
