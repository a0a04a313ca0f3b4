package com.scalelab.engine;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The contract's validity rules for a policy, each tied to the field path it speaks of, with the
 * message a user reads. {@link ScalingPolicy#isValid()} writes the same rules out as plain
 * comparisons for the hot path; a property test holds the two to one answer.
 */
record PolicyRule(String path, PolicyProblem.Severity severity, Predicate<ScalingPolicy> broken,
                  Function<ScalingPolicy, String> message) {

    private static final PolicyProblem.Severity ERROR = PolicyProblem.Severity.ERROR;

    boolean isBroken(ScalingPolicy p) {
        return broken.test(p);
    }

    String describe(ScalingPolicy p) {
        return message.apply(p);
    }

    private static boolean finite(double v) {
        return Double.isFinite(v);
    }

    static String num(double v) {
        return Format.number(v);
    }

    private static boolean hasScaling(ScalingPolicy p) {
        return p.scaling() != null;
    }

    private static boolean hasLimits(ScalingPolicy p) {
        return p.limits() != null;
    }

    static final List<PolicyRule> ALL = List.of(
            new PolicyRule("name", ERROR,
                    p -> p.name() == null || p.name().isBlank(),
                    p -> "must not be empty"),
            new PolicyRule("scaling", ERROR,
                    p -> !hasScaling(p),
                    p -> "is required"),
            new PolicyRule("scaling.mode", ERROR,
                    p -> hasScaling(p) && p.scaling().enabled() && p.scaling().mode() == null,
                    p -> "is required when scaling is enabled (PYRAMID or AVERAGE_DOWN)"),
            new PolicyRule("scaling.maxEntries", ERROR,
                    p -> hasScaling(p) && (p.scaling().maxEntries() < 1 || p.scaling().maxEntries() > 100),
                    p -> "must be a whole number from 1 to 100; got " + p.scaling().maxEntries()),
            new PolicyRule("limits", ERROR,
                    p -> !hasLimits(p),
                    p -> "is required"),
            new PolicyRule("limits.maxPositionPct", ERROR,
                    p -> hasLimits(p) && !(p.limits().maxPositionPct() > 0 && p.limits().maxPositionPct() <= 1000),
                    p -> "must be a finite number above 0 and at most 1000 (% of equity); got "
                            + num(p.limits().maxPositionPct())),
            new PolicyRule("limits.maxRiskPct", ERROR,
                    p -> hasLimits(p) && !(p.limits().maxRiskPct() > 0 && p.limits().maxRiskPct() <= 100),
                    p -> "must be a finite number above 0 and at most 100 (% of equity); got "
                            + num(p.limits().maxRiskPct())),
            new PolicyRule("limits.ledgerTolerance", ERROR,
                    p -> hasLimits(p) && !(p.limits().ledgerTolerance() >= 0 && finite(p.limits().ledgerTolerance())),
                    p -> "must be a finite number >= 0 (units); got " + num(p.limits().ledgerTolerance())),
            new PolicyRule("qualification.minMinutesBetween", ERROR,
                    p -> !(p.qualification().minMinutesBetween() >= 0 && finite(p.qualification().minMinutesBetween())),
                    p -> "must be a finite number >= 0 (minutes); got " + num(p.qualification().minMinutesBetween())),
            new PolicyRule("qualification.minBarsBetween", ERROR,
                    p -> p.qualification().minBarsBetween() < 0,
                    p -> "must be a whole number >= 0 (bars); got " + p.qualification().minBarsBetween()),
            new PolicyRule("qualification.minSignalQuality", ERROR,
                    p -> !(p.qualification().minSignalQuality() >= 0 && p.qualification().minSignalQuality() <= 1),
                    p -> "must be a number from 0 to 1; got " + num(p.qualification().minSignalQuality())),
            new PolicyRule("qualification.minSpacingAtr", ERROR,
                    p -> !(p.qualification().minSpacingAtr() >= 0 && finite(p.qualification().minSpacingAtr())),
                    p -> "must be a finite number >= 0 (ATR multiples); got " + num(p.qualification().minSpacingAtr())),
            new PolicyRule("qualification.maxSpacingAtr", ERROR,
                    p -> p.qualification().maxSpacingAtr() != null
                            && !(finite(p.qualification().maxSpacingAtr())
                            && p.qualification().maxSpacingAtr() >= p.qualification().minSpacingAtr()),
                    p -> "must be a finite number >= minSpacingAtr (" + num(p.qualification().minSpacingAtr())
                            + " ATR); got " + num(p.qualification().maxSpacingAtr())),
            new PolicyRule("qualification.volatilityPct.min", ERROR,
                    p -> p.qualification().volatilityPct() != null
                            && !(p.qualification().volatilityPct().min() >= 0 && finite(p.qualification().volatilityPct().min())),
                    p -> "must be a finite number >= 0 (% of price); got " + num(p.qualification().volatilityPct().min())),
            new PolicyRule("qualification.volatilityPct.max", ERROR,
                    p -> p.qualification().volatilityPct() != null
                            && !(p.qualification().volatilityPct().max() >= 0 && finite(p.qualification().volatilityPct().max())),
                    p -> "must be a finite number >= 0 (% of price); got " + num(p.qualification().volatilityPct().max())),
            new PolicyRule("qualification.volatilityPct", ERROR,
                    p -> p.qualification().volatilityPct() != null
                            && p.qualification().volatilityPct().min() > p.qualification().volatilityPct().max(),
                    p -> "min (" + num(p.qualification().volatilityPct().min()) + ") must not be above max ("
                            + num(p.qualification().volatilityPct().max()) + ")"),
            new PolicyRule("execution.maxSpreadBps", ERROR,
                    p -> p.execution().maxSpreadBps() != null
                            && !(p.execution().maxSpreadBps() >= 0 && finite(p.execution().maxSpreadBps())),
                    p -> "must be a finite number >= 0 (bps); got " + num(p.execution().maxSpreadBps())),
            new PolicyRule("sizing.scale", ERROR,
                    p -> !(p.sizing().scale() > 0 && finite(p.sizing().scale())),
                    p -> "must be a finite number above 0; got " + num(p.sizing().scale())),
            new PolicyRule("scaling.maxEntries", PolicyProblem.Severity.WARNING,
                    p -> hasScaling(p) && p.scaling().enabled() && p.scaling().maxEntries() == 1,
                    p -> "scaling is enabled but maxEntries is 1, so no add can ever pass")
    );
}
