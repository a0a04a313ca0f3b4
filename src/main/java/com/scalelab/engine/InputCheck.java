package com.scalelab.engine;

import java.time.Instant;
import java.util.List;

/**
 * Check 0: every value of the scenario and policy inside its domain (contract section 4). One scan
 * serves both paths: with a list it collects every problem as "field: what was expected"; with null
 * it stops at the first and allocates nothing.
 */
final class InputCheck {
    private InputCheck() {
    }

    /**
     * True when the input is valid: the same rules as {@link #problems}, written out without field
     * names so the hot path neither allocates nor calls through the policy's rule table (the property
     * tests hold the two to the same answer).
     */
    static boolean isValid(ScalingPolicy policy, ScalingContext ctx) {
        if (!isValidApartFromEntriesAndOrders(policy, ctx)) {
            return false;
        }
        ProposedEntry p = ctx.proposed();
        Position position = ctx.position();
        List<PendingOrder> orders = ctx.pendingOrders();
        for (int i = 0; i < orders.size(); i++) {
            PendingOrder o = orders.get(i);
            if (o == null || o.side() == null || !positive(o.quantity())) {
                return false;
            }
        }
        List<Entry> entries = position.entries();
        int n = entries.size();
        if (n == 0) {
            return true;
        }
        if (position.direction() == null) {
            return false;
        }
        Entry previous = null;
        for (int i = 0; i < n; i++) {
            Entry e = entries.get(i);
            if (!validEntry(e, previous)) {
                return false;
            }
            previous = e;
        }
        return proposedAfter(p, previous);
    }

    /** An entry inside its domain and not before the previous one (null for the first). */
    static boolean validEntry(Entry e, Entry previous) {
        return e != null && positive(e.price()) && positive(e.quantity()) && e.time() != null && e.bar() >= 0
                && (previous == null || (!e.time().isBefore(previous.time()) && e.bar() >= previous.bar()));
    }

    /** The proposal is not before the last entry. */
    static boolean proposedAfter(ProposedEntry p, Entry last) {
        return !p.time().isBefore(last.time()) && p.bar() >= last.bar();
    }

    /** The policy and every single value of the context, leaving the entries and pending orders to the caller. */
    static boolean isValidApartFromEntriesAndOrders(ScalingPolicy policy, ScalingContext ctx) {
        if (policy == null || ctx == null || !policy.isValid()) {
            return false;
        }
        Market m = ctx.market();
        Position position = ctx.position();
        ProposedEntry p = ctx.proposed();
        if (!positive(ctx.equity()) || !finite(ctx.brokerPositionQuantity()) || m == null || !positive(m.atr())
                || !(m.spreadBps() >= 0 && finite(m.spreadBps())) || position == null || p == null
                || !positive(position.stopPrice()) || p.direction() == null || !positive(p.price())
                || !positive(p.quantity()) || !(p.signalQuality() >= 0 && p.signalQuality() <= 1) || p.time() == null
                || p.bar() < 0) {
            return false;
        }
        return true;
    }

    static boolean positive(double v) {
        return v > 0 && v < Double.POSITIVE_INFINITY;
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }

    static List<String> problems(ScalingPolicy policy, ScalingContext ctx) {
        List<String> out = new java.util.ArrayList<>();
        scan(policy, ctx, out);
        return out;
    }

    /** Returns true when any problem was found. */
    static boolean scan(ScalingPolicy policy, ScalingContext ctx, List<String> out) {
        boolean bad = false;
        if (policy == null) {
            return report(out, "policy", "is required");
        }
        if (out == null) {
            if (!policy.isValid()) {
                return true;
            }
        } else {
            for (PolicyProblem p : policy.errors()) {
                bad = report(out, "policy." + p.path(), p.message());
            }
        }
        if (ctx == null) {
            return report(out, "scenario", "is required");
        }
        bad |= positive(out, "account.equity", ctx.equity());
        if (bad && out == null) {
            return true;
        }
        if (!Double.isFinite(ctx.brokerPositionQuantity())) {
            bad = report(out, "broker.positionQuantity", "must be a finite number; got " + ctx.brokerPositionQuantity());
            if (out == null) {
                return true;
            }
        }
        List<PendingOrder> orders = ctx.pendingOrders();
        for (int i = 0; i < orders.size(); i++) {
            PendingOrder o = orders.get(i);
            if (o == null || o.side() == null) {
                bad = report(out, "pendingOrders[" + i + "].side", "is required (BUY or SELL)");
            } else {
                bad |= positive(out, "pendingOrders[" + i + "].quantity", o.quantity());
            }
            if (bad && out == null) {
                return true;
            }
        }
        bad |= scanMarket(ctx.market(), out);
        if (bad && out == null) {
            return true;
        }
        Position position = ctx.position();
        Instant lastTime = null;
        long lastBar = Long.MIN_VALUE;
        int entryCount = 0;
        if (position == null) {
            bad = report(out, "position", "is required");
        } else {
            bad |= positive(out, "position.stopPrice", position.stopPrice());
            List<Entry> entries = position.entries();
            entryCount = entries.size();
            if (entryCount > 0 && position.direction() == null) {
                bad = report(out, "position.direction", "is required when the position has entries (LONG or SHORT)");
            }
            for (int i = 0; i < entryCount; i++) {
                Entry e = entries.get(i);
                if (e == null) {
                    bad = report(out, "position.entries[" + i + "]", "is required");
                    continue;
                }
                String at = "position.entries[" + i + "]";
                bad |= positive(out, at + ".price", e.price());
                bad |= positive(out, at + ".quantity", e.quantity());
                if (e.time() == null) {
                    bad = report(out, at + ".time", "is required");
                } else if (lastTime != null && e.time().isBefore(lastTime)) {
                    bad = report(out, at + ".time", "must not be before the previous entry's time " + lastTime);
                }
                if (e.bar() < 0) {
                    bad = report(out, at + ".bar", "must be >= 0; got " + e.bar());
                } else if (i > 0 && e.bar() < lastBar) {
                    bad = report(out, at + ".bar", "must not be before the previous entry's bar " + lastBar);
                }
                if (bad && out == null) {
                    return true;
                }
                if (e.time() != null) {
                    lastTime = e.time();
                }
                lastBar = e.bar();
            }
        }
        if (bad && out == null) {
            return true;
        }
        ProposedEntry p = ctx.proposed();
        if (p == null) {
            return report(out, "proposed", "is required");
        }
        if (p.direction() == null) {
            bad = report(out, "proposed.direction", "is required (LONG or SHORT)");
        }
        bad |= positive(out, "proposed.price", p.price());
        bad |= positive(out, "proposed.quantity", p.quantity());
        if (!(p.signalQuality() >= 0 && p.signalQuality() <= 1)) {
            bad = report(out, "proposed.signalQuality", "must be a number from 0 to 1; got " + p.signalQuality());
        }
        if (p.time() == null) {
            bad = report(out, "proposed.time", "is required");
        } else if (lastTime != null && p.time().isBefore(lastTime)) {
            bad = report(out, "proposed.time", "must not be before the last entry's time " + lastTime + "; got " + p.time());
        }
        if (p.bar() < 0) {
            bad = report(out, "proposed.bar", "must be >= 0; got " + p.bar());
        } else if (entryCount > 0 && p.bar() < lastBar) {
            bad = report(out, "proposed.bar", "must not be before the last entry's bar " + lastBar + "; got " + p.bar());
        }
        return bad;
    }

    static boolean scanMarket(Market market, List<String> out) {
        if (market == null) {
            return report(out, "market", "is required");
        }
        boolean bad = positive(out, "market.atr", market.atr());
        if (!(market.spreadBps() >= 0 && Double.isFinite(market.spreadBps()))) {
            bad = report(out, "market.spreadBps", "must be a finite number >= 0; got " + market.spreadBps());
        }
        return bad;
    }

    private static boolean positive(List<String> out, String field, double v) {
        if (v > 0 && Double.isFinite(v)) {
            return false;
        }
        return report(out, field, "must be a finite number above 0; got " + v);
    }

    private static boolean report(List<String> out, String field, String message) {
        if (out != null) {
            out.add(field + " " + message);
        }
        return true;
    }
}
