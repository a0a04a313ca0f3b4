package com.scalelab.ui.tuning;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.tuning.SweepCell;
import com.scalelab.engine.tuning.SweepFigure;
import com.scalelab.engine.tuning.TuningField;
import java.util.Locale;

/** How the sweep's fields, figures and cells read in the window. */
final class SweepText {
    private SweepText() {
    }

    /** Up to four decimals, no trailing zeros: 0.5, 2, 1.25. */
    static String number(double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    /** The field in words, with its path: "Minimum spacing (ATR) — qualification.minSpacingAtr". */
    static String field(TuningField f) {
        String words = switch (f) {
            case MIN_SPACING_ATR -> "Minimum spacing (ATR)";
            case MAX_SPACING_ATR -> "Maximum spacing (ATR)";
            case MAX_ENTRIES -> "Maximum entries";
            case MIN_MINUTES_BETWEEN -> "Minutes between entries";
            case MIN_BARS_BETWEEN -> "Bars between entries";
            case MIN_SIGNAL_QUALITY -> "Minimum signal quality";
            case SIZING_SCALE -> "Add size (× first entry)";
            case MAX_POSITION_PCT -> "Position cap (% equity)";
            case MAX_RISK_PCT -> "Risk budget (% equity)";
            case STOP_ATR -> "Stop distance (ATR, run)";
            case TAKE_PROFIT_PCT -> "Take-profit (%, run)";
        };
        return words + " — " + f.path();
    }

    static String figure(SweepFigure f) {
        return switch (f) {
            case PNL -> "P&L";
            case MAX_DRAWDOWN_PCT -> "Max drawdown %";
            case APPROVED_ENTRIES -> "Approved entries";
            case CYCLES -> "Cycles (positions)";
            case MAX_RISK_PCT -> "Max risk %";
        };
    }

    static String figureValue(SweepFigure f, double v) {
        if (Double.isNaN(v)) {
            return "–";
        }
        return switch (f) {
            case PNL -> String.format(Locale.ROOT, "%,.0f", v);
            case MAX_DRAWDOWN_PCT, MAX_RISK_PCT -> String.format(Locale.ROOT, "%.2f%%", v);
            case APPROVED_ENTRIES, CYCLES -> String.format(Locale.ROOT, "%.0f", v);
        };
    }

    /** The hover text of a cell: its two values, then every figure, or why it is invalid. */
    static String cell(SweepCell c, TuningField x, TuningField y) {
        StringBuilder b = new StringBuilder();
        b.append(x.path()).append(" = ").append(number(c.xValue())).append('\n');
        b.append(y.path()).append(" = ").append(number(c.yValue())).append('\n');
        if (!c.isValid()) {
            return b.append("invalid: ").append(c.invalid()).toString();
        }
        ReasonCode top = c.topHoldingReason();
        return b.append(String.format(Locale.ROOT, "P&L %,.2f%nMax drawdown %.2f%%%nApproved entries %d%n"
                        + "Cycles %d%nMax risk %.2f%%%nMost often held back by: %s", c.pnl(), c.maxDrawdownPct(),
                c.approvedEntries(), c.cycles(), c.maxRiskPct(), top == null ? "nothing held back" : top.name()))
                .toString();
    }
}
