package com.scalelab.engine.landscape;

import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.CheckResult;
import com.scalelab.engine.Decision;
import com.scalelab.engine.DecisionSweep;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * For a SKIP or BLOCK: the smallest change of one input that gives SCALE, for each input that can,
 * or, when none can, the limits that stand in the way. Found by scanning outward on the
 * decision-only path, narrowed by bisection, then confirmed by a traced evaluation.
 */
public final class WhatWouldFlip {

    /** Which way the input has to move. */
    public enum Move { UP, DOWN }

    /**
     * One way to SCALE: move {@code input} from {@code from} to {@code to} (the nearest value that
     * gives SCALE); the band goes on to {@code until} (null when it is open-ended).
     */
    public record Suggestion(WhatIfInput input, Move move, double from, double to, Double until, String sentence) {
        /** The scenario with this change made: what the sliders move to. */
        public ScalingContext applyTo(ScalingContext ctx) {
            return WhatIfPoint.of(ctx).with(input, to).applyTo(ctx);
        }
    }

    /** A failing check at the current point; {@code movable} when a what-if input can change it. */
    public record Blocker(ReasonCode code, Double observed, Double limit, boolean movable) {
        /** "MAX_ENTRIES_REACHED limit 4". */
        public String describe() {
            return code + (limit != null && code.policyField() != null ? " limit " + Numbers.plain(limit) : "");
        }
    }


    private static final int NEAR_SAMPLES = 2000;
    private static final int MAX_SAMPLES = 6000;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY_CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    private final ReasonCode reason;
    private final List<Suggestion> suggestions;
    private final List<Blocker> blockers;
    private final String summary;

    private WhatWouldFlip(ReasonCode reason, List<Suggestion> suggestions, List<Blocker> blockers, String summary) {
        this.reason = reason;
        this.suggestions = List.copyOf(suggestions);
        this.blockers = List.copyOf(blockers);
        this.summary = summary;
    }

    /** The deciding reason at the current point. */
    public ReasonCode reason() {
        return reason;
    }

    /** One per input that can flip the verdict alone, in what-if panel order (price first). */
    public List<Suggestion> suggestions() {
        return suggestions;
    }

    /** Every check failing at the current point. */
    public List<Blocker> blockers() {
        return blockers;
    }

    /** One line: the suggestions, or why no single change gives SCALE. */
    public String summary() {
        return summary;
    }

    /** The sentences a trader reads, one per line, or the summary when there are none. */
    public List<String> sentences() {
        if (suggestions.isEmpty()) {
            return List.of(summary);
        }
        return suggestions.stream().map(Suggestion::sentence).toList();
    }

    /** The flips, prices written as {@link WhatIfModel} writes this scenario's when it is loaded. */
    public static WhatWouldFlip find(ScalingPolicy policy, ScalingContext ctx) {
        return find(policy, ctx, WhatIfModel.of(policy, ctx).priceDecimals());
    }

    /** The flips with prices (and ATRs) written with this many decimals: the what-if panel's. */
    public static WhatWouldFlip find(ScalingPolicy policy, ScalingContext ctx, int priceDecimals) {
        ScalingResult now = ScalingEngine.evaluate(policy, ctx);
        List<Blocker> blockers = new ArrayList<>();
        for (CheckResult c : now.checks()) {
            if (c.failed()) {
                blockers.add(new Blocker(c.code(), c.observed(), c.limit(), !CheckCatalogue.of(c.code()).movedBy().isEmpty()));
            }
        }
        if (now.decision() == Decision.SCALE) {
            return new WhatWouldFlip(now.reasonCode(), List.of(), blockers, "Already SCALE: nothing to flip.");
        }
        if (now.reasonCode() == ReasonCode.INVALID_INPUT) {
            return new WhatWouldFlip(now.reasonCode(), List.of(), blockers,
                    "No single change gives SCALE: the input is invalid. " + now.explanation());
        }
        Search search = new Search(policy, ctx, priceDecimals);
        List<Suggestion> found = new ArrayList<>();
        boolean hasEntries = WhatIfPoint.lastEntry(ctx) != null;
        for (WhatIfInput input : WhatIfInput.values()) {
            if (input.needsEntries() && !hasEntries) {
                continue;
            }
            for (Move move : Move.values()) {
                Suggestion s = search.suggest(input, move);
                if (s != null) {
                    found.add(s);
                }
            }
        }
        String summary;
        if (!found.isEmpty()) {
            summary = found.stream().map(Suggestion::sentence).collect(Collectors.joining("; ")) + ".";
        } else {
            List<Blocker> fixed = blockers.stream().filter(b -> !b.movable()).toList();
            String names = (fixed.isEmpty() ? blockers : fixed).stream().map(Blocker::describe)
                    .collect(Collectors.joining(", "));
            summary = fixed.isEmpty()
                    ? "No single change gives SCALE: it takes more than one change (" + names + ")."
                    : "No single change gives SCALE: blocked by " + names + ".";
        }
        return new WhatWouldFlip(now.reasonCode(), found, blockers, summary);
    }

    /** The scans for one policy and scenario. */
    private static final class Search {
        private final ScalingPolicy policy;
        private final ScalingContext ctx;
        private final DecisionSweep sweep;
        private final WhatIfPoint at;
        private final double anchor;
        private final int priceDecimals;

        Search(ScalingPolicy policy, ScalingContext ctx, int priceDecimals) {
            this.priceDecimals = priceDecimals;
            this.policy = policy;
            this.ctx = ctx;
            this.sweep = new DecisionSweep(policy, ctx);
            this.at = WhatIfPoint.of(ctx);
            this.anchor = AxisRange.anchorPrice(ctx);
        }

        boolean scales(WhatIfInput input, double v) {
            return at.with(input, v).decide(sweep).decision() == Decision.SCALE;
        }

        Suggestion suggest(WhatIfInput input, Move move) {
            double cur = at.get(input);
            double end = end(input, move, cur);
            if (!(move == Move.UP ? end > cur : end < cur)) {
                return null;
            }
            double near = Math.min(nearSpan(input, cur), Math.abs(end - cur));
            int sign = move == Move.UP ? 1 : -1;
            // walk outward: evenly over the near span, then 1% farther each step up to the end
            double prev = cur;
            double first = Double.NaN;
            int i = 1;
            for (; i <= MAX_SAMPLES; i++) {
                double v = sample(cur, sign, near, end, i, input.isWhole());
                if (v == prev) {
                    break;
                }
                if (scales(input, v)) {
                    first = v;
                    break;
                }
                prev = v;
                if (v == end) {
                    break;
                }
            }
            if (Double.isNaN(first)) {
                return null;
            }
            double entry = input.isWhole() ? first : boundary(input, prev, first);
            double target = snap(input, entry, move == Move.UP);
            // the far side of the band, if it ends before the search does
            Double until = null;
            double inside = first;
            for (i = i + 1; i <= MAX_SAMPLES; i++) {
                double v = sample(cur, sign, near, end, i, input.isWhole());
                if (v == inside) {
                    break;
                }
                if (!scales(input, v)) {
                    double last = input.isWhole() ? inside : boundary(input, v, inside);
                    until = snap(input, last, move != Move.UP);
                    break;
                }
                inside = v;
                if (v == end) {
                    break;
                }
            }
            target = confirmed(input, target, entry);
            if (Double.isNaN(target)) {
                return null;
            }
            return new Suggestion(input, move, cur, target, until, sentence(input, move, target, until));
        }

        /** The first scaling value between a failing and a scaling sample, by bisection. */
        private double boundary(WhatIfInput input, double failing, double scaling) {
            double lo = failing;
            double hi = scaling;
            for (int k = 0; k < 200; k++) {
                double mid = lo + (hi - lo) / 2;
                if (mid == lo || mid == hi) {
                    break;
                }
                if (scales(input, mid)) {
                    hi = mid;
                } else {
                    lo = mid;
                }
            }
            return hi;
        }

        /**
         * The boundary as a trader would type it (60 rather than 59.99999994, which the contract's
         * tolerance also accepts): the roundest value within 1e-8 relative that still scales.
         */
        private double snap(WhatIfInput input, double b, boolean roundUp) {
            if (input.isWhole()) {
                return b;
            }
            for (int d = 0; d <= 12; d++) {
                double c = BigDecimal.valueOf(b).setScale(d, roundUp ? RoundingMode.CEILING : RoundingMode.FLOOR)
                        .doubleValue();
                if (Math.abs(c - b) <= 1e-8 * Math.max(1, Math.abs(b)) && scales(input, c)) {
                    return c;
                }
            }
            return b;
        }

        /** The target if a traced evaluation agrees it gives SCALE, else the raw boundary, else NaN. */
        private double confirmed(WhatIfInput input, double target, double raw) {
            for (double v : new double[] {target, raw}) {
                ScalingResult r = ScalingEngine.evaluate(policy, at.with(input, v).applyTo(ctx));
                if (r.decision() == Decision.SCALE) {
                    return v;
                }
            }
            return Double.NaN;
        }

        private double sample(double cur, int sign, double near, double end, int i, boolean whole) {
            double offset = i <= NEAR_SAMPLES ? near * i / NEAR_SAMPLES : near * Math.pow(1.01, i - NEAR_SAMPLES);
            double v = cur + sign * offset;
            if (whole) {
                v = sign > 0 ? Math.max(Math.ceil(v), cur + i) : Math.min(Math.floor(v), cur - i);
            }
            return sign > 0 ? Math.min(v, end) : Math.max(v, end);
        }

        /** The span searched finely: where the policy's limits usually put the boundaries. */
        private double nearSpan(WhatIfInput input, double cur) {
            ScalingPolicy.Qualification q = policy.qualification();
            double atr = AxisRange.atrUnit(ctx);
            return switch (input) {
                case PRICE -> atr * Math.max(16, Math.max(4 * q.minSpacingAtr(),
                        q.maxSpacingAtr() == null ? 0 : 2 * q.maxSpacingAtr())) + Math.abs(cur - anchor);
                case TIME -> Math.max(Math.max(4 * q.minMinutesBetween(), 240), cur);
                case BARS -> Math.max(Math.max(4 * q.minBarsBetween(), 20), cur);
                case SIGNAL_QUALITY -> 1;
                case SPREAD -> {
                    Double max = policy.execution().maxSpreadBps();
                    yield Math.max(Math.max(max == null ? 0 : 3 * max, 30), cur);
                }
                case ATR, QUANTITY -> 3 * cur;
            };
        }

        /** The farthest value searched in this direction: the input's domain, or far enough. */
        private double end(WhatIfInput input, Move move, double cur) {
            if (!Double.isFinite(cur)) {
                return Double.NaN;
            }
            boolean up = move == Move.UP;
            return switch (input) {
                case PRICE, ATR, QUANTITY -> up ? cur * 1000 : cur * 1e-6;
                case SIGNAL_QUALITY -> up ? 1 : 0;
                case TIME, SPREAD -> up ? cur + 100 * nearSpan(input, cur) : 0;
                case BARS -> up ? cur + 100 * nearSpan(input, cur) : 0;
            };
        }

        private String sentence(WhatIfInput input, Move move, double to, Double until) {
            boolean up = move == Move.UP;
            return switch (input) {
                case PRICE -> {
                    int d = priceDecimals;
                    String s = "SCALE from price " + Figures.priceBound(to, d, up) + (up ? " up" : " down");
                    yield until == null ? s : s + " to " + Figures.priceBound(until, d, !up);
                }
                case TIME -> {
                    Instant last = WhatIfPoint.lastEntry(ctx).time();
                    String s = (up ? "SCALE from " : "SCALE if placed by ") + clock(last, to, up) + " ("
                            + Numbers.trimmed(to, 2, up) + " min after the last entry)";
                    yield until == null ? s : s + (up ? " until " : " and from ") + clock(last, until, !up);
                }
                case BARS -> {
                    long lastBar = WhatIfPoint.lastEntry(ctx).bar();
                    long bars = (long) to;
                    String s = (up ? "SCALE from bar " : "SCALE up to bar ") + (lastBar + bars) + " (" + bars
                            + (bars == 1 ? " bar" : " bars") + " after the last entry)";
                    yield until == null ? s : s + (up ? ", up to bar " : ", from bar ") + (lastBar + until.longValue());
                }
                case SIGNAL_QUALITY -> band("SCALE with signal quality ", to, until, up, 2, "");
                case ATR -> band("SCALE with ATR ", to, until, up, priceDecimals, "");
                case SPREAD -> band("SCALE with the spread at ", to, until, up, 2, " bps");
                case QUANTITY -> band("SCALE with quantity ", to, until, up, 4, "");
            };
        }

        private static String band(String lead, double to, Double until, boolean up, int d, String unit) {
            if (until == null) {
                return lead + Numbers.trimmed(to, d, up) + unit + (up ? " or more" : " or less");
            }
            double low = up ? to : until;
            double high = up ? until : to;
            return lead + "between " + Numbers.trimmed(low, d, true) + unit + " and " + Numbers.trimmed(high, d, false)
                    + unit;
        }

        private String clock(Instant last, double minutes, boolean roundUp) {
            Instant t = last.plusNanos(Math.round(minutes * 60e9));
            long seconds = t.getEpochSecond();
            long minute = Math.floorDiv(seconds, 60) * 60;
            if (roundUp && (seconds != minute || t.getNano() != 0)) {
                minute += 60;
            }
            Instant shown = Instant.ofEpochSecond(minute);
            Instant proposed = ctx.proposed().time();
            boolean sameDay = proposed != null
                    && proposed.atOffset(ZoneOffset.UTC).toLocalDate().equals(shown.atOffset(ZoneOffset.UTC).toLocalDate());
            return (sameDay ? CLOCK : DAY_CLOCK).format(shown) + " UTC";
        }
    }
}
