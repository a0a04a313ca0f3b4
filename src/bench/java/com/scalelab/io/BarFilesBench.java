package com.scalelab.io;

import com.scalelab.engine.replay.BarSeries;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

/**
 * Load time of a large bar file (a measurement, not a test): writes N bars in each layout (CSV with
 * a header and epoch seconds, CSV with "YYYY-MM-DD HH:MM:SS" dates, headerless kline, JSON array)
 * and times {@link BarFiles#load(Path)}: wall clock and the loading thread's CPU time (which the
 * other sessions on a shared machine do not inflate).
 *
 * <pre>mvn -B -o -q -Pbench compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
 * java -Xmx1g -cp target/classes:$(cat target/bench.cp) com.scalelab.io.BarFilesBench 1000000 5</pre>
 * (arguments: bars, timed loads per layout; the first two loads of each layout are warm-up)
 */
public final class BarFilesBench {
    private BarFilesBench() {
    }

    public static void main(String[] args) throws IOException, FileRefusedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("scalelab-bars");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        DateTimeFormatter dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
        for (String layout : new String[] {"epoch-csv", "date-csv", "kline", "json"}) {
            Path file = dir.resolve(layout + (layout.equals("json") ? ".json" : ".csv"));
            write(file, layout, n, dates);
            for (int i = 0; i < runs + 2; i++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                BarSeries bars = BarFiles.load(file);
                long t1 = System.nanoTime();
                long c1 = cpu.getCurrentThreadCpuTime();
                System.out.printf(Locale.ROOT, "%-9s %,d bars, %.1f MB: %s wall %d ms, thread CPU %d ms%n", layout,
                        bars.size(), Files.size(file) / 1e6, i < 2 ? "(warm-up)" : "", (t1 - t0) / 1_000_000,
                        (c1 - c0) / 1_000_000);
            }
            Files.delete(file);
        }
        Files.delete(dir);
    }

    private static void write(Path file, String layout, int n, DateTimeFormatter dates) throws IOException {
        Random r = new Random(1);
        double price = 100;
        LocalDateTime start = LocalDateTime.of(2000, 1, 1, 0, 0);
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            if (layout.equals("json")) {
                w.write("[\n");
            } else if (!layout.equals("kline")) {
                w.write("time,open,high,low,close,volume\n");
            }
            for (int i = 0; i < n; i++) {
                double open = price;
                double close = Math.max(50, Math.min(200, price * (1 + (r.nextDouble() - 0.5) / 50)));
                double high = Math.max(open, close) * 1.002;
                double low = Math.min(open, close) * 0.998;
                long epoch = start.toEpochSecond(ZoneOffset.UTC) + 60L * i;
                String time = switch (layout) {
                    case "date-csv" -> start.plusMinutes(i).format(dates);
                    case "kline", "json" -> Long.toString(epoch * 1000);
                    default -> Long.toString(epoch);
                };
                String row = String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f,%d", time, open, high, low, close,
                        r.nextInt(10_000));
                if (layout.equals("json")) {
                    w.write((i == 0 ? "" : ",\n") + "[" + row + "]");
                } else {
                    w.write(row);
                    w.write('\n');
                }
                price = close;
            }
            if (layout.equals("json")) {
                w.write("\n]\n");
            }
        }
    }
}
