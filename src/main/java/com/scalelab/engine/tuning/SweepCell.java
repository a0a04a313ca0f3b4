package com.scalelab.engine.tuning;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.replay.ReplaySummary;

/**
 * One cell of a sweep: the two values and the replay's figures, or, for a combination the policy
 * rules refuse (a maximum spacing below the minimum), why it was not computed.
 *
 * @param topHoldingReason the most frequent reason an add or open was held back (SKIP or BLOCK), null
 *                         when nothing was held back; ties go to the code first in contract order
 */
public record SweepCell(int x, int y, double xValue, double yValue, String invalid, double pnl,
                        double maxDrawdownPct, int approvedEntries, int cycles, double maxRiskPct,
                        ReasonCode topHoldingReason, ReplaySummary summary) {

    public boolean isValid() {
        return invalid == null;
    }

    static SweepCell invalid(int x, int y, double xv, double yv, String why) {
        return new SweepCell(x, y, xv, yv, why, Double.NaN, Double.NaN, 0, 0, Double.NaN, null, null);
    }

    static SweepCell of(int x, int y, double xv, double yv, ReplaySummary s) {
        return new SweepCell(x, y, xv, yv, null, s.pnl(), s.maxDrawdownPct(), s.approvedEntries(), s.cycles(),
                s.maxRiskPct(), topHoldingReason(s), s);
    }

    /** The reason that held back the most proposals; decisions SCALE are not holding back. */
    public static ReasonCode topHoldingReason(ReplaySummary s) {
        ReasonCode best = null;
        int most = 0;
        for (ReasonCode c : ReasonCode.values()) {
            if (!c.isCheck()) {
                continue;
            }
            Integer n = s.byReason().get(c);
            if (n != null && n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    /** A figure of the cell by name, for heat maps and CSV: NaN for an invalid cell. */
    public double figure(SweepFigure f) {
        if (!isValid()) {
            return Double.NaN;
        }
        return switch (f) {
            case PNL -> pnl;
            case MAX_DRAWDOWN_PCT -> maxDrawdownPct;
            case APPROVED_ENTRIES -> approvedEntries;
            case CYCLES -> cycles;
            case MAX_RISK_PCT -> maxRiskPct;
        };
    }
}
