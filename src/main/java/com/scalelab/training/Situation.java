package com.scalelab.training;

import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * An exercise as the trainee meets it, in words: the policy's rules, the position and its ladder of
 * entries, the proposed entry and the market, with the distances a trader reads off a chart (time,
 * bars and ATRs since the last entry). Never the verdict, the reason or the scenario's name (a
 * shipped scenario's name states its answer).
 */
public final class Situation {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    /** A heading and its lines. */
    public record Section(String heading, List<String> lines) {
    }

    private Situation() {
    }

    public static List<Section> of(ScalingPolicy p, ScalingContext c) {
        List<Section> out = new ArrayList<>();
        out.add(new Section("Policy", policy(p)));
        out.add(new Section("Position", position(c)));
        out.add(new Section("Proposed entry", proposed(c)));
        out.add(new Section("Market", market(c)));
        return out;
    }

    private static List<String> policy(ScalingPolicy p) {
        List<String> l = new ArrayList<>();
        if (p == null) {
            l.add("(none)");
            return l;
        }
        l.add(p.name());
        ScalingPolicy.Scaling s = p.scaling();
        l.add(s == null ? "scaling: not set" : s.enabled()
                ? "scaling on, " + s.mode() + ", at most " + s.maxEntries() + " entries"
                : "scaling off (at most " + s.maxEntries() + " entry)");
        ScalingPolicy.Limits lim = p.limits();
        if (lim != null) {
            l.add("position at most " + n(lim.maxPositionPct()) + "% of equity; risk to stop at most "
                    + n(lim.maxRiskPct()) + "%; ledger tolerance " + n(lim.ledgerTolerance()) + " units");
        }
        ScalingPolicy.Qualification q = p.qualification();
        l.add("adds wait " + n(q.minMinutesBetween()) + " min and " + q.minBarsBetween() + (q.minBarsBetween() == 1 ? " bar" : " bars") + "; signal at least "
                + n(q.minSignalQuality()));
        l.add("spacing " + n(q.minSpacingAtr()) + (q.maxSpacingAtr() == null ? " ATR or more"
                : " to " + n(q.maxSpacingAtr()) + " ATR") + " from the last entry"
                + (q.volatilityPct() == null ? "" : "; volatility (ATR/price) " + n(q.volatilityPct().min()) + "% to "
                + n(q.volatilityPct().max()) + "%"));
        l.add((p.execution().maxSpreadBps() == null ? "no spread limit" : "spread at most "
                + n(p.execution().maxSpreadBps()) + " bps") + "; each add the first entry's size × "
                + n(p.sizing().scale()) + " per entry so far");
        return l;
    }

    private static List<String> position(ScalingContext c) {
        List<String> l = new ArrayList<>();
        l.add(c.symbol() + ", equity " + n(c.equity()));
        Position pos = c.position();
        if (pos == null || pos.entries().isEmpty()) {
            l.add("flat (no entries)" + (pos != null && pos.direction() != null ? ", " + pos.direction() : ""));
        } else {
            l.add(pos.direction() + ", stop " + n(pos.stopPrice()));
            for (int i = 0; i < pos.entries().size(); i++) {
                Entry e = pos.entries().get(i);
                l.add("entry " + (i + 1) + ": " + n(e.quantity()) + " @ " + n(e.price()) + "  "
                        + (e.time() == null ? "" : TIME.format(e.time())) + "  bar " + e.bar());
            }
        }
        l.add("broker reports " + n(c.brokerPositionQuantity()) + " units");
        if (c.pendingOrders().isEmpty()) {
            l.add("no working orders");
        }
        for (PendingOrder o : c.pendingOrders()) {
            l.add("working order: " + o.side() + " " + n(o.quantity()) + (o.reduceOnly() ? " (reduce-only)" : ""));
        }
        return l;
    }

    private static List<String> proposed(ScalingContext c) {
        List<String> l = new ArrayList<>();
        ProposedEntry p = c.proposed();
        if (p == null) {
            l.add("(none)");
            return l;
        }
        l.add(p.direction() + " " + n(p.quantity()) + " @ " + n(p.price()) + "  "
                + (p.time() == null ? "" : TIME.format(p.time())) + "  bar " + p.bar() + "  signal "
                + n(p.signalQuality()));
        Position pos = c.position();
        if (pos != null && !pos.entries().isEmpty()) {
            Entry last = pos.entries().get(pos.entries().size() - 1);
            StringBuilder since = new StringBuilder("since the last entry: ");
            if (p.time() != null && last.time() != null) {
                since.append(Duration.between(last.time(), p.time()).toMinutes()).append(" min, ");
            }
            since.append(p.bar() - last.bar()).append(" bars");
            Market m = c.market();
            if (m != null && m.atr() > 0) {
                since.append(", ").append(signed((p.price() - last.price()) / m.atr())).append(" ATR");
            }
            l.add(since.toString());
        }
        return l;
    }

    private static List<String> market(ScalingContext c) {
        List<String> l = new ArrayList<>();
        Market m = c.market();
        if (m == null) {
            l.add("(none)");
            return l;
        }
        String vol = c.proposed() != null && c.proposed().price() > 0
                ? " (" + round(100 * m.atr() / c.proposed().price(), 2) + "% of the price)" : "";
        l.add("ATR " + n(m.atr()) + vol + ", spread " + n(m.spreadBps()) + " bps");
        return l;
    }

    static String n(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        BigDecimal b = BigDecimal.valueOf(v).stripTrailingZeros();
        return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
    }

    private static String round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return n(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).doubleValue());
    }

    private static String signed(double v) {
        String s = round(v, 3);
        return v > 0 ? "+" + s : s;
    }
}
