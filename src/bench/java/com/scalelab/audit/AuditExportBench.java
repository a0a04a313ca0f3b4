package com.scalelab.audit;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.OrderSide;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.audit.AuditViewModel;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Memory and export time of a large audit log (a measurement, not a test). Builds N records the
 * way a session makes them (each a fresh scenario judged by the engine, a few policies in turn),
 * holds them in the audit view-model's lists, and reports the heap they take (and what keeping
 * the 15-check trace would cost) and how long CSV and JSON Lines exports take.
 *
 * <pre>mvn -B -o -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -Xmx1g -cp target/classes:$(cat target/bench.cp) com.scalelab.audit.AuditExportBench 100000 3</pre>
 * (arguments: records, timed runs per format)
 */
public final class AuditExportBench {
    private AuditExportBench() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        long before = usedAfterGc(memory);
        AuditViewModel log = new AuditViewModel(new AuditRecorder(false), new com.scalelab.ui.app.SameThreadTaskExecutor());
        log.addAll(build(n, false));
        long held = usedAfterGc(memory) - before;
        List<AuditRecord> records = List.copyOf(log.records());
        System.out.printf(Locale.ROOT, "records: %,d, %,d distinct policies%n", records.size(),
                records.stream().map(AuditRecord::policyFingerprint).distinct().count());
        System.out.printf(Locale.ROOT, "heap held by the log as the app keeps it (view-model lists, no trace): "
                + "%.1f MB, %,d bytes/record%n", held / 1e6, held / n);

        long before2 = usedAfterGc(memory);
        List<AuditRecord> traced = build(n, true);
        long withTrace = usedAfterGc(memory) - before2;
        System.out.printf(Locale.ROOT, "heap held by %,d records keeping the 15-check trace (plain list): "
                + "%.1f MB, %,d bytes/record%n", traced.size(), withTrace / 1e6, withTrace / n);
        traced = null;

        Path dir = Files.createTempDirectory("audit-bench");
        Path csv = dir.resolve("audit.csv");
        Path jsonl = dir.resolve("audit.jsonl");
        time("CSV", runs, () -> AuditCsv.export(records, csv, ExportProgress.NONE), csv);
        time("JSON Lines", runs, () -> AuditJsonLines.export(records, jsonl, ExportProgress.NONE), jsonl);
        Files.deleteIfExists(csv);
        Files.deleteIfExists(jsonl);
        Files.deleteIfExists(dir);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, load average %.1f%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / (1 << 20),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private interface Export {
        void run() throws IOException;
    }

    private static void time(String name, int runs, Export export, Path file) throws IOException {
        export.run(); // warm-up: class loading and JIT
        export.run();
        long[] ms = new long[runs];
        long[] cpu = new long[runs];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            export.run();
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1_000_000;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        // CPU time of the exporting thread is the steadier figure on a shared machine; wall time
        // adds waiting for the CPU and for the disk (the file is forced to disk before the move).
        System.out.printf(Locale.ROOT, "export %-10s: wall median %,d ms (min %,d, max %,d), CPU median %,d ms "
                + "(min %,d) over %d runs; file %.1f MB%n", name, ms[runs / 2], ms[0], ms[runs - 1], cpu[runs / 2],
                cpu[0], runs, Files.size(file) / 1e6);
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Records as a trainee makes them: the proposed price and time move on each slider release. */
    static List<AuditRecord> build(int n, boolean keepTrace) {
        AuditRecorder recorder = new AuditRecorder(keepTrace, "bench");
        List<ScalingPolicy> policies = List.of(policy("Trend pyramid", 4), policy("Breakout pyramid", 3),
                policy("Careful pyramid", 2));
        Instant start = Instant.parse("2026-01-05T14:30:00Z");
        Position position = new Position(Direction.LONG, 95.0, List.of(new Entry(100.0, 10, start, 120)));
        List<AuditRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            ScalingPolicy policy = policies.get((i / 1000) % policies.size());
            double price = 96.0 + (i % 1600) / 100.0;
            ScalingContext c = new ScalingContext("ES", 100_000, position, 10,
                    List.of(new PendingOrder(OrderSide.SELL, 10, true)), new Market(2.0, 4.0 + i % 30),
                    new ProposedEntry(Direction.LONG, price, 5, start.plus(Duration.ofMinutes(i % 240)), 120 + i % 12,
                            0.8));
            out.add(recorder.record(start.plusSeconds(i), i % 3 == 0 ? "add-entry" : "slider-release", policy, c,
                    ScalingEngine.evaluate(policy, c)));
        }
        return out;
    }

    private static ScalingPolicy policy(String name, int maxEntries) {
        return new ScalingPolicy(name, "donchian-breakout", "",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, maxEntries),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
    }
}
