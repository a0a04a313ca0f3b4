package com.scalelab.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The contract's check table (section 1) as one thing in code. Per check: its phase, whether it
 * applies to a first entry, its policy field, the unit of its values (and so whether they are
 * counts), its words for the UI, the scenario inputs that move it, and below, in switches with no
 * default so that a reason code without a case does not compile, its predicate and its observed
 * and limit values. The catalogue's order is the contract's order and its size is the number of
 * checks; check i is {@code ReasonCode.values()[i]}.
 *
 * <p>The trace, the JSON, the verdict panel, the map legend and the help guide read it. The
 * decision-only path ({@link DecisionKernel}) keeps the same predicates written out in order, for
 * speed; {@code CheckCatalogueTest} fails when it misses or reorders a catalogue check.
 */
public final class CheckCatalogue {

    /** The unit a check's observed value and limit are in, as the verdict panel and the JSON show them. */
    public enum Unit {
        NONE("", "", 3, false, false),
        ENTRIES_HELD("", " held", 0, false, true),
        ENTRIES("", "", 0, false, true),
        PERCENT_OF_EQUITY("", "%", 3, false, false),
        ORDERS("", " open", 0, false, true),
        QUANTITY("±", "", 4, false, false),
        PRICE("", "", 4, false, false),
        MINUTES("", " min", 1, false, false),
        BARS("", " bars", 0, false, true),
        SIGNAL("", "", 3, false, false),
        MOVE("", "", 4, true, false),
        ATR_MULTIPLE("", " ATR", 3, false, false),
        PERCENT_OF_PRICE("", "%", 3, false, false),
        BASIS_POINTS("", " bps", 2, false, false);

        private final String prefix;
        private final String suffix;
        private final int decimals;
        private final boolean signed;
        private final boolean count;

        Unit(String prefix, String suffix, int decimals, boolean signed, boolean count) {
            this.prefix = prefix;
            this.suffix = suffix;
            this.decimals = decimals;
            this.signed = signed;
            this.count = count;
        }

        /** Written before the number ("±" for a quantity gap). */
        public String prefix() {
            return prefix;
        }

        /** Written after the number ("%", " ATR", " bars"). */
        public String suffix() {
            return suffix;
        }

        /** Decimals the verdict panel shows at most. */
        public int decimals() {
            return decimals;
        }

        /** A positive value is shown with its "+" (a price move). */
        public boolean signed() {
            return signed;
        }

        /** Whole things counted (entries, orders, bars): the JSON writes them as integers ("observed":2). */
        public boolean isCount() {
            return count;
        }
    }

    /**
     * A reason in a trader's words: {@code legend} short enough for the map legend, {@code refusal}
     * for a refused add ("Skip: too soon"; its averaging-down form where the mode changes it), and
     * {@code meaning}, one sentence for the help guide.
     */
    public record Words(String legend, String refusal, String refusalAveragingDown, String meaning) {
        static Words of(String legend, String refusal, String meaning) {
            return new Words(legend, refusal, refusal, meaning);
        }

        public String refusal(ScalingMode mode) {
            return mode == ScalingMode.AVERAGE_DOWN ? refusalAveragingDown : refusal;
        }
    }

    /** The scenario inputs a trader can move (the what-if panel's, by the same names). */
    public enum Input { PRICE, TIME, BARS, SIGNAL_QUALITY, ATR, SPREAD, QUANTITY }

    /**
     * One row of the check table. {@code observedLabel} and {@code limitLabel} name the two values
     * where they are not the obvious "value against limit" (direction compares the stop with the
     * price); empty otherwise.
     */
    public record CheckSpec(ReasonCode code, Phase phase, boolean appliesToInitialEntry, String policyField, Unit unit,
                            String observedLabel, String limitLabel, Words words, Set<Input> movedBy) {
        public CheckSpec {
            movedBy = Collections.unmodifiableSet(movedBy.isEmpty() ? EnumSet.noneOf(Input.class) : EnumSet.copyOf(movedBy));
        }

        /** The position in the trace (and the check number of the contract). */
        public int index() {
            return code.ordinal();
        }

        /** Whether the observed value and limit are counts, written as integers. */
        public boolean counts() {
            return unit.isCount();
        }

        /** The decision a failure of this check gives. */
        public Decision decision() {
            return phase.blocks() ? Decision.BLOCK : Decision.SKIP;
        }
    }

    private static final CheckSpec[] BY_ORDINAL;
    private static final List<CheckSpec> CHECKS;
    private static final List<ReasonCode> CODES;

    static {
        ReasonCode[] codes = ReasonCode.values();
        BY_ORDINAL = new CheckSpec[codes.length];
        List<CheckSpec> checks = new ArrayList<>();
        for (ReasonCode code : codes) {
            CheckSpec spec = spec(code);
            BY_ORDINAL[code.ordinal()] = spec;
            if (spec != null) {
                if (spec.code() != code || code.ordinal() != checks.size()) {
                    // check i is reason code i: the trace is indexed by ordinal
                    throw new ExceptionInInitializerError("checks must come first among the reason codes, in order: " + code);
                }
                checks.add(spec);
            }
        }
        if (checks.size() > 31) {
            throw new ExceptionInInitializerError("a trace keeps its failures in an int: at most 31 checks");
        }
        CHECKS = List.copyOf(checks);
        CODES = CHECKS.stream().map(CheckSpec::code).toList();
    }

    private CheckCatalogue() {
    }

    /** The row of each reason code that is a check; null for the approvals (no default: a new code must say). */
    private static CheckSpec spec(ReasonCode code) {
        Set<Input> none = Set.of();
        return switch (code) {
            case INVALID_INPUT -> new CheckSpec(code, Phase.INPUT, true, null, Unit.NONE, "", "", Words.of(
                    "invalid input", "invalid input",
                    "A value of the scenario or policy is outside its domain; nothing is judged."), none);
            case SCALING_DISABLED -> new CheckSpec(code, Phase.SAFETY, true, "scaling.enabled", Unit.ENTRIES_HELD, "", "",
                    Words.of("scaling off", "scaling is switched off",
                            "The policy does not allow adding to an open position at all."), none);
            case MAX_ENTRIES_REACHED -> new CheckSpec(code, Phase.SAFETY, true, "scaling.maxEntries", Unit.ENTRIES, "", "",
                    Words.of("max entries", "max entries reached",
                            "The position already holds the most entries the policy allows."), none);
            case MAX_POSITION_EXCEEDED -> new CheckSpec(code, Phase.SAFETY, true, "limits.maxPositionPct",
                    Unit.PERCENT_OF_EQUITY, "", "", Words.of("position cap", "position cap exceeded",
                    "After the add the position would be too large a share of equity."),
                    Set.of(Input.PRICE, Input.QUANTITY));
            case PENDING_ORDER_CONFLICT -> new CheckSpec(code, Phase.SAFETY, true, null, Unit.ORDERS, "", "",
                    Words.of("pending order", "pending order not reduce-only",
                            "A working order that is not reduce-only could fill alongside the add."), none);
            case LEDGER_MISMATCH -> new CheckSpec(code, Phase.SAFETY, true, "limits.ledgerTolerance", Unit.QUANTITY, "", "",
                    Words.of("ledger mismatch", "ledger mismatch",
                            "The broker's position differs from the entries on record; reconcile first."), none);
            case RISK_BUDGET_EXCEEDED -> new CheckSpec(code, Phase.SAFETY, true, "limits.maxRiskPct",
                    Unit.PERCENT_OF_EQUITY, "", "", Words.of("risk budget", "risk budget exceeded",
                    "The loss if the stop is hit would exceed the risk budget."), Set.of(Input.PRICE, Input.QUANTITY));
            case DIRECTION_CONFLICT -> new CheckSpec(code, Phase.DIRECTION, true, null, Unit.PRICE, "stop", "price",
                    Words.of("direction / stop side", "wrong direction or stop side",
                            "The add is the wrong way for the position, or the stop is on the wrong side."),
                    Set.of(Input.PRICE));
            case MIN_TIME_NOT_ELAPSED -> new CheckSpec(code, Phase.QUALIFICATION, false,
                    "qualification.minMinutesBetween", Unit.MINUTES, "", "", Words.of("too soon", "too soon",
                    "Too little time has passed since the last entry."), Set.of(Input.TIME));
            case MIN_BARS_NOT_ELAPSED -> new CheckSpec(code, Phase.QUALIFICATION, false, "qualification.minBarsBetween",
                    Unit.BARS, "", "", Words.of("too few bars", "too few bars",
                    "Too few bars have closed since the last entry."), Set.of(Input.BARS));
            case SIGNAL_TOO_WEAK -> new CheckSpec(code, Phase.QUALIFICATION, false, "qualification.minSignalQuality",
                    Unit.SIGNAL, "", "", Words.of("weak signal", "signal too weak",
                    "The entry signal's quality is below the policy's minimum."), Set.of(Input.SIGNAL_QUALITY));
            case PRICE_STRUCTURE_MISMATCH -> new CheckSpec(code, Phase.QUALIFICATION, false, "scaling.mode", Unit.MOVE,
                    "", "", new Words("wrong way (mode)", "price has not moved in favour", "price has not moved against",
                    "The price moved the wrong way for the mode (pyramid needs a gain, average down a loss)."),
                    Set.of(Input.PRICE));
            case PRICE_SPACING_OUT_OF_RANGE -> new CheckSpec(code, Phase.QUALIFICATION, false,
                    "qualification.minSpacingAtr", Unit.ATR_MULTIPLE, "", "", Words.of("spacing", "spacing out of range",
                    "The add is too close to or too far from the last entry, in ATRs."), Set.of(Input.PRICE, Input.ATR));
            case VOLATILITY_OUT_OF_RANGE -> new CheckSpec(code, Phase.QUALIFICATION, false, "qualification.volatilityPct",
                    Unit.PERCENT_OF_PRICE, "", "", Words.of("volatility", "volatility out of band",
                    "The market is too quiet or too wild (ATR as % of price outside the band)."),
                    Set.of(Input.ATR, Input.PRICE));
            case EXECUTION_INFEASIBLE -> new CheckSpec(code, Phase.EXECUTION, false, "execution.maxSpreadBps",
                    Unit.BASIS_POINTS, "", "", Words.of("spread", "spread too wide",
                    "The spread is too wide to fill the add at a fair price."), Set.of(Input.SPREAD));
            case SCALE_APPROVED, INITIAL_ENTRY -> null;
        };
    }

    /** The checks in contract order. */
    public static List<CheckSpec> checks() {
        return CHECKS;
    }

    /** The checks' codes in contract order. */
    public static List<ReasonCode> codes() {
        return CODES;
    }

    /** The number of checks. */
    public static int size() {
        return CHECKS.size();
    }

    /** The row of a check; throws for the two approvals, which are not checks. */
    public static CheckSpec of(ReasonCode code) {
        CheckSpec s = BY_ORDINAL[code.ordinal()];
        if (s == null) {
            throw new IllegalArgumentException(code + " is an approval, not a check");
        }
        return s;
    }

    /** The row of a check, or null for an approval. */
    public static CheckSpec find(ReasonCode code) {
        return BY_ORDINAL[code.ordinal()];
    }

    /** Any reason code in a trader's words: a check's from its row, the approvals' here. */
    public static Words words(ReasonCode code) {
        return switch (code) {
            case SCALE_APPROVED -> Words.of("approved", "approved", "Every check passed: the add may go ahead.");
            case INITIAL_ENTRY -> Words.of("initial entry", "initial entry",
                    "A first entry into a flat position passed the safety checks.");
            default -> of(code).words(); // every other code is a check and has its row
        };
    }

    // ------------------------------------------------------------------------------ the measurements

    /** Bit i set when check i fails, for one evaluation's measured values (checks not applicable stay 0). */
    static int failures(CheckMessages m) {
        int failures = 0;
        boolean initial = m.initial;
        CheckSpec[] specs = BY_ORDINAL;
        for (int i = 1, n = CHECKS.size(); i < n; i++) {
            // check 0 passed before anything was measured
            if ((!initial || specs[i].appliesToInitialEntry) && fails(specs[i].code, m)) {
                failures |= 1 << i;
            }
        }
        return failures;
    }

    /**
     * The check's predicate on the measured values (section 1's "fails when"). Each case is one call
     * so that this switch stays small enough for the JIT to inline into the trace's loop.
     */
    static boolean fails(ReasonCode code, CheckMessages m) {
        return switch (code) {
            case INVALID_INPUT -> false; // decided before the trace is measured: a trace exists only for valid input
            case SCALING_DISABLED -> scalingDisabled(m);
            case MAX_ENTRIES_REACHED -> maxEntriesReached(m);
            case MAX_POSITION_EXCEEDED -> maxPositionExceeded(m);
            case PENDING_ORDER_CONFLICT -> pendingOrderConflict(m);
            case LEDGER_MISMATCH -> ledgerMismatch(m);
            case RISK_BUDGET_EXCEEDED -> riskBudgetExceeded(m);
            case DIRECTION_CONFLICT -> directionConflict(m);
            case MIN_TIME_NOT_ELAPSED -> minTimeNotElapsed(m);
            case MIN_BARS_NOT_ELAPSED -> minBarsNotElapsed(m);
            case SIGNAL_TOO_WEAK -> signalTooWeak(m);
            case PRICE_STRUCTURE_MISMATCH -> priceStructureMismatch(m);
            case PRICE_SPACING_OUT_OF_RANGE -> spacingOutOfRange(m);
            case VOLATILITY_OUT_OF_RANGE -> volatilityOutOfRange(m);
            case EXECUTION_INFEASIBLE -> executionInfeasible(m);
            case SCALE_APPROVED, INITIAL_ENTRY -> false;
        };
    }

    private static boolean scalingDisabled(CheckMessages m) {
        return Checks.scalingDisabled(m.f.entryCount, m.policy.scaling().enabled());
    }

    private static boolean maxEntriesReached(CheckMessages m) {
        return Checks.maxEntriesReached(m.f.entryCount + 1, m.policy.scaling().maxEntries());
    }

    private static boolean maxPositionExceeded(CheckMessages m) {
        return Checks.maxPositionExceeded(m.positionPct, m.policy.limits().maxPositionPct());
    }

    private static boolean pendingOrderConflict(CheckMessages m) {
        return Checks.pendingOrderConflict(m.f.nonReduceOnlyOrders);
    }

    private static boolean ledgerMismatch(CheckMessages m) {
        return Checks.ledgerMismatch(m.f.brokerQuantity, m.f.ledgerQuantity, m.policy.limits().ledgerTolerance());
    }

    private static boolean riskBudgetExceeded(CheckMessages m) {
        return Checks.riskBudgetExceeded(m.riskPct, m.policy.limits().maxRiskPct());
    }

    private static boolean directionConflict(CheckMessages m) {
        return m.opposite || Checks.stopOnWrongSide(m.p.direction(), m.f.stopPrice, m.p.price());
    }

    private static boolean minTimeNotElapsed(CheckMessages m) {
        return Checks.minTimeNotElapsed(m.minutes, m.policy.qualification().minMinutesBetween());
    }

    private static boolean minBarsNotElapsed(CheckMessages m) {
        return Checks.minBarsNotElapsed(m.bars, m.policy.qualification().minBarsBetween());
    }

    private static boolean signalTooWeak(CheckMessages m) {
        return Checks.signalTooWeak(m.p.signalQuality(), m.policy.qualification().minSignalQuality());
    }

    private static boolean priceStructureMismatch(CheckMessages m) {
        return Checks.priceStructureMismatch(m.policy.scaling().mode(), m.p.direction(), m.p.price(), m.f.lastPrice);
    }

    private static boolean spacingOutOfRange(CheckMessages m) {
        ScalingPolicy.Qualification q = m.policy.qualification();
        return Checks.spacingOutOfRange(m.spacing, q.minSpacingAtr(), q.maxSpacingAtr());
    }

    private static boolean volatilityOutOfRange(CheckMessages m) {
        return Checks.volatilityOutOfRange(m.volatility, m.policy.qualification().volatilityPct());
    }

    private static boolean executionInfeasible(CheckMessages m) {
        return Checks.executionInfeasible(m.spread, m.policy.execution().maxSpreadBps());
    }

    /** The value the check compared, as the trace shows it; null where it has none. */
    static Double observed(ReasonCode code, CheckMessages m) {
        PositionFacts f = m.f;
        return switch (code) {
            case INVALID_INPUT -> null;
            case SCALING_DISABLED -> (double) f.entryCount;
            case MAX_ENTRIES_REACHED -> (double) (f.entryCount + 1);
            case MAX_POSITION_EXCEEDED -> m.positionPct;
            case PENDING_ORDER_CONFLICT -> (double) f.nonReduceOnlyOrders;
            case LEDGER_MISMATCH -> m.ledgerGap;
            case RISK_BUDGET_EXCEEDED -> m.riskPct;
            case DIRECTION_CONFLICT -> f.stopPrice;
            case MIN_TIME_NOT_ELAPSED -> m.minutes;
            case MIN_BARS_NOT_ELAPSED -> (double) m.bars;
            case SIGNAL_TOO_WEAK -> m.p.signalQuality();
            case PRICE_STRUCTURE_MISMATCH -> m.move;
            case PRICE_SPACING_OUT_OF_RANGE -> m.spacing;
            case VOLATILITY_OUT_OF_RANGE -> m.volatility;
            case EXECUTION_INFEASIBLE -> m.spread;
            case SCALE_APPROVED, INITIAL_ENTRY -> null;
        };
    }

    /** The limit the check compared with; null when the policy sets none or the check has none. */
    static Double limit(ReasonCode code, CheckMessages m) {
        ScalingPolicy policy = m.policy;
        ScalingPolicy.Qualification q = policy.qualification();
        return switch (code) {
            case INVALID_INPUT -> null;
            case SCALING_DISABLED -> null;
            case MAX_ENTRIES_REACHED -> (double) policy.scaling().maxEntries();
            case MAX_POSITION_EXCEEDED -> policy.limits().maxPositionPct();
            case PENDING_ORDER_CONFLICT -> 0.0;
            case LEDGER_MISMATCH -> policy.limits().ledgerTolerance();
            case RISK_BUDGET_EXCEEDED -> policy.limits().maxRiskPct();
            case DIRECTION_CONFLICT -> m.p.price();
            case MIN_TIME_NOT_ELAPSED -> q.minMinutesBetween();
            case MIN_BARS_NOT_ELAPSED -> (double) q.minBarsBetween();
            case SIGNAL_TOO_WEAK -> q.minSignalQuality();
            case PRICE_STRUCTURE_MISMATCH -> 0.0;
            case PRICE_SPACING_OUT_OF_RANGE -> m.spacingLimit;
            case VOLATILITY_OUT_OF_RANGE -> q.volatilityPct() == null ? null : m.volatilityLimit;
            case EXECUTION_INFEASIBLE -> policy.execution().maxSpreadBps();
            case SCALE_APPROVED, INITIAL_ENTRY -> null;
        };
    }
}
