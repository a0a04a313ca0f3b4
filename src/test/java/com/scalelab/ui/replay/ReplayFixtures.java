package com.scalelab.ui.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A small price history and a run over it, written to a folder: a steady uptrend with a wave on
 * it, so a breakout opens positions, some adds are approved and many are held back.
 */
public final class ReplayFixtures {
    public static final int BARS = 300;

    private ReplayFixtures() {
    }

    /** close_t = 100 + 0.2 t + 8 sin(t / 6); open = the close before; high/low 0.5 outside open and close. */
    public static Path writeBars(Path dir, String name) throws IOException {
        StringBuilder csv = new StringBuilder("date,open,high,low,close\n");
        double prev = 100;
        LocalDate day = LocalDate.of(2020, 1, 1);
        for (int t = 0; t < BARS; t++) {
            double close = 100 + 0.2 * t + 8 * Math.sin(t / 6.0);
            double open = t == 0 ? close : prev;
            csv.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.4f,%.4f%n", day.plusDays(t), open,
                    Math.max(open, close) + 0.5, Math.min(open, close) - 0.5, close));
            prev = close;
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv);
        return file;
    }

    /** A long breakout run over {@code bars} (named relative to the run's folder). */
    public static Path writeRun(Path dir, String name, String bars) throws IOException {
        String json = """
                {
                  "schemaVersion": 1,
                  "name": "Wave uptrend, daily",
                  "symbol": "TEST",
                  "direction": "LONG",
                  "bars": "%s",
                  "account": { "equity": 100000 },
                  "market": { "atrPeriod": 14, "spreadBps": 2.0 },
                  "open": { "rule": "BREAKOUT", "lookback": 20, "notionalPct": 5.0 },
                  "adds": { "signalQuality": 0.8 },
                  "stop": { "atr": 3.0, "mode": "FIXED" }
                }
                """.formatted(bars);
        Path file = dir.resolve(name);
        Files.writeString(file, json);
        return file;
    }
}
