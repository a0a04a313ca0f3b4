package com.scalelab.engine.landscape;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The position as a price ladder: the existing entries, the proposed entry, and the next levels
 * the policy would allow if price keeps moving (pyramid: favourable steps of the minimum spacing;
 * average-down: adverse ones). Every proposed or next rung is judged by the engine itself, on a
 * hypothetical scenario with the timing requirements met, so the ladder never disagrees with a
 * verdict.
 *
 * <p>Assumptions where the issue is silent: the next levels continue from the proposed entry when
 * its verdict is SCALE (it is taken), else from the last existing entry; each level waits exactly
 * the minimum minutes and bars, keeps the ATR, takes the signal quality at least at the policy's
 * minimum and the spread at most at its maximum, keeps the stop where it is and the broker in step
 * with the ledger; with no minimum spacing the steps are 1 ATR. The ladder ends at the first level
 * the engine would not approve, shown with its deciding limit.
 */
public record EntryLadder(Direction direction, ScalingMode mode, double stopPrice, double averagePrice,
                          double atr, double stepAtr, List<LadderLevel> levels, String note) {

    public EntryLadder {
        levels = List.copyOf(levels);
    }

    public List<LadderLevel> entries() {
        return levels.stream().filter(l -> l.kind() == LadderLevel.Kind.ENTRY).toList();
    }

    public LadderLevel proposed() {
        return levels.stream().filter(l -> l.kind() == LadderLevel.Kind.PROPOSED).findFirst().orElse(null);
    }

    public List<LadderLevel> next() {
        return levels.stream().filter(l -> l.kind() == LadderLevel.Kind.NEXT).toList();
    }

    public static EntryLadder build(ScalingPolicy policy, ScalingContext ctx, int nextLevels) {
        ScalingResult verdict = ScalingEngine.evaluate(policy, ctx);
        Position position = ctx.position();
        ProposedEntry p = ctx.proposed();
        Direction dir = position != null && position.direction() != null ? position.direction()
                : p != null && p.direction() != null ? p.direction() : Direction.LONG;
        ScalingMode mode = policy == null || policy.scaling().mode() == null ? ScalingMode.PYRAMID : policy.scaling().mode();
        double stop = position == null ? Double.NaN : position.stopPrice();
        double equity = ctx.equity();
        double atr = ctx.market() == null ? Double.NaN : ctx.market().atr();
        double minSpacing = policy == null ? 0 : policy.qualification().minSpacingAtr();
        double stepAtr = minSpacing > 0 ? minSpacing : 1.0;
        List<LadderLevel> levels = new ArrayList<>();

        List<Entry> entries = position == null ? List.of() : position.entries();
        double cum = 0;
        double cumValue = 0;
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            cum += e.quantity();
            cumValue += e.quantity() * e.price();
            double risk = Math.max(0, dir.sign() * (cumValue - stop * cum));
            levels.add(new LadderLevel(LadderLevel.Kind.ENTRY, i + 1, e.price(), e.quantity(), cum, cumValue / cum,
                    cum * e.price() / equity * 100, risk / equity * 100, null, null, null, null, null, null));
        }
        double average = cum > 0 ? cumValue / cum : Double.NaN;

        if (p == null || policy == null || verdict.reasonCode() == ReasonCode.INVALID_INPUT) {
            if (p != null) {
                levels.add(new LadderLevel(LadderLevel.Kind.PROPOSED, entries.size() + 1, p.price(), p.quantity(),
                        cum + p.quantity(), Double.NaN, Double.NaN, Double.NaN, null, verdict.decision(),
                        verdict.reasonCode(), null, null, null));
            }
            return new EntryLadder(dir, mode, stop, average, atr, stepAtr, levels,
                    "No next levels: the scenario or the policy is invalid.");
        }
        levels.add(rung(LadderLevel.Kind.PROPOSED, entries.size() + 1, p.price(), p.quantity(), cum + p.quantity(),
                mode, dir, verdict, null, null));

        List<Entry> held = new ArrayList<>(entries);
        if (verdict.decision() == Decision.SCALE) {
            held.add(new Entry(p.price(), p.quantity(), p.time(), p.bar()));
        }
        if (held.isEmpty()) {
            return new EntryLadder(dir, mode, stop, average, atr, stepAtr, levels,
                    "No next levels: there is no entry to step from until the initial entry is allowed.");
        }
        ScalingPolicy.Qualification q = policy.qualification();
        Double maxSpread = policy.execution().maxSpreadBps();
        double spread = maxSpread == null ? ctx.market().spreadBps() : Math.min(ctx.market().spreadBps(), maxSpread);
        double signal = Math.max(p.signalQuality(), q.minSignalQuality());
        // the broker keeps whatever gap it has with the ledger today
        double ledgerNow = entries.isEmpty() ? 0 : dir.sign() * cum;
        double brokerGap = ctx.brokerPositionQuantity() - ledgerNow;
        int sign = mode == ScalingMode.PYRAMID ? dir.sign() : -dir.sign();
        double firstQuantity = held.get(0).quantity();
        String note = "";
        for (int k = 0; k < nextLevels; k++) {
            Entry prev = held.get(held.size() - 1);
            double price = prev.price() + sign * stepAtr * atr;
            if (!(price > 0)) {
                note = "The ladder stops where the price would reach 0.";
                break;
            }
            double quantity = firstQuantity * Math.pow(policy.sizing().scale(), held.size());
            Instant time = prev.time().plusNanos(Math.round(Math.ceil(q.minMinutesBetween() * 60e9)));
            long bar = prev.bar() + q.minBarsBetween();
            double heldQuantity = held.stream().mapToDouble(Entry::quantity).sum();
            ScalingContext hypo = ctx.withPosition(new Position(dir, stop, held))
                    .withBrokerPositionQuantity(dir.sign() * heldQuantity + brokerGap)
                    .withMarket(new Market(atr, spread))
                    .withProposed(new ProposedEntry(dir, price, quantity, time, bar, signal));
            ScalingResult r = ScalingEngine.evaluate(policy, hypo);
            Double allowedTo = q.maxSpacingAtr() == null ? null : prev.price() + sign * q.maxSpacingAtr() * atr;
            double allowedFrom = prev.price() + sign * q.minSpacingAtr() * atr;
            LadderLevel level = rung(LadderLevel.Kind.NEXT, held.size() + 1, price, quantity, heldQuantity + quantity,
                    mode, dir, r, allowedFrom, allowedTo);
            levels.add(level);
            if (level.isBlocked()) {
                note = "The ladder ends here: the engine would not approve this level (" + r.reasonCode() + ").";
                break;
            }
            held.add(new Entry(price, quantity, time, bar));
        }
        return new EntryLadder(dir, mode, stop, average, atr, stepAtr, levels, note);
    }

    private static LadderLevel rung(LadderLevel.Kind kind, int number, double price, double quantity, double cumulative,
                                    ScalingMode mode, Direction dir, ScalingResult r, Double allowedFrom,
                                    Double allowedTo) {
        Metrics m = r.metrics();
        double average = m.averagePriceAfter();
        Double bounce = mode == ScalingMode.AVERAGE_DOWN ? dir.sign() * (average - price) / price * 100 : null;
        Double limit = r.decidingCheck() == null ? null : r.decidingCheck().limit();
        return new LadderLevel(kind, number, price, quantity, cumulative, average, m.positionPctAfter(),
                m.riskPctAfter(), bounce, r.decision(), r.reasonCode(), limit, allowedFrom, allowedTo);
    }
}
