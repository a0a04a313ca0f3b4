#!/usr/bin/env bash
# Makes the class-data-sharing archives of the ScaleLab app image (mvn -Pdist package), so the
# installed program starts faster: a base archive of the image's own runtime (jlink leaves none,
# and a dynamic archive needs one) and a dynamic AppCDS archive, lib/app/scalelab.jsa, recorded
# while the window opens once. The launcher's cfg already names that archive.
#
# Opening the window needs a display: a private Xvfb when xvfb-run is installed, else $DISPLAY.
# With neither (CI, a server) the archive is recorded from a command-line run instead: it then
# covers the engine and file classes but not the window's, and the build still succeeds.
#
# Usage: appcds.sh IMAGE_DIR SAMPLE_POLICY
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


if [ "${1:-}" = "--train-window" ]; then
    # Inner step, run with a display: open the window once while the JVM records the archive.
    image=$2
    java="$image/lib/runtime/bin/java"
    # The class path must be written as the launcher writes it ($APPDIR/scalelab.jar, absolute):
    # CDS refuses an archive whose class path differs.
    "$java" -XX:ArchiveClassesAtExit="$image/lib/app/scalelab.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$image/lib/app/scalelab.jar" com.scalelab.Launcher &
    pid=$!
    # Wait for the window to be mapped (at most 180 s on a busy machine), then 3 s more so the
    # first layout, CSS and map drawing have loaded their classes too.
    for _ in $(seq 1 1800); do
        if window_mapped; then
            sleep 3
            break
        fi
        if ! kill -0 "$pid" 2>/dev/null; then
            break
        fi
        sleep 0.1
    done
    stop_program "$pid"
    exit 0
fi

image=$1
sample=$2
java="$image/lib/runtime/bin/java"
jsa="$image/lib/app/scalelab.jsa"
log="$(dirname "$image")/appcds-training.log"

rm -f "$jsa"
"$java" -Xshare:dump -Xlog:cds=off >"$log" 2>&1

self="$(cd "$(dirname "$0")" && pwd)/$(basename "$0")"
abs_image="$(cd "$image" && pwd)"
if command -v xvfb-run >/dev/null && command -v xwininfo >/dev/null; then
    how="the window under a private Xvfb"
    xvfb-run -a -s "-screen 0 1600x1000x24" bash "$self" --train-window "$abs_image" >>"$log" 2>&1
elif [ -n "${DISPLAY:-}" ] && command -v xwininfo >/dev/null; then
    how="the window on $DISPLAY"
    bash "$self" --train-window "$abs_image" >>"$log" 2>&1
else
    how="a command-line run (no display: the window's classes are not in it)"
fi
if [ ! -s "$jsa" ]; then
    "$java" -XX:ArchiveClassesAtExit="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$abs_image/lib/app/scalelab.jar" \
        com.scalelab.Launcher validate "$sample" >>"$log" 2>&1
    [ "$how" = "${how#a command-line}" ] && how="a command-line run (the window did not open, see $log)"
fi
echo "AppCDS archive $jsa ($(du -h "$jsa" | cut -f1)) recorded from $how."
