package com.scalelab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A strategy's scaling policy, as in the contract's policy file (without the file's schemaVersion).
 * Null optional parts take the contract's defaults; validity is judged by {@link #problems()},
 * the one set of rules that the loader, the UI and the engine share.
 */
public record ScalingPolicy(String name, String strategy, String description, Scaling scaling, Limits limits,
                            Qualification qualification, Execution execution, Sizing sizing) {

    public ScalingPolicy {
        strategy = strategy == null ? "" : strategy;
        description = description == null ? "" : description;
        qualification = qualification == null ? Qualification.DEFAULT : qualification;
        execution = execution == null ? Execution.DEFAULT : execution;
        sizing = sizing == null ? Sizing.DEFAULT : sizing;
    }

    /** Scaling on or off, the mode and the most entries a position may hold (the first included). */
    public record Scaling(boolean enabled, ScalingMode mode, int maxEntries) {
        /** The contract's defaults for a policy with scaling off. */
        public static Scaling disabled() {
            return new Scaling(false, ScalingMode.PYRAMID, 1);
        }
    }

    /** Hard limits, in % of equity, and the tolerated broker/ledger difference in units. */
    public record Limits(double maxPositionPct, double maxRiskPct, double ledgerTolerance) {
    }

    /** A closed band [min, max]. */
    public record Band(double min, double max) {
    }

    /**
     * Conditions an add must meet; maxSpacingAtr and volatilityPct are null when the policy sets no
     * such bound.
     */
    public record Qualification(double minMinutesBetween, long minBarsBetween, double minSignalQuality,
                                double minSpacingAtr, Double maxSpacingAtr, Band volatilityPct) {
        public static final Qualification DEFAULT = new Qualification(0, 0, 0, 0, null, null);
    }

    /** Execution feasibility; maxSpreadBps null means no spread bound. */
    public record Execution(Double maxSpreadBps) {
        public static final Execution DEFAULT = new Execution(null);
    }

    /** Each add is the first entry's quantity times scale^(entries so far). */
    public record Sizing(double scale) {
        public static final Sizing DEFAULT = new Sizing(1.0);
    }

    public ScalingPolicy withScaling(Scaling s) {
        return new ScalingPolicy(name, strategy, description, s, limits, qualification, execution, sizing);
    }

    public ScalingPolicy withLimits(Limits l) {
        return new ScalingPolicy(name, strategy, description, scaling, l, qualification, execution, sizing);
    }

    public ScalingPolicy withQualification(Qualification q) {
        return new ScalingPolicy(name, strategy, description, scaling, limits, q, execution, sizing);
    }

    public ScalingPolicy withExecution(Execution e) {
        return new ScalingPolicy(name, strategy, description, scaling, limits, qualification, e, sizing);
    }

    public ScalingPolicy withSizing(Sizing s) {
        return new ScalingPolicy(name, strategy, description, scaling, limits, qualification, execution, s);
    }

    public ScalingPolicy withName(String n) {
        return new ScalingPolicy(n, strategy, description, scaling, limits, qualification, execution, sizing);
    }

    /** Every error and warning, each with its field path. Empty for a clean policy. */
    public List<PolicyProblem> problems() {
        List<PolicyProblem> out = new ArrayList<>();
        for (PolicyRule rule : PolicyRule.ALL) {
            if (rule.isBroken(this)) {
                out.add(new PolicyProblem(rule.path(), rule.describe(this), rule.severity()));
            }
        }
        return out;
    }

    /** The errors only: a policy with any is refused on load and on save and gives INVALID_INPUT. */
    public List<PolicyProblem> errors() {
        return problems().stream().filter(PolicyProblem::isError).toList();
    }

    /**
     * True when no error rule is broken: the rules of {@link PolicyRule} written out as plain
     * comparisons, because the engine asks on every evaluation and a call through 18 different
     * predicates costs more than the whole decision (the property tests hold both to one answer).
     */
    public boolean isValid() {
        Scaling s = scaling;
        Limits l = limits;
        Qualification q = qualification;
        Band band = q.volatilityPct();
        Double maxSpacing = q.maxSpacingAtr();
        Double maxSpread = execution.maxSpreadBps();
        return name != null && !name.isBlank() && s != null && l != null
                && !(s.enabled() && s.mode() == null) && s.maxEntries() >= 1 && s.maxEntries() <= 100
                && l.maxPositionPct() > 0 && l.maxPositionPct() <= 1000
                && l.maxRiskPct() > 0 && l.maxRiskPct() <= 100
                && atLeastZero(l.ledgerTolerance()) && atLeastZero(q.minMinutesBetween()) && q.minBarsBetween() >= 0
                && q.minSignalQuality() >= 0 && q.minSignalQuality() <= 1 && atLeastZero(q.minSpacingAtr())
                && (maxSpacing == null || (Double.isFinite(maxSpacing) && maxSpacing >= q.minSpacingAtr()))
                && (band == null || (atLeastZero(band.min()) && atLeastZero(band.max()) && band.min() <= band.max()))
                && (maxSpread == null || atLeastZero(maxSpread))
                && sizing.scale() > 0 && Double.isFinite(sizing.scale());
    }

    private static boolean atLeastZero(double v) {
        return v >= 0 && Double.isFinite(v);
    }
}
