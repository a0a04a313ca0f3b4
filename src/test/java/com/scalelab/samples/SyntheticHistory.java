package com.scalelab.samples;

import com.scalelab.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Writes the synthetic price histories shipped in {@code sample-policies/history/}: no real market
 * data in the three layouts the samples need (a signal column, an exchange kline dump, a bot's JSON
 * candles) could be had from the package registries, so these are made from fixed seeds.
 * <p>
 * Reproducible to the byte on any JVM: {@link java.util.Random} is a specified algorithm, every
 * function is {@link StrictMath}, and numbers are printed with a fixed number of decimals.
 * {@code SyntheticHistoryTest} checks the shipped files equal what this writes.
 * <p>
 * Run: {@code mvn -B -q -o test-compile && java -cp target/classes:target/test-classes
 * com.scalelab.samples.SyntheticHistory sample-policies/history}
 */
public final class SyntheticHistory {
    static final long ES_SEED = 20_250_106L;
    static final long BTC_SEED = 20_240_101L;
    static final long ETH_SEED = 20_240_301L;
    static final long STOCK_SEED = 20_190_102L;

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private SyntheticHistory() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: SyntheticHistory OUTPUT_FOLDER");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        for (Map.Entry<String, String> file : files().entrySet()) {
            AtomicFiles.write(out.resolve(file.getKey()), file.getValue());
            System.out.println("wrote " + out.resolve(file.getKey()));
        }
    }

    /** Every synthetic file by name, with its content. */
    static Map<String, String> files() {
        Map<String, String> files = new TreeMap<>();
        files.put("es-15min-trend-synthetic.csv", esFifteenMinuteTrend());
        files.put("btcusdt-4h-range-synthetic.csv", btcFourHourRange());
        files.put("ethusdt-1h-range-synthetic.json", ethHourlyRange());
        files.put("stock-daily-range-synthetic.csv", stockDailyRange());
        return files;
    }

    /**
     * A price path in bars. Each bar walks {@code steps} log-normal steps from its open, so high and
     * low are the path's extremes; volatility clusters (a log-AR(1) multiplier) so some stretches
     * are quiet and some wild, which is what the policies' volatility bands are about.
     */
    private static final class PricePath {
        final Random random;
        final int steps;
        double price;
        double volMultiplier = 1.0;
        double open;
        double high;
        double low;
        double close;
        double lastReturn;

        PricePath(long seed, double start, int steps) {
            this.random = new Random(seed);
            this.price = start;
            this.steps = steps;
        }

        /**
         * One bar: {@code drift} and {@code sigma} are per bar in log terms; {@code anchor} > 0 pulls
         * the price back toward it by {@code pull} of the log distance each bar (a range), 0 for none.
         * {@code gapSigma} moves the open away from the last close (a session's overnight gap).
         */
        void bar(double drift, double sigma, double anchor, double pull, double gapSigma) {
            volMultiplier = StrictMath.exp(0.96 * StrictMath.log(volMultiplier) + 0.18 * random.nextGaussian());
            double s = sigma * volMultiplier;
            double start = price;
            double reversion = anchor > 0 ? pull * StrictMath.log(anchor / price) : 0.0;
            open = price * StrictMath.exp(gapSigma * random.nextGaussian());
            high = open;
            low = open;
            double x = open;
            double stepSigma = s / StrictMath.sqrt(steps);
            for (int j = 0; j < steps; j++) {
                x = x * StrictMath.exp((drift + reversion) / steps + stepSigma * random.nextGaussian());
                high = StrictMath.max(high, x);
                low = StrictMath.min(low, x);
            }
            // a bar's extremes reach a little past the sampled path (the ticks between the steps)
            high = high * StrictMath.exp(0.5 * stepSigma * StrictMath.abs(random.nextGaussian()));
            low = low * StrictMath.exp(-0.5 * stepSigma * StrictMath.abs(random.nextGaussian()));
            close = x;
            lastReturn = StrictMath.log(close / start);
            price = close;
        }

        /** A volume around {@code base}, larger on bars that moved more than usual. */
        double volume(double base, double sigma) {
            double size = 1.0 + StrictMath.abs(lastReturn) / sigma;
            return base * size * StrictMath.exp(0.35 * random.nextGaussian());
        }
    }

    /** Open, high, low, close rounded to {@code decimals}, with high and low kept around open and close. */
    private static String[] ohlc(PricePath p, int decimals) {
        double o = round(p.open, decimals);
        double c = round(p.close, decimals);
        double h = StrictMath.max(round(p.high, decimals), StrictMath.max(o, c));
        double l = StrictMath.min(round(p.low, decimals), StrictMath.min(o, c));
        return new String[] {fixed(o, decimals), fixed(h, decimals), fixed(l, decimals), fixed(c, decimals)};
    }

    private static double round(double v, int decimals) {
        return Double.parseDouble(fixed(v, decimals));
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /**
     * E-mini S&amp;P style 15-minute bars of the regular session (14:30-21:00 UTC, 26 bars a day,
     * weekdays), 3,000 bars: a climb in legs with pullbacks and one sharp sell-off, and a
     * {@code signal} column, a momentum-based signal quality with noise, so some adds meet a weak signal.
     */
    static String esFifteenMinuteTrend() {
        PricePath p = new PricePath(ES_SEED, 4800.0, 6);
        StringBuilder out = new StringBuilder("datetime,open,high,low,close,volume,signal\n");
        LocalDate day = LocalDate.of(2025, 1, 6);
        double momentum = 0.0;
        int bars = 3000;
        for (int t = 0; t < bars; t++) {
            int slot = t % 26;
            if (t > 0 && slot == 0) {
                day = nextWeekday(day);
            }
            // legs of about two weeks up, then a few days of pullback; a sell-off around bar 1,700
            int leg = (t / 130) % 3;
            double drift = leg == 2 ? -0.0009 : 0.0011;
            if (t >= 1690 && t < 1760) {
                drift = -0.0030;
            }
            double sigma = 0.0032 * (slot == 0 ? 1.6 : slot > 8 && slot < 18 ? 0.7 : 1.0); // quiet midday
            p.bar(drift, sigma, 0, 0, slot == 0 ? 0.0025 : 0.0);
            momentum = 0.9 * momentum + 0.1 * (p.lastReturn / 0.0032);
            double signal = 0.55 + 0.35 * StrictMath.tanh(2.0 * momentum) + 0.15 * p.random.nextGaussian();
            signal = StrictMath.min(1.0, StrictMath.max(0.0, signal));
            Instant time = day.atTime(14, 30).plusMinutes(15L * slot).toInstant(ZoneOffset.UTC);
            String[] v = ohlc(p, 2);
            out.append(MINUTE.format(time)).append(',').append(v[0]).append(',').append(v[1]).append(',')
                    .append(v[2]).append(',').append(v[3]).append(',')
                    .append(fixed(p.volume(9000, sigma), 0)).append(',').append(fixed(signal, 2)).append('\n');
        }
        return out.toString();
    }

    /**
     * BTC/USDT 4-hour klines in the exchange's dump layout (no header; open time and close time in
     * epoch milliseconds, then quote volume, trades, taker volumes and an ignored field), 3,000 bars
     * from 2024-01-01: a wide range with sharp dumps and slow recoveries, where a DCA ladder fills.
     */
    static String btcFourHourRange() {
        PricePath p = new PricePath(BTC_SEED, 42000.0, 8);
        StringBuilder out = new StringBuilder();
        long start = Instant.parse("2024-01-01T00:00:00Z").toEpochMilli();
        long step = 4L * 3600 * 1000;
        for (int t = 0; t < 3000; t++) {
            double drift = 0.0;
            // a dump of a few days every ~50 days, then the range's pull brings it back
            int phase = t % 300;
            if (phase >= 120 && phase < 138) {
                drift = -0.012;
            }
            p.bar(drift, 0.016, 42000.0, 0.01, 0.0);
            long openTime = start + t * step;
            String[] v = ohlc(p, 2);
            double volume = p.volume(1800, 0.016);
            double close = Double.parseDouble(v[3]);
            int trades = (int) StrictMath.round(volume * 31);
            double takerShare = 0.5 + 0.05 * p.random.nextGaussian();
            out.append(openTime).append(',').append(v[0]).append(',').append(v[1]).append(',').append(v[2])
                    .append(',').append(v[3]).append(',').append(fixed(volume, 5)).append(',')
                    .append(openTime + step - 1).append(',').append(fixed(volume * close, 2)).append(',')
                    .append(trades).append(',').append(fixed(volume * takerShare, 5)).append(',')
                    .append(fixed(volume * takerShare * close, 2)).append(",0\n");
        }
        return out.toString();
    }

    /**
     * ETH/USDT hourly candles as a trading bot stores them ({@code [[ms, open, high, low, close,
     * volume], ...]}), 4,000 bars from 2024-03-01: a range that stretches and snaps back, with two
     * free falls where averaging down would have been a mistake.
     */
    static String ethHourlyRange() {
        PricePath p = new PricePath(ETH_SEED, 3400.0, 6);
        StringBuilder out = new StringBuilder("[\n");
        long start = Instant.parse("2024-03-01T00:00:00Z").toEpochMilli();
        long step = 3600L * 1000;
        int bars = 4000;
        double anchor = 3400.0;
        for (int t = 0; t < bars; t++) {
            double drift = 0.0;
            if ((t >= 1300 && t < 1330) || (t >= 2900 && t < 2925)) {
                drift = -0.012; // a free fall the range does not catch at once
            }
            if (t == 1330 || t == 2925) {
                anchor = p.price * 1.04; // the range settles lower after a fall
            }
            p.bar(drift, 0.0085, anchor, 0.02, 0.0);
            String[] v = ohlc(p, 2);
            out.append("  [").append(start + t * step).append(", ").append(v[0]).append(", ").append(v[1])
                    .append(", ").append(v[2]).append(", ").append(v[3]).append(", ")
                    .append(fixed(p.volume(5200, 0.0085), 4)).append(t == bars - 1 ? "]\n" : "],\n");
        }
        return out.append("]\n").toString();
    }

    /**
     * A large-cap stock's daily bars in the layout of a finance site's download ({@code Date,Open,
     * High,Low,Close,Adj Close,Volume}), 1,500 weekdays from 2019-01-02: a slow range with a quarterly
     * dividend, so {@code Adj Close} (the close adjusted for later dividends) differs from Close and
     * must be ignored by the reader.
     */
    static String stockDailyRange() {
        PricePath p = new PricePath(STOCK_SEED, 150.0, 8);
        int bars = 1500;
        String[][] rows = new String[bars][];
        LocalDate[] days = new LocalDate[bars];
        double[] volumes = new double[bars];
        double[] dividend = new double[bars];
        LocalDate day = LocalDate.of(2019, 1, 2);
        for (int t = 0; t < bars; t++) {
            if (t > 0) {
                day = nextWeekday(day);
            }
            days[t] = day;
            p.bar(0.0001, 0.016, 150.0, 0.015, 0.004);
            rows[t] = ohlc(p, 2);
            volumes[t] = p.volume(21_000_000, 0.016);
            if (t % 63 == 40) {
                dividend[t] = 0.82; // ex-dividend at this bar
            }
        }
        // Adj Close: each close times the product of (1 - dividend / previous close) over the
        // ex-dividend days after it, as the finance sites adjust.
        double[] factor = new double[bars];
        double f = 1.0;
        for (int t = bars - 1; t >= 0; t--) {
            factor[t] = f;
            if (dividend[t] > 0 && t > 0) {
                f *= 1.0 - dividend[t] / Double.parseDouble(rows[t - 1][3]);
            }
        }
        StringBuilder out = new StringBuilder("Date,Open,High,Low,Close,Adj Close,Volume\n");
        for (int t = 0; t < bars; t++) {
            String[] v = rows[t];
            out.append(days[t]).append(',').append(v[0]).append(',').append(v[1]).append(',').append(v[2])
                    .append(',').append(v[3]).append(',').append(fixed(Double.parseDouble(v[3]) * factor[t], 6))
                    .append(',').append(fixed(volumes[t], 0)).append('\n');
        }
        return out.toString();
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (next.getDayOfWeek() == DayOfWeek.SATURDAY || next.getDayOfWeek() == DayOfWeek.SUNDAY) {
            next = next.plusDays(1);
        }
        return next;
    }
}
