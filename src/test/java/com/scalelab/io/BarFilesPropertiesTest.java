package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.replay.BarSeries;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random valid bars written in every layout and time format read back exactly: the generator, not
 * the loader, knows the values (the oracle).
 */
class BarFilesPropertiesTest {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx", Locale.ROOT);

    @Test
    void randomBarsInEveryLayoutLoadBackExactly() throws Exception {
        long seed = Long.getLong("scalelab.seed", 20261202L);
        System.out.println("BarFilesPropertiesTest seed: " + seed + " (rerun with -Dscalelab.seed=" + seed + ")");
        Random r = new Random(seed);
        for (int i = 0; i < 300; i++) {
            int n = 1 + r.nextInt(40);
            long[] seconds = new long[n];
            double[][] ohlcv = new double[n][];
            double[] signal = new double[n];
            // 1973-03-03 (10^8 s) to 2036, whole seconds so every format can write it. Not earlier: an epoch in
            // ms or us before 10^8 s is below 10^11 or 10^14 and is read as seconds or ms (contract section 1).
            long t = 100_000_000L + r.nextInt(1_900_000_000);
            for (int k = 0; k < n; k++) {
                t += 1 + r.nextInt(100_000);
                seconds[k] = t;
                double open = price(r);
                double close = price(r);
                double high = Math.max(open, close) + (r.nextBoolean() ? 0 : price(r));
                double low = Math.min(open, close) * (r.nextBoolean() ? 1 : r.nextDouble());
                if (!(low > 0)) {
                    low = Math.min(open, close);
                }
                ohlcv[k] = new double[] {open, high, low, close, r.nextInt(4) == 0 ? 0 : price(r)};
                signal[k] = r.nextInt(5) == 0 ? r.nextInt(2) : r.nextDouble();
            }
            int layout = r.nextInt(7);
            String text = write(layout, seconds, ohlcv, signal, r);
            BarSeries b;
            try {
                b = BarFiles.parse(text, "random");
            } catch (FileRefusedException e) {
                throw new AssertionError("seed " + seed + " case " + i + " layout " + layout + " refused:\n"
                        + e.getMessage() + "\n" + text);
            }
            String as = "seed " + seed + " case " + i + " layout " + layout + "\n" + text;
            assertThat(b.size()).as(as).isEqualTo(n);
            for (int k = 0; k < n; k++) {
                assertThat(b.time()[k]).as(as).isEqualTo(Instant.ofEpochSecond(seconds[k]));
                assertThat(new double[] {b.open()[k], b.high()[k], b.low()[k], b.close()[k]}).as(as)
                        .containsExactly(ohlcv[k][0], ohlcv[k][1], ohlcv[k][2], ohlcv[k][3]);
                if (layout == 6) {
                    assertThat(b.signal()[k]).as(as).isEqualTo(signal[k]);
                    assertThat(b.volume()[k]).as(as).isNaN();
                } else {
                    assertThat(b.volume()[k]).as(as).isEqualTo(ohlcv[k][4]);
                }
            }
            assertThat(b.hasSignal()).as(as).isEqualTo(layout == 6);
        }
    }

    /** Prices from 1e-6 to 1e6, with awkward decimals. */
    private static double price(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> Math.round(r.nextDouble() * 100_000) / 100.0 + 0.01;
            case 1 -> Math.pow(10, r.nextInt(13) - 6) * (1 + r.nextDouble());
            default -> 1 + r.nextInt(5000);
        };
    }

    private static String write(int layout, long[] seconds, double[][] v, double[] signal, Random r) {
        StringBuilder b = new StringBuilder();
        String nl = r.nextBoolean() ? "\n" : "\r\n";
        switch (layout) {
            case 0 -> b.append("Date,Open,High,Low,Close,Adj Close,Volume").append(nl);
            case 1, 2, 3 -> b.append("timestamp,open,high,low,close,volume").append(nl);
            case 5 -> b.append("[").append(nl);
            case 6 -> b.append(" Signal ,Time,Close,Low,High,Open").append(nl);
            default -> { }
        }
        for (int k = 0; k < seconds.length; k++) {
            Instant t = Instant.ofEpochSecond(seconds[k]);
            String time = switch (layout) {
                case 0 -> SPACED.format(t);
                case 1 -> Long.toString(seconds[k]);
                case 2, 4, 5 -> Long.toString(seconds[k] * 1000);
                case 3 -> Long.toString(seconds[k] * 1_000_000);
                default -> OFFSET.format(t.atOffset(ZoneOffset.ofHours(r.nextInt(27) - 12)));
            };
            String o = Double.toString(v[k][0]);
            String h = Double.toString(v[k][1]);
            String l = Double.toString(v[k][2]);
            String c = Double.toString(v[k][3]);
            String vol = Double.toString(v[k][4]);
            switch (layout) {
                case 0 -> b.append(time).append(',').append(o).append(',').append(h).append(',').append(l).append(',')
                        .append(c).append(",\"").append(c).append("\",").append(vol);
                case 4 -> b.append(time).append(',').append(o).append(',').append(h).append(',').append(l).append(',')
                        .append(c).append(',').append(vol).append(",0,123.4,56");
                case 5 -> b.append(k == 0 ? "" : ",").append("[").append(time).append(", ").append(o).append(", \"")
                        .append(h).append("\", ").append(l).append(", ").append(c).append(", ").append(vol).append("]");
                case 6 -> b.append(signal[k]).append(',').append(time).append(',').append(c).append(',').append(l)
                        .append(',').append(h).append(',').append(o);
                default -> b.append(time).append(',').append(o).append(',').append(h).append(',').append(l)
                        .append(',').append(c).append(',').append(vol);
            }
            b.append(nl);
        }
        if (layout == 5) {
            b.append("]").append(nl);
        }
        return b.toString();
    }
}
