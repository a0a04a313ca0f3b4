package com.scalelab.engine.landscape;

import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import java.time.Instant;
import java.util.List;

/**
 * One point of the what-if space: the values of the proposed entry and market that the sliders
 * move, with timing counted from the last entry (0 when there is none).
 */
public record WhatIfPoint(double price, double minutes, long bars, double signalQuality, double atr, double spreadBps,
                          double quantity) {

    /** The point a context stands at. Tolerates a broken context: the engine will judge it. */
    public static WhatIfPoint of(ScalingContext ctx) {
        ProposedEntry p = ctx.proposed();
        Entry last = lastEntry(ctx);
        double minutes = 0;
        long bars = 0;
        if (last != null && p != null) {
            if (last.time() != null && p.time() != null) {
                minutes = (p.time().getEpochSecond() - last.time().getEpochSecond()) / 60.0
                        + (p.time().getNano() - last.time().getNano()) / 6e10;
            }
            bars = p.bar() - last.bar();
        }
        Market m = ctx.market();
        return new WhatIfPoint(p == null ? Double.NaN : p.price(), minutes, bars,
                p == null ? Double.NaN : p.signalQuality(), m == null ? Double.NaN : m.atr(),
                m == null ? Double.NaN : m.spreadBps(), p == null ? Double.NaN : p.quantity());
    }

    static Entry lastEntry(ScalingContext ctx) {
        if (ctx.position() == null) {
            return null;
        }
        List<Entry> entries = ctx.position().entries();
        return entries.isEmpty() ? null : entries.get(entries.size() - 1);
    }

    public double get(WhatIfInput input) {
        return switch (input) {
            case PRICE -> price;
            case TIME -> minutes;
            case BARS -> bars;
            case SIGNAL_QUALITY -> signalQuality;
            case ATR -> atr;
            case SPREAD -> spreadBps;
            case QUANTITY -> quantity;
        };
    }

    /** This point with one input moved; bars are rounded to a whole bar. */
    public WhatIfPoint with(WhatIfInput input, double value) {
        return switch (input) {
            case PRICE -> new WhatIfPoint(value, minutes, bars, signalQuality, atr, spreadBps, quantity);
            case TIME -> new WhatIfPoint(price, value, bars, signalQuality, atr, spreadBps, quantity);
            case BARS -> new WhatIfPoint(price, minutes, Math.round(value), signalQuality, atr, spreadBps, quantity);
            case SIGNAL_QUALITY -> new WhatIfPoint(price, minutes, bars, value, atr, spreadBps, quantity);
            case ATR -> new WhatIfPoint(price, minutes, bars, signalQuality, value, spreadBps, quantity);
            case SPREAD -> new WhatIfPoint(price, minutes, bars, signalQuality, atr, value, quantity);
            case QUANTITY -> new WhatIfPoint(price, minutes, bars, signalQuality, atr, spreadBps, value);
        };
    }

    /** The decision-only verdict at this point (the sweep's base context supplies the rest). */
    public ReasonCode decide(DecisionSweep sweep) {
        return sweep.decide(price, quantity, minutes, bars, signalQuality, atr, spreadBps);
    }

    /**
     * The context with its proposed entry and market moved to this point: what the sliders would
     * show, and what a traced evaluation of this point judges. Timing is set from the last entry;
     * with no entries the proposed time and bar are kept.
     */
    public ScalingContext applyTo(ScalingContext ctx) {
        ProposedEntry p = ctx.proposed();
        Entry last = lastEntry(ctx);
        Instant time = p.time();
        long bar = p.bar();
        if (last != null && last.time() != null) {
            time = last.time().plusNanos(Math.round(minutes * 60e9));
            bar = last.bar() + bars;
        }
        return ctx.withProposed(new ProposedEntry(p.direction(), price, quantity, time, bar, signalQuality))
                .withMarket(new Market(atr, spreadBps));
    }
}
