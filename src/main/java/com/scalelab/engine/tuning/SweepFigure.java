package com.scalelab.engine.tuning;

/** The figures a sweep reports per cell; the heat map colours one of them. */
public enum SweepFigure {
    PNL("pnl", true),
    MAX_DRAWDOWN_PCT("maxDrawdownPct", false),
    APPROVED_ENTRIES("approvedEntries", true),
    CYCLES("cycles", true),
    MAX_RISK_PCT("maxRiskPct", false);

    private final String key;
    private final boolean higherIsBetter;

    SweepFigure(String key, boolean higherIsBetter) {
        this.key = key;
        this.higherIsBetter = higherIsBetter;
    }

    /** The name on the command line and in CSV headers. */
    public String key() {
        return key;
    }

    /** For the best-cell pick: more P&L is better, less drawdown is better. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    public static SweepFigure byKey(String key) {
        for (SweepFigure f : values()) {
            if (f.key.equalsIgnoreCase(key)) {
                return f;
            }
        }
        return null;
    }
}
