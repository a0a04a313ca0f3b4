package com.scalelab.engine.coverage;

import com.scalelab.engine.CheckResult;
import com.scalelab.engine.CheckStatus;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.Tolerance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How thoroughly a set of scenarios exercises a policy, the way {@code opa test --coverage} does for
 * rules: for every check, whether some scenario saw it pass, fail and decide the verdict; for every
 * limit a policy sets, whether some scenario sat at it (within the contract's tolerance) or on both
 * sides of it. A limit only exercised from one side could move without any test noticing.
 *
 * <p>Items: three per check (passed, failed, decided) and one per limit of each distinct policy
 * (covered when a scenario sat at it, or scenarios fell on both sides). Percent = covered / items.
 */
public final class PolicyCoverage {

    /**
     * A limit of the policy: the check that compares against it, its field path and its bound.
     * {@code vacuousAtZero}: a minimum of 0 on a value that cannot be negative can never fail, so no
     * scenario can exercise it and it is not counted (a ledger tolerance of 0 is a real limit).
     */
    private record LimitSpec(ReasonCode check, String field, Function<ScalingPolicy, Double> bound,
                             boolean vacuousAtZero) {
        LimitSpec(ReasonCode check, String field, Function<ScalingPolicy, Double> bound) {
            this(check, field, bound, false);
        }

        Double boundOf(ScalingPolicy p) {
            Double b = bound.apply(p);
            return b == null || (vacuousAtZero && b == 0.0) ? null : b;
        }
    }

    private static final List<LimitSpec> LIMITS = List.of(
            new LimitSpec(ReasonCode.MAX_ENTRIES_REACHED, "scaling.maxEntries",
                    p -> p.scaling().enabled() ? (double) p.scaling().maxEntries() : null),
            new LimitSpec(ReasonCode.MAX_POSITION_EXCEEDED, "limits.maxPositionPct", p -> p.limits().maxPositionPct()),
            new LimitSpec(ReasonCode.LEDGER_MISMATCH, "limits.ledgerTolerance", p -> p.limits().ledgerTolerance()),
            new LimitSpec(ReasonCode.RISK_BUDGET_EXCEEDED, "limits.maxRiskPct", p -> p.limits().maxRiskPct()),
            new LimitSpec(ReasonCode.MIN_TIME_NOT_ELAPSED, "qualification.minMinutesBetween",
                    p -> p.qualification().minMinutesBetween(), true),
            new LimitSpec(ReasonCode.MIN_BARS_NOT_ELAPSED, "qualification.minBarsBetween",
                    p -> (double) p.qualification().minBarsBetween(), true),
            new LimitSpec(ReasonCode.SIGNAL_TOO_WEAK, "qualification.minSignalQuality",
                    p -> p.qualification().minSignalQuality(), true),
            new LimitSpec(ReasonCode.PRICE_SPACING_OUT_OF_RANGE, "qualification.minSpacingAtr",
                    p -> p.qualification().minSpacingAtr(), true),
            new LimitSpec(ReasonCode.PRICE_SPACING_OUT_OF_RANGE, "qualification.maxSpacingAtr",
                    p -> p.qualification().maxSpacingAtr()),
            new LimitSpec(ReasonCode.VOLATILITY_OUT_OF_RANGE, "qualification.volatilityPct.min",
                    p -> p.qualification().volatilityPct() == null ? null : p.qualification().volatilityPct().min()),
            new LimitSpec(ReasonCode.VOLATILITY_OUT_OF_RANGE, "qualification.volatilityPct.max",
                    p -> p.qualification().volatilityPct() == null ? null : p.qualification().volatilityPct().max()),
            new LimitSpec(ReasonCode.EXECUTION_INFEASIBLE, "execution.maxSpreadBps",
                    p -> p.execution().maxSpreadBps()));

    /** How often a check passed, failed and decided the verdict. */
    public record CheckLine(ReasonCode check, int passed, int failed, int decided) {
        public int covered() {
            return (passed > 0 ? 1 : 0) + (failed > 0 ? 1 : 0) + (decided > 0 ? 1 : 0);
        }
    }

    /** How the scenarios of one policy fell around one of its limits. */
    public record LimitLine(String policy, String field, ReasonCode check, double limit, int below, int at, int above) {
        public boolean covered() {
            return at > 0 || (below > 0 && above > 0);
        }
    }

    /** The whole report: checks in contract order, limits by policy in the order first seen. */
    public record Report(int scenarios, List<CheckLine> checks, List<LimitLine> limits, int items, int coveredItems) {
        public Report {
            checks = List.copyOf(checks);
            limits = List.copyOf(limits);
        }

        /** Covered items as a percentage of all items; 0 when there is nothing to cover. */
        public double percent() {
            return items == 0 ? 0.0 : coveredItems * 100.0 / items;
        }

        public boolean isBelow(double threshold) {
            // Compared with the contract's tolerance, so "--fail-under 66.7" passes at 2/3.
            return Tolerance.below(percent(), threshold);
        }
    }

    private final Map<ReasonCode, int[]> checks = new EnumMap<>(ReasonCode.class);
    /** Per distinct policy (records compare by value): its label and its limits' counts [below, at, above]. */
    private final Map<ScalingPolicy, Map<LimitSpec, int[]>> limits = new LinkedHashMap<>();
    private final Map<ScalingPolicy, String> labels = new LinkedHashMap<>();
    private int scenarios;

    public PolicyCoverage() {
        for (ReasonCode c : com.scalelab.engine.CheckCatalogue.codes()) {
            checks.put(c, new int[3]);
        }
    }

    /** Counts one evaluated scenario: the policy it was judged by and the engine's result. */
    public void add(ScalingPolicy policy, ScalingResult result) {
        scenarios++;
        for (CheckResult line : result.checks()) {
            int[] counts = checks.get(line.code());
            if (counts == null) {
                continue;
            }
            if (line.status() == CheckStatus.PASS) {
                counts[0]++;
            } else if (line.status() == CheckStatus.FAIL) {
                counts[1]++;
            }
        }
        if (result.reasonCode().isCheck()) {
            checks.get(result.reasonCode())[2]++;
        }
        Map<LimitSpec, int[]> byLimit = limits.computeIfAbsent(policy, p -> {
            labels.put(p, label(p));
            Map<LimitSpec, int[]> m = new LinkedHashMap<>();
            for (LimitSpec s : LIMITS) {
                if (s.boundOf(p) != null) {
                    m.put(s, new int[3]);
                }
            }
            return m;
        });
        for (Map.Entry<LimitSpec, int[]> e : byLimit.entrySet()) {
            LimitSpec spec = e.getKey();
            CheckResult line = result.check(spec.check());
            if (line == null || line.observed() == null
                    || (line.status() != CheckStatus.PASS && line.status() != CheckStatus.FAIL)) {
                continue;
            }
            double observed = line.observed();
            double bound = spec.boundOf(policy);
            int[] c = e.getValue();
            if (Tolerance.equal(observed, bound)) {
                c[1]++;
            } else if (observed < bound) {
                c[0]++;
            } else {
                c[2]++;
            }
        }
    }

    /** Two different policies with one name are told apart as "name", "name (2)". */
    private String label(ScalingPolicy p) {
        String base = p.name();
        String label = base;
        int n = 2;
        while (labels.containsValue(label)) {
            label = base + " (" + n++ + ")";
        }
        return label;
    }

    public Report report() {
        List<CheckLine> checkLines = new ArrayList<>();
        int items = 0;
        int covered = 0;
        for (ReasonCode c : com.scalelab.engine.CheckCatalogue.codes()) {
            int[] k = checks.get(c);
            CheckLine line = new CheckLine(c, k[0], k[1], k[2]);
            checkLines.add(line);
            items += 3;
            covered += line.covered();
        }
        List<LimitLine> limitLines = new ArrayList<>();
        for (Map.Entry<ScalingPolicy, Map<LimitSpec, int[]>> p : limits.entrySet()) {
            for (Map.Entry<LimitSpec, int[]> e : p.getValue().entrySet()) {
                int[] c = e.getValue();
                LimitLine line = new LimitLine(labels.get(p.getKey()), e.getKey().field(), e.getKey().check(),
                        e.getKey().boundOf(p.getKey()), c[0], c[1], c[2]);
                limitLines.add(line);
                items++;
                covered += line.covered() ? 1 : 0;
            }
        }
        return new Report(scenarios, checkLines, limitLines, items, covered);
    }
}
