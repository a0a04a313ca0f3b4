package com.scalelab.ui;

import java.lang.management.ManagementFactory;

/**
 * Milestones of the launch, printed to stderr as milliseconds since the JVM started when
 * {@code -Dscalelab.startup.trace=true} is given (docs/benchmarks.md, "Launch"); silent otherwise.
 */
public final class StartupClock {
    private static final boolean ON = Boolean.getBoolean("scalelab.startup.trace");

    private StartupClock() {
    }

    public static void mark(String milestone) {
        if (ON) {
            // The JVM's own uptime: the process start time in /proc is only to the second.
            long ms = ManagementFactory.getRuntimeMXBean().getUptime();
            System.err.printf("startup %6d ms  %s [%s]%n", ms, milestone, Thread.currentThread().getName());
        }
    }
}
