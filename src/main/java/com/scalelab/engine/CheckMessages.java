package com.scalelab.engine;

import static com.scalelab.engine.Format.number;

/**
 * The one-line explanations of an evaluation, written from the numbers the checks measured when a
 * reader first asks for one. Holds only immutable inputs and the measured values, so rendering
 * later gives exactly the text rendering at once would have given.
 */
final class CheckMessages {
    final ScalingPolicy policy;
    final PositionFacts f;
    final ProposedEntry p;
    private final boolean noPendingOrders;
    final double positionPct;
    final double riskAmount;
    final double riskPct;
    final double ledgerGap;
    final boolean opposite;
    final double minutes;
    final long bars;
    final double move;
    final double spacing;
    final double spacingLimit;
    final double volatility;
    final double volatilityLimit;
    final double spread;
    /** Bit i set when check i failed (see CheckCatalogue.failures). */
    final int failures;
    final boolean initial;
    private volatile String[] written;

    static final String INPUT_OK = "Every value of the scenario and the policy is inside its domain.";
    static final String NOT_APPLICABLE = "Not applicable to an initial entry: there is no previous entry to compare with.";

    CheckMessages(ScalingPolicy policy, PositionFacts f, ProposedEntry p, boolean noPendingOrders, double positionPct,
                  double riskAmount, double riskPct, double ledgerGap, boolean opposite, double minutes, long bars,
                  double move, double spacing, double spacingLimit, double volatility, double volatilityLimit,
                  double spread) {
        this.policy = policy;
        this.initial = f.entryCount == 0;
        this.f = f;
        this.p = p;
        this.noPendingOrders = noPendingOrders;
        this.positionPct = positionPct;
        this.riskAmount = riskAmount;
        this.riskPct = riskPct;
        this.ledgerGap = ledgerGap;
        this.opposite = opposite;
        this.minutes = minutes;
        this.bars = bars;
        this.move = move;
        this.spacing = spacing;
        this.spacingLimit = spacingLimit;
        this.volatility = volatility;
        this.volatilityLimit = volatilityLimit;
        this.spread = spread;
        this.failures = CheckCatalogue.failures(this); // last: reads the values above
    }

    CheckStatus status(ReasonCode code) {
        if (notApplicable(code)) {
            return CheckStatus.NOT_APPLICABLE;
        }
        return (failures & (1 << code.ordinal())) != 0 ? CheckStatus.FAIL : CheckStatus.PASS;
    }

    private boolean notApplicable(ReasonCode code) {
        return initial && !CheckCatalogue.of(code).appliesToInitialEntry();
    }

    /** The value the check compared, as the trace shows it. */
    Double observed(ReasonCode code) {
        return notApplicable(code) ? null : CheckCatalogue.observed(code, this);
    }

    /** The limit the check compared with; null when the policy sets none or the check has none. */
    Double limit(ReasonCode code) {
        return notApplicable(code) ? null : CheckCatalogue.limit(code, this);
    }

    /** The message of a line, written once and kept. */
    String written(ReasonCode code) {
        int i = code.ordinal();
        if (notApplicable(code)) {
            return NOT_APPLICABLE;
        }
        String[] all = written;
        if (all == null) {
            all = new String[CheckCatalogue.size()];
            written = all;
        }
        String m = all[i];
        if (m == null) {
            try {
                m = message(code, (failures & (1 << i)) != 0);
            } catch (RuntimeException e) {
                // the verdict stands; only its wording failed, and reading a trace must never throw
                m = code + " " + status(code) + " (observed " + observed(code) + ", limit " + limit(code) + ")";
            }
            all[i] = m;
        }
        return m;
    }

    /** The explanation of a SCALE. */
    String approval(ReasonCode reason) {
        if (reason == ReasonCode.INITIAL_ENTRY) {
            return "Initial entry: " + p.direction() + " " + number(p.quantity()) + " at " + number(p.price())
                    + " is within every safety limit.";
        }
        return "All checks pass: add " + number(p.quantity()) + " at " + number(p.price()) + " as entry "
                + (f.entryCount + 1) + " of " + policy.scaling().maxEntries() + ".";
    }

    String message(ReasonCode code, boolean failed) {
        ScalingPolicy.Limits limits = policy.limits();
        ScalingPolicy.Qualification q = policy.qualification();
        int n = f.entryCount;
        Direction dir = p.direction();
        return switch (code) {
            case INVALID_INPUT -> INPUT_OK;
            case SCALING_DISABLED -> {
                yield failed ? "The position already has " + n + " " + plural(n, "entry", "entries")
                        + " and this policy has scaling switched off: no add is allowed."
                        : n == 0 ? "No entries yet: this is the initial entry, allowed with scaling on or off."
                        : "Scaling is switched on in this policy.";
            }
            case MAX_ENTRIES_REACHED -> {
                int max = policy.scaling().maxEntries();
                yield failed ? "This would be entry " + (n + 1) + "; the policy allows at most " + max + "."
                        : "This would be entry " + (n + 1) + " of at most " + max + ".";
            }
            case MAX_POSITION_EXCEEDED -> {
                yield "Position after this entry would be " + Format.percent(positionPct, limits.maxPositionPct())
                        + " of equity; the policy allows " + limitPct(limits.maxPositionPct()) + ".";
            }
            case PENDING_ORDER_CONFLICT -> {
                int k = f.nonReduceOnlyOrders;
                yield failed ? k + " pending " + plural(k, "order is", "orders are")
                        + " not reduce-only and could add to the position too; cancel or settle "
                        + plural(k, "it", "them") + " first."
                        : noPendingOrders ? "No pending orders." : "Every pending order is reduce-only.";
            }
            case LEDGER_MISMATCH -> {
                yield failed ? "The broker reports " + number(f.brokerQuantity) + " but the entries add up to "
                        + number(f.ledgerQuantity) + " (off by " + number(ledgerGap, limits.ledgerTolerance())
                        + "; tolerance " + number(limits.ledgerTolerance()) + "): reconcile before adding."
                        : "Broker quantity " + number(f.brokerQuantity) + " matches the ledger's "
                        + number(f.ledgerQuantity) + " within " + number(limits.ledgerTolerance()) + ".";
            }
            case RISK_BUDGET_EXCEEDED -> {
                yield "Risk to the stop after this entry would be " + Format.money(riskAmount) + ", "
                        + Format.percent(riskPct, limits.maxRiskPct()) + " of equity; the policy allows "
                        + limitPct(limits.maxRiskPct()) + ".";
            }
            case DIRECTION_CONFLICT -> {
                if (opposite) {
                    yield "The entry is " + dir + " but the position is " + f.positionDirection
                            + ": an add must go the position's way.";
                }
                if (failed) {
                    yield "The stop " + number(f.stopPrice) + " is not on the losing side of the entry price "
                            + number(p.price()) + " (a " + dir + " needs its stop "
                            + (dir == Direction.LONG ? "below" : "above") + " the price).";
                }
                yield "A " + dir + " entry at " + number(p.price()) + " with the stop at " + number(f.stopPrice)
                        + (dir == Direction.LONG ? " below." : " above.");
            }
            case MIN_TIME_NOT_ELAPSED -> {
                yield failed ? "Only " + number(minutes, q.minMinutesBetween()) + " min since the last entry; the policy asks for "
                        + number(q.minMinutesBetween()) + "."
                        : number(minutes, q.minMinutesBetween()) + " min since the last entry; the policy asks for at least "
                        + number(q.minMinutesBetween()) + ".";
            }
            case MIN_BARS_NOT_ELAPSED -> {
                yield (failed ? "Only " : "") + bars + " " + plural(bars, "bar", "bars")
                        + " since the last entry; the policy asks for " + (failed ? "" : "at least ")
                        + q.minBarsBetween() + ".";
            }
            case SIGNAL_TOO_WEAK -> {
                yield "Signal quality " + number(p.signalQuality(), q.minSignalQuality())
                        + (failed ? " is below" : " meets") + " the policy's minimum of "
                        + number(q.minSignalQuality()) + ".";
            }
            case PRICE_STRUCTURE_MISMATCH -> {
                String moveWords = Tolerance.equal(p.price(), f.lastPrice) ? "has not moved from"
                        : move > 0 ? "moved in the position's favour from" : "moved against the position from";
                yield "Price " + number(p.price()) + " " + moveWords + " the last entry at " + number(f.lastPrice)
                        + (policy.scaling().mode() != ScalingMode.AVERAGE_DOWN
                        ? "; a pyramid adds only after a favourable move."
                        : "; averaging down adds only after an adverse move.");
            }
            case PRICE_SPACING_OUT_OF_RANGE -> {
                String range = q.maxSpacingAtr() == null ? "at least " + number(q.minSpacingAtr())
                        : number(q.minSpacingAtr()) + " to " + number(q.maxSpacingAtr());
                yield "The entry is " + number(spacing, spacingLimit) + " ATR from the last entry; the policy asks for "
                        + range + " ATR.";
            }
            case VOLATILITY_OUT_OF_RANGE -> {
                ScalingPolicy.Band band = q.volatilityPct();
                yield "ATR is " + (band == null ? Format.percent(volatility) : Format.percent(volatility, volatilityLimit))
                        + " of price; " + (band == null ? "the policy sets no volatility band."
                        : "the policy's band is " + limitPct(band.min()) + " to " + limitPct(band.max()) + ".");
            }
            case EXECUTION_INFEASIBLE -> {
                Double maxSpread = policy.execution().maxSpreadBps();
                yield "The spread is " + (maxSpread == null ? number(spread) : number(spread, maxSpread)) + " bps; "
                        + (maxSpread == null ? "the policy sets no spread limit."
                        : "the policy allows " + number(maxSpread) + " bps.");
            }
            case SCALE_APPROVED, INITIAL_ENTRY -> approval(code);
        };
    }

    /** A limit as the policy typed it: its decimals are not rounded away (0.0899% stays 0.0899%). */
    private static String limitPct(double v) {
        return number(v) + "%";
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }
}
