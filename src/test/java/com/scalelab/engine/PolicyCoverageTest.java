package com.scalelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.coverage.PolicyCoverage;
import com.scalelab.engine.coverage.PolicyCoverage.CheckLine;
import com.scalelab.engine.coverage.PolicyCoverage.LimitLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Coverage of a small pack, counted by hand. The builder's pyramid: LONG 10 at 100, stop 95, add 5
 * at 103 (spacing 3 / ATR 2 = 1.5 ATR), 90 min and 6 bars later, signal 0.8, spread 4 bps,
 * ATR 2 / 103 = 1.94 %, position (10 + 5) x 103 / 100,000 = 1.545 %, risk 10 x 5 + 5 x 8 = 90 = 0.09 %.
 * Policy: max 4 entries, 20 % position, 2 % risk, ledger 0, 60 min, 3 bars, signal 0.6,
 * spacing 1 to 4 ATR, volatility 0.5 to 5 %, spread 20 bps.
 */
class PolicyCoverageTest {

    private static PolicyCoverage.Report cover(ScenarioBuilder... pack) {
        PolicyCoverage c = new PolicyCoverage();
        for (ScenarioBuilder b : pack) {
            c.add(b.policy(), b.evaluate());
        }
        return c.report();
    }

    private static CheckLine check(PolicyCoverage.Report r, ReasonCode code) {
        return r.checks().stream().filter(l -> l.check() == code).findFirst().orElseThrow();
    }

    private static LimitLine limit(PolicyCoverage.Report r, String field) {
        return r.limits().stream().filter(l -> l.field().equals(field)).findFirst().orElseThrow();
    }

    @Test
    void aPackOfTwoApprovalsAndOneTooSoonCoversTheTimeRuleAndLittleElse() {
        PolicyCoverage.Report r = cover(
                ScenarioBuilder.pyramid(),                       // 90 min: above the 60 min limit
                ScenarioBuilder.pyramid().minutesAfterLast(60),  // exactly at it: passes
                ScenarioBuilder.pyramid().minutesAfterLast(30)); // below it: SKIP MIN_TIME_NOT_ELAPSED

        assertThat(r.scenarios()).isEqualTo(3);
        assertThat(check(r, ReasonCode.MIN_TIME_NOT_ELAPSED)).isEqualTo(
                new CheckLine(ReasonCode.MIN_TIME_NOT_ELAPSED, 2, 1, 1));
        // a check that only ever passed covers one of its three items
        assertThat(check(r, ReasonCode.MAX_ENTRIES_REACHED)).isEqualTo(
                new CheckLine(ReasonCode.MAX_ENTRIES_REACHED, 3, 0, 0));
        assertThat(check(r, ReasonCode.MAX_ENTRIES_REACHED).covered()).isEqualTo(1);

        LimitLine minutes = limit(r, "qualification.minMinutesBetween");
        assertThat(List.of(minutes.below(), minutes.at(), minutes.above())).containsExactly(1, 1, 1);
        assertThat(minutes.covered()).isTrue();
        // the ledger gap is 0 at a tolerance of 0 in all three: sat at the limit
        assertThat(limit(r, "limits.ledgerTolerance").at()).isEqualTo(3);
        assertThat(limit(r, "limits.ledgerTolerance").covered()).isTrue();
        // 1.5 ATR each time: only above the minimum, never tested at or under it
        LimitLine spacing = limit(r, "qualification.minSpacingAtr");
        assertThat(List.of(spacing.below(), spacing.at(), spacing.above())).containsExactly(0, 0, 3);
        assertThat(spacing.covered()).isFalse();

        // 15 checks x 3 items = 45, 14 checks cover 1 (passed) and the time check 3: 17.
        // 12 limits set by the policy, 2 covered (ledger tolerance, minimum minutes).
        assertThat(r.limits()).hasSize(12);
        assertThat(r.items()).isEqualTo(45 + 12);
        assertThat(r.coveredItems()).isEqualTo(17 + 2);
        assertThat(r.percent()).isCloseTo(19 * 100.0 / 57, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.isBelow(33.4)).isTrue();
        assertThat(r.isBelow(19 * 100.0 / 57)).isFalse();
    }

    @Test
    void scenariosOnBothSidesOfALimitCoverItWithoutOneAtIt() {
        PolicyCoverage.Report r = cover(ScenarioBuilder.pyramid(), ScenarioBuilder.pyramid().spreadBps(25));
        LimitLine spread = limit(r, "execution.maxSpreadBps");
        assertThat(List.of(spread.below(), spread.at(), spread.above())).containsExactly(1, 0, 1);
        assertThat(spread.covered()).isTrue();
        assertThat(check(r, ReasonCode.EXECUTION_INFEASIBLE)).isEqualTo(
                new CheckLine(ReasonCode.EXECUTION_INFEASIBLE, 1, 1, 1));
    }

    @Test
    void aValueTypedInDecimalLandsAtItsLimit() {
        // 0.1 + 0.2 = 0.30000000000000004: within the contract's tolerance of the 0.3 minimum
        PolicyCoverage.Report r = cover(ScenarioBuilder.pyramid().minSignalQuality(0.3).signal(0.1 + 0.2));
        assertThat(limit(r, "qualification.minSignalQuality").at()).isEqualTo(1);
        assertThat(limit(r, "qualification.minSignalQuality").covered()).isTrue();
    }

    @Test
    void limitsThatCanNeverFailAreNotCountedAndUnsetOnesAreNotListed() {
        PolicyCoverage.Report r = cover(ScenarioBuilder.pyramid().minMinutesBetween(0).minBarsBetween(0)
                .minSignalQuality(0).spacingAtr(0, null).noVolatilityBand().maxSpreadBps(null));
        assertThat(r.limits()).extracting(LimitLine::field).containsExactly(
                "scaling.maxEntries", "limits.maxPositionPct", "limits.ledgerTolerance", "limits.maxRiskPct");
    }

    @Test
    void twoDifferentPoliciesWithOneNameAreToldApart() {
        PolicyCoverage.Report r = cover(ScenarioBuilder.pyramid(), ScenarioBuilder.pyramid().maxEntries(6));
        assertThat(r.limits()).extracting(LimitLine::policy).containsOnly("Trend pyramid", "Trend pyramid (2)");
        assertThat(r.limits()).filteredOn(l -> l.field().equals("scaling.maxEntries"))
                .extracting(LimitLine::limit).containsExactly(4.0, 6.0);
    }
}
