#!/usr/bin/python3
"""Launch to window mapped under Xvfb (docs/benchmarks.md, "Launch").

usage: launch-to-window.py RUNS COMMAND_A [COMMAND_B ...]   (each command one quoted string, e.g.
       "java -jar target/scalelab.jar"); the commands run in rotation, RUNS rounds, so a change in
the machine's load hits each alike. Per run: ms from just before the process is started until the
X server maps a top-level window titled ScaleLab*, and the CPU ms (user+sys) the JVM had used then.

Event-driven (python3-xlib, Debian's package; MapNotify/PropertyNotify on the root window), so the
watcher costs nothing while the program starts: polling with xwininfo every 20 ms took CPU from
the program it timed on a 2-core machine.
"""
import os, shlex, signal, statistics, subprocess, sys, time
from Xlib import X, display

TCK = os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 // TCK


def title(d, w):
    for atom in ("_NET_WM_NAME", "WM_NAME"):
        try:
            p = w.get_full_property(d.intern_atom(atom), X.AnyPropertyType)
        except Exception:
            return None
        if p and p.value:
            v = p.value
            return v.decode("utf-8", "replace") if isinstance(v, bytes) else str(v)
    return None


def one_run(cmd):
    d = display.Display()
    root = d.screen().root
    root.change_attributes(event_mask=X.SubstructureNotifyMask)
    d.sync()
    start = time.monotonic()
    proc = subprocess.Popen(shlex.split(cmd), stdout=subprocess.DEVNULL, stderr=open("/tmp/scalelab-launch.log", "w"))
    mapped = set()
    try:
        while True:
            if proc.poll() is not None:
                sys.exit(f"the program ended before its window showed: {cmd} (see /tmp/scalelab-launch.log)")
            while d.pending_events():
                e = d.next_event()
                w = None
                if e.type == X.MapNotify:
                    w = e.window
                    mapped.add(w.id)
                    w.change_attributes(event_mask=X.PropertyChangeMask)
                elif e.type == X.PropertyNotify and e.window.id in mapped:
                    w = e.window
                if w is not None and (title(d, w) or "").startswith("ScaleLab"):
                    wall = (time.monotonic() - start) * 1000
                    return wall, cpu_ms(proc.pid), proc
            time.sleep(0.002)
    finally:
        d.close()


def main():
    runs, cmds = int(sys.argv[1]), sys.argv[2:]
    results = {c: [] for c in cmds}
    for i in range(runs):
        for c in cmds:
            wall, cpu, proc = one_run(c)
            load = open("/proc/loadavg").read().split()[0]
            print(f"run {i + 1}: {wall:7.0f} ms wall, {cpu:6d} ms cpu, load {load}  {c}", flush=True)
            results[c].append((wall, cpu))
            time.sleep(1.5)
            proc.send_signal(signal.SIGTERM)
            proc.wait()
            time.sleep(0.5)
    for c, r in results.items():
        print(f"median of {len(r)}: {statistics.median(w for w, _ in r):7.0f} ms wall, "
              f"{statistics.median(u for _, u in r):6.0f} ms cpu  {c}")


if __name__ == "__main__":
    main()
