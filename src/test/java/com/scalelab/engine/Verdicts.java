package com.scalelab.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Assertions on a verdict and on one line of its trace, shared by the example tests. */
final class Verdicts {
    private Verdicts() {
    }

    /** The verdict and its deciding reason; the fast path must agree. */
    static void assertVerdict(ScenarioBuilder scenario, Decision decision, ReasonCode reason) {
        ScalingResult r = scenario.evaluate();
        assertThat(r.decision()).as("decision (%s)", r.explanation()).isEqualTo(decision);
        assertThat(r.reasonCode()).as("reason (%s)", r.explanation()).isEqualTo(reason);
        assertThat(ScalingEngine.decide(scenario.policy(), scenario.context())).as("decide()").isEqualTo(reason);
    }

    /** One check's status, observed value and limit; returns its message for further checks. */
    static String assertCheck(ScalingResult r, ReasonCode code, CheckStatus status, Double observed, Double limit) {
        CheckResult c = r.check(code);
        assertThat(c.code()).isEqualTo(code);
        assertThat(c.status()).as("%s status (%s)", code, c.message()).isEqualTo(status);
        if (observed == null) {
            assertThat(c.observed()).as("%s observed", code).isNull();
        } else {
            assertThat(c.observed()).as("%s observed", code).isNotNull();
            assertThat(c.observed().doubleValue()).as("%s observed", code).isCloseTo(observed, within(1e-9));
        }
        if (limit == null) {
            assertThat(c.limit()).as("%s limit", code).isNull();
        } else {
            assertThat(c.limit()).as("%s limit", code).isEqualTo(limit);
        }
        assertThat(c.message()).as("%s message", code).isNotBlank();
        return c.message();
    }
}
