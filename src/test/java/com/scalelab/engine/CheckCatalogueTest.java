package com.scalelab.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.CheckCatalogue.CheckSpec;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The check catalogue is the contract's table, complete, and every path reads it: the trace has one
 * line per entry in its order, and the decision-only paths decide in that order. The tests a
 * forgotten piece of a new check trips: a row without words or unit, a reason code without a row
 * (does not compile), a check missing from {@link DecisionKernel}, a failure recipe missing here
 * (does not compile).
 */
class CheckCatalogueTest {

    /** A row of the contract's section 1 table, copied from the contract by hand. */
    private record ContractRow(ReasonCode code, Phase phase, String policyField, boolean firstEntry) {
    }

    /** Section 1: "checks 8-14 are NOT_APPLICABLE" to an initial entry; the policy field each "fails when" names. */
    private static final List<ContractRow> CONTRACT = List.of(
            new ContractRow(ReasonCode.INVALID_INPUT, Phase.INPUT, null, true),
            new ContractRow(ReasonCode.SCALING_DISABLED, Phase.SAFETY, "scaling.enabled", true),
            new ContractRow(ReasonCode.MAX_ENTRIES_REACHED, Phase.SAFETY, "scaling.maxEntries", true),
            new ContractRow(ReasonCode.MAX_POSITION_EXCEEDED, Phase.SAFETY, "limits.maxPositionPct", true),
            new ContractRow(ReasonCode.PENDING_ORDER_CONFLICT, Phase.SAFETY, null, true),
            new ContractRow(ReasonCode.LEDGER_MISMATCH, Phase.SAFETY, "limits.ledgerTolerance", true),
            new ContractRow(ReasonCode.RISK_BUDGET_EXCEEDED, Phase.SAFETY, "limits.maxRiskPct", true),
            new ContractRow(ReasonCode.DIRECTION_CONFLICT, Phase.DIRECTION, null, true),
            new ContractRow(ReasonCode.MIN_TIME_NOT_ELAPSED, Phase.QUALIFICATION, "qualification.minMinutesBetween", false),
            new ContractRow(ReasonCode.MIN_BARS_NOT_ELAPSED, Phase.QUALIFICATION, "qualification.minBarsBetween", false),
            new ContractRow(ReasonCode.SIGNAL_TOO_WEAK, Phase.QUALIFICATION, "qualification.minSignalQuality", false),
            new ContractRow(ReasonCode.PRICE_STRUCTURE_MISMATCH, Phase.QUALIFICATION, "scaling.mode", false),
            new ContractRow(ReasonCode.PRICE_SPACING_OUT_OF_RANGE, Phase.QUALIFICATION, "qualification.minSpacingAtr", false),
            new ContractRow(ReasonCode.VOLATILITY_OUT_OF_RANGE, Phase.QUALIFICATION, "qualification.volatilityPct", false),
            new ContractRow(ReasonCode.EXECUTION_INFEASIBLE, Phase.EXECUTION, "execution.maxSpreadBps", false));

    @Test
    void theCatalogueIsTheContractsTableInItsOrder() {
        assertThat(CheckCatalogue.checks())
                .extracting(c -> new ContractRow(c.code(), c.phase(), c.policyField(), c.appliesToInitialEntry()))
                .containsExactlyElementsOf(CONTRACT);
        // check i is reason code i; the approvals come after the checks
        for (CheckSpec c : CheckCatalogue.checks()) {
            assertThat(c.index()).isEqualTo(CheckCatalogue.codes().indexOf(c.code()));
        }
        assertThat(CheckCatalogue.find(ReasonCode.SCALE_APPROVED)).isNull();
        assertThat(CheckCatalogue.find(ReasonCode.INITIAL_ENTRY)).isNull();
        assertThat(ReasonCode.values()).hasSize(CheckCatalogue.size() + 2);
    }

    @Test
    void everyCheckHasAPhaseAUnitAndWords() {
        Set<String> legends = new HashSet<>();
        for (ReasonCode code : ReasonCode.values()) {
            CheckCatalogue.Words w = CheckCatalogue.words(code);
            assertThat(w.legend()).as("%s legend", code).isNotBlank();
            assertThat(w.refusal(ScalingMode.PYRAMID)).as("%s refusal", code).isNotBlank();
            assertThat(w.refusal(ScalingMode.AVERAGE_DOWN)).as("%s refusal averaging down", code).isNotBlank();
            assertThat(w.meaning()).as("%s meaning", code).isNotBlank().endsWith(".");
            assertThat(legends.add(w.legend())).as("%s legend '%s' is another reason's too", code, w.legend()).isTrue();
        }
        for (CheckSpec c : CheckCatalogue.checks()) {
            assertThat(c.phase()).as("%s phase", c.code()).isNotNull();
            assertThat(c.unit()).as("%s unit", c.code()).isNotNull();
            assertThat(c.observedLabel()).isNotNull();
            assertThat(c.limitLabel()).isNotNull();
            assertThat(c.code().decision()).isEqualTo(c.phase().blocks() ? Decision.BLOCK : Decision.SKIP);
        }
    }

    @Test
    void theCountsAreTheChecksOfWholeThings() {
        // entries held, entries after the add, pending orders, bars: the contract prints them as integers
        assertThat(CheckCatalogue.checks()).filteredOn(CheckSpec::counts).extracting(CheckSpec::code).containsExactly(
                ReasonCode.SCALING_DISABLED, ReasonCode.MAX_ENTRIES_REACHED, ReasonCode.PENDING_ORDER_CONFLICT,
                ReasonCode.MIN_BARS_NOT_ELAPSED);
    }

    @Test
    void theTraceHasOneLinePerCatalogueCheckInOrder() {
        for (ScenarioBuilder s : List.of(ScenarioBuilder.pyramid(), ScenarioBuilder.initialEntry(),
                ScenarioBuilder.pyramid().price(-1))) {
            ScalingResult r = s.evaluate();
            assertThat(r.checks()).extracting(CheckResult::code).containsExactlyElementsOf(CheckCatalogue.codes());
            assertThat(r.checks()).extracting(CheckResult::phase)
                    .containsExactlyElementsOf(CheckCatalogue.checks().stream().map(CheckSpec::phase).toList());
        }
    }

    /**
     * A change to the contract's example (SCALE_APPROVED: LONG 10 at 100, stop 95, add 5 at 103 after
     * 90 min and 6 bars, signal 0.8, ATR 2, spread 4 bps) that fails this check and no other. No
     * default: a new check needs its recipe here before this compiles.
     */
    private static UnaryOperator<ScenarioBuilder> failing(ReasonCode code) {
        return switch (code) {
            case INVALID_INPUT -> s -> s.price(-1);
            case SCALING_DISABLED -> s -> s.scalingEnabled(false);
            // 1 entry + 1 = 2 > 1
            case MAX_ENTRIES_REACHED -> s -> s.maxEntries(1);
            // (10 + 5) x 103 / 100,000 x 100 = 1.545% > 1%
            case MAX_POSITION_EXCEEDED -> s -> s.maxPositionPct(1);
            case PENDING_ORDER_CONFLICT -> s -> s.pendingOrder(OrderSide.BUY, 1, false);
            // broker 11 against the ledger's 10, tolerance 0
            case LEDGER_MISMATCH -> s -> s.broker(11);
            // 10 x (100 - 95) + 5 x (103 - 95) = 90, 0.09% > 0.05%
            case RISK_BUDGET_EXCEEDED -> s -> s.maxRiskPct(0.05);
            // a LONG add to a SHORT position (a wrong-side stop would also zero the risk and pass check 6)
            case DIRECTION_CONFLICT -> s -> s.positionDirection(Direction.SHORT);
            // 90 min < 120
            case MIN_TIME_NOT_ELAPSED -> s -> s.minMinutesBetween(120);
            // 6 bars < 10
            case MIN_BARS_NOT_ELAPSED -> s -> s.minBarsBetween(10);
            // 0.8 < 0.9
            case SIGNAL_TOO_WEAK -> s -> s.minSignalQuality(0.9);
            // the price rose 100 -> 103: averaging down needs a fall
            case PRICE_STRUCTURE_MISMATCH -> s -> s.mode(ScalingMode.AVERAGE_DOWN);
            // 3 / 2 = 1.5 ATR < 2
            case PRICE_SPACING_OUT_OF_RANGE -> s -> s.spacingAtr(2, 4.0);
            // 2 / 103 x 100 = 1.94% < 2.5%
            case VOLATILITY_OUT_OF_RANGE -> s -> s.volatilityPct(2.5, 5.0);
            // 4 bps > 3
            case EXECUTION_INFEASIBLE -> s -> s.maxSpreadBps(3.0);
            case SCALE_APPROVED, INITIAL_ENTRY -> s -> s;
        };
    }

    @Test
    void eachCheckFailsAloneAndDecidesOnEveryPath() {
        assertThat(ScenarioBuilder.pyramid().evaluate().reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
        for (ReasonCode code : CheckCatalogue.codes()) {
            ScenarioBuilder s = failing(code).apply(ScenarioBuilder.pyramid());
            ScalingResult r = s.evaluate();
            assertThat(r.checks()).filteredOn(CheckResult::failed).extracting(CheckResult::code).as("failing")
                    .containsExactly(code);
            assertDecidedBy(s, code);
        }
    }

    @Test
    void theFirstFailingCheckInCatalogueOrderDecides() {
        // every check from k on fails: each path must pick k, which holds only if it runs them in order
        List<ReasonCode> codes = CheckCatalogue.codes();
        for (int k = 0; k < codes.size(); k++) {
            ScenarioBuilder s = ScenarioBuilder.pyramid();
            for (ReasonCode later : codes.subList(k, codes.size())) {
                s = failing(later).apply(s);
            }
            assertDecidedBy(s, codes.get(k));
            if (k > 0) {
                assertThat(s.evaluate().checks().subList(k, codes.size())).as("from %s on", codes.get(k))
                        .allMatch(CheckResult::failed);
            }
        }
    }

    @Test
    void checksThatDoNotApplyToAFirstEntryNeverDecideOne() {
        for (CheckSpec c : CheckCatalogue.checks()) {
            if (!c.appliesToInitialEntry()) {
                ScenarioBuilder s = failing(c.code()).apply(ScenarioBuilder.initialEntry());
                assertDecidedBy(s, ReasonCode.INITIAL_ENTRY);
                assertThat(s.evaluate().check(c.code()).status()).isEqualTo(CheckStatus.NOT_APPLICABLE);
            }
        }
    }

    private static void assertDecidedBy(ScenarioBuilder s, ReasonCode expected) {
        ScalingPolicy policy = s.policy();
        ScalingContext ctx = s.context();
        assertThat(ScalingEngine.evaluate(policy, ctx).reasonCode()).as("evaluate").isEqualTo(expected);
        assertThat(ScalingEngine.decide(policy, ctx)).as("decide").isEqualTo(expected);
        if (expected != ReasonCode.INVALID_INPUT) {
            Entry last = ctx.position().entries().isEmpty() ? null
                    : ctx.position().entries().get(ctx.position().entries().size() - 1);
            ProposedEntry p = ctx.proposed();
            double minutes = last == null ? 0 : java.time.Duration.between(last.time(), p.time()).toSeconds() / 60.0;
            long bars = last == null ? 0 : p.bar() - last.bar();
            assertThat(new DecisionSweep(policy, ctx).decide(p.price(), p.quantity(), minutes, bars, p.signalQuality(),
                    ctx.market().atr(), ctx.market().spreadBps())).as("sweep").isEqualTo(expected);
        }
    }
}
