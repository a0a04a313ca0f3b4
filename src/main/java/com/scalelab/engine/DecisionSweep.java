package com.scalelab.engine;

/**
 * Many decisions against one policy and position, varying the proposed entry's price, timing,
 * signal and market: for decision maps and verdict-coloured slider tracks. The fixed part of the
 * input is checked and aggregated once; each {@link #decide} call allocates nothing. Immutable, so
 * one sweep may be shared by several threads.
 */
public final class DecisionSweep {
    private final ScalingPolicy policy;
    private final ScalingContext base;
    private final PositionFacts facts;
    private final boolean fixedPartValid;

    public DecisionSweep(ScalingPolicy policy, ScalingContext base) {
        this.policy = policy;
        this.base = base;
        boolean valid;
        PositionFacts f = null;
        try {
            valid = InputCheck.isValid(policy, base);
            if (valid) {
                f = new PositionFacts(base);
            }
        } catch (RuntimeException e) {
            valid = false;
        }
        this.fixedPartValid = valid;
        this.facts = f;
    }

    /** Whether the policy and the part of the context that does not vary are valid at all. */
    public boolean isValid() {
        return fixedPartValid;
    }

    /**
     * The decision for the base context's proposed entry moved to this price, this long after the
     * last entry (minutes and bars), with this signal quality, ATR and spread.
     */
    public ReasonCode decide(double price, double minutesSinceLast, long barsSinceLast, double signalQuality,
                             double atr, double spreadBps) {
        if (!fixedPartValid) {
            return ReasonCode.INVALID_INPUT; // the base context may be null: never reach into it
        }
        return decide(price, base.proposed().quantity(), minutesSinceLast, barsSinceLast, signalQuality, atr, spreadBps);
    }

    /** As {@link #decide(double, double, long, double, double, double)}, with the proposed quantity varied too. */
    public ReasonCode decide(double price, double quantity, double minutesSinceLast, long barsSinceLast,
                             double signalQuality, double atr, double spreadBps) {
        if (!fixedPartValid) {
            return ReasonCode.INVALID_INPUT;
        }
        boolean hasEntries = facts.entryCount > 0;
        if (!(price > 0 && Double.isFinite(price)) || !(quantity > 0 && Double.isFinite(quantity))
                || !(atr > 0 && Double.isFinite(atr))
                || !(spreadBps >= 0 && Double.isFinite(spreadBps))
                || !(signalQuality >= 0 && signalQuality <= 1)
                || (hasEntries && (!(minutesSinceLast >= 0) || barsSinceLast < 0 || facts.lastBar + barsSinceLast < 0))) {
            return ReasonCode.INVALID_INPUT;
        }
        ProposedEntry p = base.proposed();
        return DecisionKernel.decide(policy, facts, p.direction(), price, quantity, minutesSinceLast,
                barsSinceLast, signalQuality, atr, spreadBps);
    }

    public ScalingPolicy policy() {
        return policy;
    }

    public ScalingContext base() {
        return base;
    }
}
