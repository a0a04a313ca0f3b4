package com.scalelab.engine.landscape;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Policies and scenarios for the landscape tests, built from engine records. */
public final class Samples {
    public static final Instant T0 = Instant.parse("2026-01-05T14:30:00Z");

    private Samples() {
    }

    /** The contract's example pyramid: 4 entries, 20% position, 2% risk, 60 min / 3 bars, 1..4 ATR. */
    public static ScalingPolicy pyramid() {
        return com.scalelab.ContractExample.pyramidPolicy();
    }

    /** One entry long 10 at 100, stop 95, ATR 2; proposing 5 at 103 90 min and 6 bars later. Equity 10,000. */
    public static ScalingContext pyramidScenario() {
        return new ScalingContext("ES", 10_000, new Position(Direction.LONG, 95.0,
                List.of(new Entry(100.0, 10, T0, 120))), 10, List.of(), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 103.0, 5, T0.plusSeconds(90 * 60), 126, 0.8));
    }

    /** Average down: 5 entries, 100% position, 10% risk, 30 min / 2 bars, 1.5..3 ATR, doubling. */
    public static ScalingPolicy averageDown() {
        return new ScalingPolicy("DCA doubling", "mean-reversion", "",
                new ScalingPolicy.Scaling(true, ScalingMode.AVERAGE_DOWN, 5),
                new ScalingPolicy.Limits(100.0, 10.0, 0.0),
                new ScalingPolicy.Qualification(30, 2, 0.5, 1.5, 3.0, null),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(2.0));
    }

    /** One entry long 10 at 100, stop 70, ATR 2; proposing 20 at 97 45 min and 3 bars later. Equity 20,000. */
    public static ScalingContext averageDownScenario() {
        return new ScalingContext("NQ", 20_000, new Position(Direction.LONG, 70.0,
                List.of(new Entry(100.0, 10, T0, 10))), 10, List.of(), new Market(2.0, 5.0),
                new ProposedEntry(Direction.LONG, 97.0, 20, T0.plusSeconds(45 * 60), 13, 0.7));
    }

    public static ScalingContext withProposal(ScalingContext ctx, double price, double minutes, long bars, double signal) {
        Entry last = ctx.position().entries().get(ctx.position().entries().size() - 1);
        ProposedEntry p = ctx.proposed();
        return ctx.withProposed(new ProposedEntry(p.direction(), price, p.quantity(),
                last.time().plusNanos(Math.round(minutes * 60e9)), last.bar() + bars, signal));
    }

    /** A seeded random policy, valid, of either mode. */
    public static ScalingPolicy randomPolicy(Random rnd) {
        double minSpacing = rnd.nextInt(4) * 0.5;
        Double maxSpacing = rnd.nextBoolean() ? minSpacing + 0.5 + rnd.nextInt(6) : null;
        ScalingPolicy.Band band = rnd.nextInt(3) == 0 ? new ScalingPolicy.Band(0.2 + rnd.nextDouble(), 2 + 4 * rnd.nextDouble()) : null;
        return new ScalingPolicy("random", "", "",
                new ScalingPolicy.Scaling(true, rnd.nextBoolean() ? ScalingMode.PYRAMID : ScalingMode.AVERAGE_DOWN,
                        2 + rnd.nextInt(5)),
                new ScalingPolicy.Limits(5 + rnd.nextInt(60), 0.5 + rnd.nextInt(8), 0.0),
                new ScalingPolicy.Qualification(rnd.nextInt(5) * 15, rnd.nextInt(6), rnd.nextInt(9) * 0.1,
                        minSpacing, maxSpacing, band),
                new ScalingPolicy.Execution(rnd.nextBoolean() ? 5.0 + rnd.nextInt(20) : null),
                new ScalingPolicy.Sizing(rnd.nextBoolean() ? 1.0 : 0.5 + rnd.nextInt(4) * 0.5));
    }

    /** A seeded random valid scenario: 0..3 entries either way, sometimes a pending order or a ledger gap. */
    public static ScalingContext randomScenario(Random rnd) {
        Direction dir = rnd.nextBoolean() ? Direction.LONG : Direction.SHORT;
        double price = 50 + rnd.nextInt(100);
        double atr = 0.5 + rnd.nextInt(8) * 0.5;
        int n = rnd.nextInt(4);
        List<Entry> entries = new ArrayList<>();
        Instant t = T0;
        long bar = 100;
        double qty = 1 + rnd.nextInt(20);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            entries.add(new Entry(price, qty, t, bar));
            sum += qty;
            price += dir.sign() * (rnd.nextBoolean() ? 1 : -1) * atr * (0.5 + rnd.nextInt(4));
            price = Math.max(price, 5);
            t = t.plusSeconds(60L * (10 + rnd.nextInt(120)));
            bar += 1 + rnd.nextInt(6);
        }
        double stop = price - dir.sign() * atr * (2 + rnd.nextInt(8));
        if (stop <= 0) {
            stop = price / 2;
        }
        double broker = dir.sign() * sum + (rnd.nextInt(8) == 0 ? 1 : 0);
        List<PendingOrder> orders = rnd.nextInt(8) == 0
                ? List.of(new PendingOrder(com.scalelab.engine.OrderSide.BUY, 1, false)) : List.of();
        return new ScalingContext("X", 5_000 + rnd.nextInt(100) * 1_000, new Position(n == 0 ? null : dir, stop, entries),
                n == 0 ? 0 : broker, orders, new Market(atr, rnd.nextInt(40)),
                new ProposedEntry(dir, price, 1 + rnd.nextInt(20), t.plusSeconds(60L * rnd.nextInt(200)),
                        bar + rnd.nextInt(8), Math.round(rnd.nextDouble() * 100) / 100.0));
    }
}
