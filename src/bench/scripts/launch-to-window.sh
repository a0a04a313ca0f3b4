#!/bin/bash
# Launch to window mapped under Xvfb (docs/benchmarks.md, "Launch (lazy views)").
# usage: launch.sh RUNS JAR... ; per run and jar: ms from process start until a viewable window titled
# ScaleLab* exists (polled every 20 ms with xwininfo), and the CPU ms (user+sys) the JVM had used by then.
RUNS=$1; shift; export DISPLAY=:77
pgrep -f "Xvfb :77" >/dev/null || { Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 & sleep 1; }
TCK=$(getconf CLK_TCK)
for i in $(seq 1 $RUNS); do
 for JAR in "$@"; do
  while xwininfo -root -tree 2>/dev/null | grep -q '"ScaleLab'; do echo "a ScaleLab window is still up" >&2; sleep 1; done
  start=$(date +%s%N)
  nice -n ${NICE:-0} java ${JAVA_OPTS:-} -jar "$JAR" >/tmp/scalelab-launch.log 2>&1 &
  pid=$!
  while true; do
    id=$(xwininfo -root -tree 2>/dev/null | grep '"ScaleLab' | head -1 | awk '{print $1}')
    if [ -n "$id" ] && xwininfo -id $id 2>/dev/null | grep -q "IsViewable"; then break; fi
    kill -0 $pid 2>/dev/null || { echo "the program ended before its window showed:" >&2; cat /tmp/scalelab-launch.log >&2; exit 1; }
    sleep 0.02
  done
  end=$(date +%s%N)
  cpu=$(awk -v t=$TCK '{print ($14+$15)*1000/t}' /proc/$pid/stat)
  echo "$(basename $JAR) run $i: $(( (end-start)/1000000 )) ms wall, $cpu ms cpu, load $(cut -d' ' -f1 /proc/loadavg)"
  sleep 2
  kill $pid; wait $pid 2>/dev/null
  sleep 0.5
 done
done
