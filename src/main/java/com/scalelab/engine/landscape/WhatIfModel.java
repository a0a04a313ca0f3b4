package com.scalelab.engine.landscape;

import com.scalelab.engine.Entry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The one what-if rule: the span of each input (the slider's track, its verdict strip and the
 * decision map's axis all use it), how many decimals it shows, and the captions under the sliders.
 * The ATR, spread and quantity a span is scaled by are taken once, when a position is loaded, so a
 * slider does not rescale itself while it is dragged; the price span follows the last entry and
 * the current ATR (the map's columns are ATR offsets from the last entry).
 *
 * @param policy            the policy in force (null: the default qualification, no spread limit)
 * @param atrReference      the ATR the position was loaded with (1 when it had none usable)
 * @param spreadReference   the spread, in bps, the position was loaded with (0 when unusable)
 * @param quantityReference the first entry's quantity, or the proposed one when flat (1 when unusable)
 * @param priceDecimals     the decimals of every price and ATR, see {@link Figures#priceDecimals}
 */
public record WhatIfModel(ScalingPolicy policy, double atrReference, double spreadReference, double quantityReference,
                          int priceDecimals) {

    /** Price offsets from the last entry, in ATR, each way. */
    public static final double PRICE_OFFSET_ATR = AxisRange.DEFAULT_OFFSET_ATR;

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The model for a position as loaded: its ATR, spread and first quantity scale the spans. */
    public static WhatIfModel of(ScalingPolicy policy, ScalingContext loaded) {
        double atr = loaded == null ? Double.NaN : AxisRange.atrUnit(loaded);
        double spread = loaded == null || loaded.market() == null ? 0 : loaded.market().spreadBps();
        double quantity = Double.NaN;
        if (loaded != null) {
            Entry first = loaded.position() == null || loaded.position().entries().isEmpty() ? null
                    : loaded.position().entries().get(0);
            quantity = first != null ? first.quantity() : loaded.proposed() == null ? Double.NaN : loaded.proposed().quantity();
        }
        double anchor = loaded == null ? Double.NaN : AxisRange.anchorPrice(loaded);
        double atrRef = positiveOr(atr, 1);
        return new WhatIfModel(policy, atrRef, Double.isFinite(spread) ? Math.max(0, spread) : 0,
                positiveOr(quantity, 1), Figures.priceDecimals(atrRef, anchor));
    }

    /** The same references under another policy (a policy edit does not rescale the sliders). */
    public WhatIfModel withPolicy(ScalingPolicy p) {
        return new WhatIfModel(p, atrReference, spreadReference, quantityReference, priceDecimals);
    }

    /**
     * The span of an input for the scenario as it is now, widened (5% past the value) to keep the
     * current value inside:
     * price: the last entry +/- 8 x current ATR, never below a thousandth of the last entry;
     * minutes 0..max(4 x minMinutesBetween, 240); bars 0..max(4 x minBarsBetween, 20); signal 0..1;
     * ATR: a quarter of the reference .. max(3 x reference, 1.2 x the volatility band's top x price);
     * spread 0..max(3 x reference, 20, 2 x maxSpreadBps); quantity 0..3 x reference.
     */
    public AxisRange span(WhatIfInput input, ScalingContext now) {
        ScalingPolicy.Qualification q = policy == null ? ScalingPolicy.Qualification.DEFAULT : policy.qualification();
        double anchor = AxisRange.anchorPrice(now);
        AxisRange r = switch (input) {
            case PRICE -> {
                double unit = AxisRange.atrUnit(now);
                yield new AxisRange(Math.max(anchor - PRICE_OFFSET_ATR * unit, anchor * 1e-3),
                        anchor + PRICE_OFFSET_ATR * unit);
            }
            case TIME -> new AxisRange(0, Math.max(4 * q.minMinutesBetween(), 240));
            case BARS -> new AxisRange(0, Math.max(4 * q.minBarsBetween(), 20));
            case SIGNAL_QUALITY -> new AxisRange(0, 1);
            case ATR -> {
                double bandMax = q.volatilityPct() == null ? 5 : q.volatilityPct().max();
                double top = Math.max(3 * atrReference, Double.isFinite(bandMax) ? anchor * bandMax * 1.2 / 100 : 0);
                yield new AxisRange(atrReference / 4, top);
            }
            case SPREAD -> {
                Double maxSpread = policy == null ? null : policy.execution().maxSpreadBps();
                yield new AxisRange(0, Math.max(Math.max(3 * spreadReference, 20),
                        maxSpread == null || !Double.isFinite(maxSpread) ? 0 : 2 * maxSpread));
            }
            case QUANTITY -> new AxisRange(0, 3 * quantityReference);
        };
        return now.proposed() == null ? r : r.widenedTo(WhatIfPoint.of(now).get(input));
    }

    /** The price span as offsets from the last entry in current ATR: the decision map's columns. */
    public AxisRange priceOffsets(ScalingContext now) {
        AxisRange prices = span(WhatIfInput.PRICE, now);
        double anchor = AxisRange.anchorPrice(now);
        double unit = AxisRange.atrUnit(now);
        return new AxisRange((prices.min() - anchor) / unit, (prices.max() - anchor) / unit);
    }

    /** The decision map's frame: price across, this input up, over the same spans as the sliders. */
    public MapFrame frame(WhatIfInput yAxis, ScalingContext now, int columns, int rows) {
        return new MapFrame(yAxis, columns, rows, AxisRange.anchorPrice(now), AxisRange.atrUnit(now),
                priceOffsets(now), span(yAxis, now));
    }

    /**
     * Decimals an input's slider moves in and its field shows: price and ATR as every price,
     * minutes and bars whole, signal quality and quantity 2, spread 1.
     */
    public int decimals(WhatIfInput input) {
        return switch (input) {
            case PRICE, ATR -> priceDecimals;
            case TIME, BARS -> 0;
            case SIGNAL_QUALITY, QUANTITY -> 2;
            case SPREAD -> 1;
        };
    }

    /** A price of this scenario as every panel writes it. */
    public String price(double v) {
        return Figures.price(v, priceDecimals);
    }

    /** "103.00 · +1.50 ATR from last entry", or "101.00 · initial entry (...)" when flat. */
    public String priceCaption(ScalingContext now) {
        double p = now.proposed() == null ? Double.NaN : now.proposed().price();
        Entry last = WhatIfPoint.lastEntry(now);
        if (last == null) {
            return price(p) + " · initial entry (no last entry to measure from)";
        }
        double atr = now.market() == null ? Double.NaN : now.market().atr();
        return price(p) + " · " + Figures.atrOffset((p - last.price()) / atr) + " from last entry";
    }

    /** "at 5 Jan 2026 15:45 UTC": when the proposed entry would be placed. */
    public static String timeCaption(Instant proposed) {
        return "at " + WHEN.format(proposed == null ? Instant.EPOCH : proposed);
    }

    /** "bar 124". */
    public static String barCaption(long bar) {
        return "bar " + bar;
    }

    /** The engine's suggested size for the next add (null when it has none: invalid input), or what holds for an initial entry. */
    public static String quantityCaption(boolean initialEntry, Double suggested) {
        if (initialEntry) {
            return "initial entry: any size within the limits";
        }
        return suggested == null || !Double.isFinite(suggested) ? "policy suggests — (no verdict on this input)"
                : "policy suggests " + Figures.quantity(suggested);
    }

    private static double positiveOr(double v, double fallback) {
        return Double.isFinite(v) && v > 0 ? v : fallback;
    }
}
