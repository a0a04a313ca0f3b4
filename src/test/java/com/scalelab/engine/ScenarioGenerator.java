package com.scalelab.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random scenarios for the property tests, built the way a trader would type them (decimal values
 * with few digits) and with the policy's limits placed on, just inside or just outside what the
 * scenario actually measures much of the time, so the properties exercise the boundaries rather
 * than uniform noise. Entry times are whole seconds, so a proposal's fractional minutes since the
 * last entry are reproducible from the durations (see {@link #minutes(Duration)}).
 */
final class ScenarioGenerator {
    static final Instant START = Instant.parse("2026-01-05T14:30:00Z");

    /** One generated input. */
    record Case(ScalingPolicy policy, ScalingContext context) {
        Case withPolicy(ScalingPolicy p) {
            return new Case(p, context);
        }

        Case withContext(ScalingContext c) {
            return new Case(policy, c);
        }
    }

    private final Random random;

    ScenarioGenerator(Random random) {
        this.random = random;
    }

    /** The minutes the engine sees for this gap after an entry at a whole second. */
    static double minutes(Duration d) {
        return d.getSeconds() / 60.0 + d.getNano() / 6e10;
    }

    // ---------------------------------------------------------------- valid scenarios near the limits

    /** A scenario whose every value is inside its domain, with a valid policy near its limits. */
    Case valid() {
        Direction dir = random.nextBoolean() ? Direction.LONG : Direction.SHORT;
        ScalingMode mode = random.nextInt(10) < 7 ? ScalingMode.PYRAMID : ScalingMode.AVERAGE_DOWN;
        int sign = (mode == ScalingMode.PYRAMID ? 1 : -1) * dir.sign();
        double base = decimal(Math.pow(10, uniform(-1, 4)), 2);
        if (base <= 0) {
            base = 0.5;
        }
        double atr = positiveDecimal(base * uniform(0.002, 0.05), 4);
        int n = weightedEntryCount();
        double scale = oneOf(0.5, 1.0, 1.5, 2.0, decimal(uniform(0.2, 2.5), 2));
        double q = positiveDecimal(Math.pow(10, uniform(-1, 3)), 2);

        List<Entry> entries = new ArrayList<>();
        double price = base;
        Instant time = START;
        long bar = random.nextInt(500);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                double step = atr * decimal(uniform(0.3, 4.5), 1);
                price = positiveDecimal(price + (random.nextInt(10) < 9 ? sign : -sign) * step, 4);
                time = time.plusSeconds(random.nextInt(4 * 3600));
                bar += random.nextInt(12);
            }
            double entryQty = positiveDecimal(q * Math.pow(scale, i), 3);
            entries.add(new Entry(price, entryQty, time, bar));
        }

        // the proposal: usually the mode's way from the last entry, sometimes on it, sometimes the wrong way
        double last = price;
        double move = atr * pick(new double[] {decimal(uniform(0.3, 5), 2), decimal(uniform(0.3, 5), 2), 1.0, 4.0,
                decimal(uniform(0.3, 5), 2), 1.5, 2.0, 3.0, 0.0, -decimal(uniform(0.1, 2), 2)});
        double proposedPrice = positiveDecimal(n == 0 ? base : last + sign * move, 4);
        Direction proposedDir = random.nextInt(20) == 0 ? opposite(dir) : dir;
        double proposedQty = n == 0 ? q : positiveDecimal(q * Math.pow(scale, n) * oneOf(1.0, 1.0, 0.5, 2.0), 3);
        Duration gap = Duration.ofSeconds(random.nextInt(4 * 3600), random.nextInt(4) == 0 ? random.nextInt(1000) * 1_000_000L : 0);
        Instant proposedTime = n == 0 ? START : time.plus(gap);
        long proposedBar = n == 0 ? bar : bar + random.nextInt(12);
        double signal = decimal(random.nextDouble(), 2);

        // stop on the losing side of everything, sometimes on the wrong side or at the price
        double lowest = proposedPrice;
        double highest = proposedPrice;
        for (Entry e : entries) {
            lowest = Math.min(lowest, e.price());
            highest = Math.max(highest, e.price());
        }
        double room = atr * decimal(uniform(0.5, 4), 1);
        double stop = proposedDir == Direction.LONG ? lowest - room : highest + room;
        int s = random.nextInt(20);
        if (s == 0) {
            stop = proposedPrice;
        } else if (s == 1) {
            stop = proposedDir == Direction.LONG ? proposedPrice + room : proposedPrice - room;
        }
        stop = positiveDecimal(stop, 4);

        double ledger = 0;
        for (Entry e : entries) {
            ledger += e.quantity();
        }
        ledger *= dir.sign();
        double broker = random.nextInt(10) < 9 ? ledger : decimal(ledger + uniform(-1, 1), 2);

        List<PendingOrder> orders = new ArrayList<>();
        int orderCount = random.nextInt(3);
        for (int i = 0; i < orderCount; i++) {
            orders.add(new PendingOrder(random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL,
                    positiveDecimal(q, 2), random.nextInt(12) != 0));
        }

        double notional = proposedPrice * (Math.abs(ledger) + proposedQty);
        double equity = positiveDecimal(notional / uniform(0.005, 0.4), 0);
        if (equity <= 0) {
            equity = 1000;
        }
        double spread = decimal(uniform(0, 30), 1);

        ScalingContext ctx = new ScalingContext("GEN", equity, new Position(n == 0 && random.nextBoolean() ? null : dir,
                stop, entries), broker, orders, new Market(atr, spread),
                new ProposedEntry(proposedDir, proposedPrice, proposedQty, proposedTime, proposedBar, signal));
        return new Case(policyNear(ctx, mode, scale), ctx);
    }

    private int weightedEntryCount() {
        int r = random.nextInt(20);
        return r < 3 ? 0 : r < 8 ? 1 : r < 12 ? 2 : r < 16 ? 3 : r < 19 ? 4 : 5;
    }

    /** A valid policy whose limits sit on, near or away from what this context measures. */
    private ScalingPolicy policyNear(ScalingContext ctx, ScalingMode mode, double scale) {
        ScalingResult loose = ScalingEngine.evaluate(loosest(mode, scale), ctx);
        Metrics m = loose.metrics();
        int entriesAfter = ctx.position().entries().size() + 1;
        int maxEntries = clampInt(entriesAfter + (random.nextInt(8) == 0 ? -1 : random.nextInt(3)), 1, 100);
        boolean enabled = random.nextInt(16) != 0;

        double maxPosition = maxLimit(m == null ? 10 : m.positionPctAfter(), 1000);
        double maxRisk = maxLimit(m == null ? 1 : m.riskPctAfter(), 100);
        double ledgerTolerance = random.nextInt(3) == 0 ? 0
                : Math.min(1e6, maxLimit(observed(loose, ReasonCode.LEDGER_MISMATCH, 0.5), Double.MAX_VALUE));

        double minMinutes = minLimit(observed(loose, ReasonCode.MIN_TIME_NOT_ELAPSED, 60), Double.MAX_VALUE);
        long minBars = Math.max(0, (long) observed(loose, ReasonCode.MIN_BARS_NOT_ELAPSED, 3) + random.nextInt(3) - 1);
        if (random.nextInt(5) == 0) {
            minBars = 0;
        }
        double minSignal = Math.min(1, minLimit(observed(loose, ReasonCode.SIGNAL_TOO_WEAK, 0.5), 1));

        double spacing = observed(loose, ReasonCode.PRICE_SPACING_OUT_OF_RANGE, 1.5);
        double minSpacing = minLimit(spacing, Double.MAX_VALUE);
        Double maxSpacing = random.nextInt(3) == 0 ? null : maxLimit(spacing, Double.MAX_VALUE);
        if (maxSpacing != null && maxSpacing < minSpacing) {
            double t = minSpacing;
            minSpacing = maxSpacing;
            maxSpacing = t;
        }

        double vol = observed(loose, ReasonCode.VOLATILITY_OUT_OF_RANGE, 2);
        ScalingPolicy.Band band = null;
        if (random.nextInt(3) != 0) {
            double lo = minLimit(vol, Double.MAX_VALUE);
            double hi = maxLimit(vol, Double.MAX_VALUE);
            band = new ScalingPolicy.Band(Math.min(lo, hi), Math.max(lo, hi));
        }
        Double maxSpread = random.nextInt(4) == 0 ? null : maxLimit(ctx.market().spreadBps(), Double.MAX_VALUE);

        return new ScalingPolicy("Generated", "", "", new ScalingPolicy.Scaling(enabled, mode, maxEntries),
                new ScalingPolicy.Limits(maxPosition, maxRisk, ledgerTolerance),
                new ScalingPolicy.Qualification(minMinutes, minBars, minSignal, minSpacing, maxSpacing, band),
                new ScalingPolicy.Execution(maxSpread), new ScalingPolicy.Sizing(scale));
    }

    static ScalingPolicy loosest(ScalingMode mode, double scale) {
        return new ScalingPolicy("Loosest", "", "", new ScalingPolicy.Scaling(true, mode, 100),
                new ScalingPolicy.Limits(1000, 100, 1e300),
                new ScalingPolicy.Qualification(0, 0, 0, 0, null, null),
                new ScalingPolicy.Execution(null), new ScalingPolicy.Sizing(scale));
    }

    private static double observed(ScalingResult r, ReasonCode code, double fallback) {
        Double v = r.check(code).observed();
        return v == null || !Double.isFinite(v) ? fallback : v;
    }

    /** An upper limit for this observed value: on it, within or just beyond the tolerance, or away. */
    private double maxLimit(double observed, double cap) {
        double v = near(observed, true);
        return v > 0 && v <= cap ? v : Math.min(cap, Math.max(observed, Double.MIN_NORMAL));
    }

    /** A lower limit (a minimum) for this observed value, kept at or above 0. */
    private double minLimit(double observed, double cap) {
        double v = near(observed, false);
        return Math.max(0, Math.min(cap, v));
    }

    private double near(double observed, boolean upper) {
        // about one limit in eight fails, so that a good share of whole scenarios pass every check
        double away = upper ? 1 : -1;
        return switch (random.nextInt(16)) {
            case 0, 1, 2 -> observed;                                         // exactly at
            case 3, 4 -> decimal(observed, 6);                                // typed in decimal at it
            case 5, 6 -> observed * (1 + (random.nextBoolean() ? 1e-12 : -1e-12)); // within the tolerance
            case 7, 8 -> observed * (1 + away * 1e-7);                        // just passing
            case 9, 10, 11 -> decimal(observed * (upper ? uniform(1, 2) : uniform(0, 1)), 2); // passing
            case 12 -> observed * (1 - away * 1e-7);                          // just failing
            case 13 -> decimal(observed * (upper ? uniform(0.5, 1) : uniform(1, 2)), 2); // failing
            default -> decimal(observed * uniform(0.2, 3), 3);
        };
    }

    // ---------------------------------------------------------------- values outside their domain

    /** A field path and a change that puts it outside its domain. */
    record Corruption(String field, java.util.function.UnaryOperator<Case> apply) {
    }

    /** One corruption chosen at random; the case must have been made by {@link #valid()}. */
    Corruption corruption(Case c) {
        ScalingContext x = c.context();
        double badNumber = oneOf(0.0, -decimal(uniform(0.01, 100), 2), Double.NaN, Double.POSITIVE_INFINITY,
                Double.NEGATIVE_INFINITY, -Double.MIN_VALUE);
        List<Corruption> all = new ArrayList<>();
        all.add(new Corruption("account.equity", k -> k.withContext(k.context().withEquity(badNumber))));
        all.add(new Corruption("position.stopPrice", k -> k.withContext(k.context().withPosition(
                new Position(k.context().position().direction(), badNumber, k.context().position().entries())))));
        all.add(new Corruption("market.atr", k -> k.withContext(k.context().withMarket(
                new Market(badNumber, k.context().market().spreadBps())))));
        all.add(new Corruption("market.spreadBps", k -> k.withContext(k.context().withMarket(
                new Market(k.context().market().atr(), oneOf(-0.1, -1e-9, Double.NaN, Double.POSITIVE_INFINITY))))));
        all.add(new Corruption("proposed.price", k -> proposed(k, p -> new ProposedEntry(p.direction(), badNumber,
                p.quantity(), p.time(), p.bar(), p.signalQuality()))));
        all.add(new Corruption("proposed.quantity", k -> proposed(k, p -> new ProposedEntry(p.direction(), p.price(),
                badNumber, p.time(), p.bar(), p.signalQuality()))));
        all.add(new Corruption("proposed.signalQuality", k -> proposed(k, p -> new ProposedEntry(p.direction(),
                p.price(), p.quantity(), p.time(), p.bar(), oneOf(-0.01, 1.01, Double.NaN, 1 + 1e-9, -1e-300)))));
        all.add(new Corruption("proposed.bar", k -> proposed(k, p -> new ProposedEntry(p.direction(), p.price(),
                p.quantity(), p.time(), -1 - random.nextInt(5), p.signalQuality()))));
        all.add(new Corruption("proposed.direction", k -> proposed(k, p -> new ProposedEntry(null, p.price(),
                p.quantity(), p.time(), p.bar(), p.signalQuality()))));
        all.add(new Corruption("broker.positionQuantity", k -> k.withContext(k.context().withBrokerPositionQuantity(
                oneOf(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)))));
        all.add(new Corruption("pendingOrders[0].quantity", k -> k.withContext(k.context().withPendingOrders(
                List.of(new PendingOrder(OrderSide.SELL, badNumber, true))))));
        all.add(new Corruption("policy.limits.maxRiskPct", k -> k.withPolicy(k.policy().withLimits(
                new ScalingPolicy.Limits(k.policy().limits().maxPositionPct(), oneOf(0.0, -1.0, 100.5, Double.NaN),
                        k.policy().limits().ledgerTolerance())))));
        all.add(new Corruption("policy.limits.maxPositionPct", k -> k.withPolicy(k.policy().withLimits(
                new ScalingPolicy.Limits(oneOf(0.0, 1000.001, Double.POSITIVE_INFINITY), k.policy().limits().maxRiskPct(),
                        k.policy().limits().ledgerTolerance())))));
        all.add(new Corruption("policy.scaling.maxEntries", k -> k.withPolicy(k.policy().withScaling(
                new ScalingPolicy.Scaling(k.policy().scaling().enabled(), k.policy().scaling().mode(), oneOfInt(0, -3, 101))))));
        all.add(new Corruption("policy.qualification.minSignalQuality", k -> k.withPolicy(k.policy().withQualification(
                withMinSignal(k.policy().qualification(), oneOf(-0.1, 1.1, Double.NaN))))));
        all.add(new Corruption("policy.sizing.scale", k -> k.withPolicy(k.policy().withSizing(
                new ScalingPolicy.Sizing(oneOf(0.0, -1.0, Double.NaN, Double.POSITIVE_INFINITY))))));
        all.add(new Corruption("policy.name", k -> k.withPolicy(k.policy().withName(oneOfString("", "  ", null)))));
        int entryCount = x.position().entries().size();
        if (entryCount > 0) {
            int i = random.nextInt(entryCount);
            String at = "position.entries[" + i + "]";
            all.add(new Corruption(at + ".price", k -> entry(k, i, e -> new Entry(badNumber, e.quantity(), e.time(), e.bar()))));
            all.add(new Corruption(at + ".quantity", k -> entry(k, i, e -> new Entry(e.price(), badNumber, e.time(), e.bar()))));
            all.add(new Corruption(at + ".bar", k -> entry(k, i, e -> new Entry(e.price(), e.quantity(), e.time(), -1))));
            all.add(new Corruption("position.direction", k -> k.withContext(k.context().withPosition(
                    new Position(null, k.context().position().stopPrice(), k.context().position().entries())))));
            all.add(new Corruption("proposed.time", k -> proposed(k, p -> new ProposedEntry(p.direction(), p.price(),
                    p.quantity(), lastTime(k).minusSeconds(1 + random.nextInt(3600)), p.bar(), p.signalQuality()))));
            all.add(new Corruption("proposed.bar", k -> proposed(k, p -> new ProposedEntry(p.direction(), p.price(),
                    p.quantity(), p.time(), lastBar(k) - 1, p.signalQuality()))));
            if (lastBar(c) == 0) {
                all.remove(all.size() - 1);
            }
            if (entryCount > 1) {
                int j = 1 + random.nextInt(entryCount - 1);
                String later = "position.entries[" + j + "]";
                all.add(new Corruption(later + ".time", k -> entry(k, j, e -> new Entry(e.price(), e.quantity(),
                        k.context().position().entries().get(j - 1).time().minusSeconds(1 + random.nextInt(600)), e.bar()))));
                long before = c.context().position().entries().get(j - 1).bar();
                if (before > 0) {
                    all.add(new Corruption(later + ".bar", k -> entry(k, j, e -> new Entry(e.price(), e.quantity(),
                            e.time(), before - 1))));
                }
            }
        }
        return all.get(random.nextInt(all.size()));
    }

    private static ScalingPolicy.Qualification withMinSignal(ScalingPolicy.Qualification q, double v) {
        return new ScalingPolicy.Qualification(q.minMinutesBetween(), q.minBarsBetween(), v, q.minSpacingAtr(),
                q.maxSpacingAtr(), q.volatilityPct());
    }

    private static Instant lastTime(Case k) {
        List<Entry> es = k.context().position().entries();
        return es.get(es.size() - 1).time();
    }

    private static long lastBar(Case k) {
        List<Entry> es = k.context().position().entries();
        return es.get(es.size() - 1).bar();
    }

    private static Case proposed(Case k, java.util.function.UnaryOperator<ProposedEntry> f) {
        return k.withContext(k.context().withProposed(f.apply(k.context().proposed())));
    }

    private static Case entry(Case k, int i, java.util.function.UnaryOperator<Entry> f) {
        Position p = k.context().position();
        List<Entry> es = new ArrayList<>(p.entries());
        es.set(i, f.apply(es.get(i)));
        return k.withContext(k.context().withPosition(new Position(p.direction(), p.stopPrice(), es)));
    }

    // ---------------------------------------------------------------- anything at all

    /** A valid case, a valid case with one value out of its domain, or chaos, in equal shares. */
    Case mixed() {
        return switch (random.nextInt(3)) {
            case 0 -> valid();
            case 1 -> {
                Case c = valid();
                yield corruption(c).apply().apply(c);
            }
            default -> chaos();
        };
    }

    /** Anything the types allow: nulls, NaN, infinities, extremes, empty lists, extreme times and bars. */
    Case chaos() {
        int n = random.nextInt(4);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            entries.add(new Entry(wild(), wild(), wildTime(), wildBar()));
        }
        List<PendingOrder> orders = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            orders.add(new PendingOrder(random.nextInt(4) == 0 ? null : OrderSide.BUY, wild(), random.nextBoolean()));
        }
        Position position = random.nextInt(10) == 0 ? null
                : new Position(maybe(Direction.values()), wild(), random.nextInt(8) == 0 ? null : entries);
        Market market = random.nextInt(10) == 0 ? null : new Market(wild(), wild());
        ProposedEntry proposed = random.nextInt(10) == 0 ? null
                : new ProposedEntry(maybe(Direction.values()), wild(), wild(), wildTime(), wildBar(), wild());
        ScalingContext ctx = random.nextInt(20) == 0 ? null
                : new ScalingContext(random.nextBoolean() ? null : "X", wild(), position, wild(),
                random.nextInt(8) == 0 ? null : orders, market, proposed);
        ScalingPolicy policy = random.nextInt(20) == 0 ? null
                : new ScalingPolicy(random.nextInt(6) == 0 ? null : "P", null, null,
                random.nextInt(10) == 0 ? null : new ScalingPolicy.Scaling(random.nextBoolean(), maybe(ScalingMode.values()),
                        oneOfInt(0, 1, 2, 5, 100, 101, Integer.MAX_VALUE, Integer.MIN_VALUE)),
                random.nextInt(10) == 0 ? null : new ScalingPolicy.Limits(wild(), wild(), wild()),
                random.nextInt(5) == 0 ? null : new ScalingPolicy.Qualification(wild(), wildBar(), wild(), wild(),
                        random.nextBoolean() ? null : wild(),
                        random.nextBoolean() ? null : new ScalingPolicy.Band(wild(), wild())),
                random.nextInt(5) == 0 ? null : new ScalingPolicy.Execution(random.nextBoolean() ? null : wild()),
                random.nextInt(5) == 0 ? null : new ScalingPolicy.Sizing(wild()));
        return new Case(policy, ctx);
    }

    private double wild() {
        return switch (random.nextInt(16)) {
            case 0 -> Double.NaN;
            case 1 -> Double.POSITIVE_INFINITY;
            case 2 -> Double.NEGATIVE_INFINITY;
            case 3 -> Double.MAX_VALUE;
            case 4 -> Double.MIN_VALUE;
            case 5 -> 0.0;
            case 6 -> -0.0;
            case 7 -> -decimal(uniform(0, 1000), 2);
            case 8 -> 1e300 * uniform(0.1, 10);
            case 9 -> 1e-300;
            default -> decimal(Math.pow(10, uniform(-3, 6)), 3);
        };
    }

    private Instant wildTime() {
        return switch (random.nextInt(8)) {
            case 0 -> null;
            case 1 -> Instant.MIN;
            case 2 -> Instant.MAX;
            case 3 -> Instant.EPOCH;
            default -> START.plusSeconds(random.nextInt(100_000) - 50_000).plusNanos(random.nextInt(1_000_000_000));
        };
    }

    private long wildBar() {
        return switch (random.nextInt(8)) {
            case 0 -> Long.MAX_VALUE;
            case 1 -> Long.MIN_VALUE;
            case 2 -> -1;
            default -> random.nextInt(1000);
        };
    }

    // ---------------------------------------------------------------- small helpers

    double uniform(double lo, double hi) {
        return lo + (hi - lo) * random.nextDouble();
    }

    /** Rounded to this many decimals, as a person would type it. */
    static double decimal(double v, int decimals) {
        if (!Double.isFinite(v) || Math.abs(v) > 1e15) {
            return v;
        }
        return java.math.BigDecimal.valueOf(v).setScale(decimals, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** Rounded to this many decimals, but never rounded down to 0 or below. */
    private static double positiveDecimal(double v, int decimals) {
        double r = decimal(v, decimals);
        return r > 0 ? r : Math.max(v, Math.pow(10, -decimals));
    }

    double oneOf(double... values) {
        return values[random.nextInt(values.length)];
    }

    private double pick(double[] values) {
        return values[random.nextInt(values.length)];
    }

    int oneOfInt(int... values) {
        return values[random.nextInt(values.length)];
    }

    private String oneOfString(String... values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T maybe(T[] values) {
        return random.nextInt(6) == 0 ? null : values[random.nextInt(values.length)];
    }

    private static int clampInt(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static Direction opposite(Direction d) {
        return d == Direction.LONG ? Direction.SHORT : Direction.LONG;
    }
}
