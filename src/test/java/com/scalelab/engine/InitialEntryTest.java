package com.scalelab.engine;

import static com.scalelab.engine.CheckStatus.FAIL;
import static com.scalelab.engine.CheckStatus.NOT_APPLICABLE;
import static com.scalelab.engine.CheckStatus.PASS;
import static com.scalelab.engine.Decision.BLOCK;
import static com.scalelab.engine.Decision.SCALE;
import static com.scalelab.engine.ReasonCode.*;
import static com.scalelab.engine.ScenarioBuilder.initialEntry;
import static com.scalelab.engine.Verdicts.assertCheck;
import static com.scalelab.engine.Verdicts.assertVerdict;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** With no entries yet: check 1 and the first half of 7 pass, 2-6 and the stop side count, 8-14 do not apply. */
class InitialEntryTest {

    /** The checks the catalogue marks as not applying to a first entry (the contract's 8-14, see CheckCatalogueTest). */
    private static java.util.List<ReasonCode> notForAFirstEntry() {
        return CheckCatalogue.checks().stream().filter(c -> !c.appliesToInitialEntry())
                .map(CheckCatalogue.CheckSpec::code).toList();
    }

    @Test
    void aFirstEntryInsideEverySafetyLimitIsAnInitialEntry() {
        ScenarioBuilder s = initialEntry();
        assertVerdict(s, SCALE, INITIAL_ENTRY);
        ScalingResult r = s.evaluate();
        assertThat(r.explanation()).contains("Initial entry", "LONG", "10", "100");
        assertCheck(r, SCALING_DISABLED, PASS, 0.0, null);
        assertCheck(r, MAX_ENTRIES_REACHED, PASS, 1.0, 4.0);
        assertCheck(r, MAX_POSITION_EXCEEDED, PASS, 1.0, 20.0);
        assertCheck(r, LEDGER_MISMATCH, PASS, 0.0, 0.0);
        assertCheck(r, RISK_BUDGET_EXCEEDED, PASS, 0.05, 2.0);
        assertCheck(r, DIRECTION_CONFLICT, PASS, 95.0, 100.0);
        for (ReasonCode code : notForAFirstEntry()) {
            assertCheck(r, code, NOT_APPLICABLE, null, null);
        }
        // entriesAfter 1, 10 x 100 / 100,000 = 1%, risk 10 x 5 = 50, no suggestion without a first entry
        assertThat(r.metrics()).isEqualTo(new Metrics(1, 1.0, 50.0, 0.05, 100.0, null));
    }

    @Test
    void qualificationValuesThatWouldFailAnAddDoNotMatter() {
        ScenarioBuilder s = initialEntry().signal(0.0).spreadBps(900).atr(80).minSignalQuality(0.9);
        assertVerdict(s, SCALE, INITIAL_ENTRY);
    }

    @Test
    void scalingSwitchedOffStillAllowsTheFirstEntry() {
        ScenarioBuilder s = initialEntry().scalingEnabled(false).maxEntries(1);
        assertVerdict(s, SCALE, INITIAL_ENTRY);
        assertCheck(s.evaluate(), MAX_ENTRIES_REACHED, PASS, 1.0, 1.0);
    }

    @Test
    void aShortFirstEntryTakesItsDirectionFromTheProposal() {
        ScenarioBuilder s = initialEntry().proposedDirection(Direction.SHORT).stop(105);
        assertVerdict(s, SCALE, INITIAL_ENTRY);
        assertThat(s.evaluate().metrics().riskAmountAfter()).isCloseTo(50.0, within(1e-9));
        // a position direction that disagrees is not a conflict when nothing is held
        assertVerdict(initialEntry().positionDirection(Direction.LONG).proposedDirection(Direction.SHORT).stop(105),
                SCALE, INITIAL_ENTRY);
    }

    @Test
    void safetyChecksStillApply() {
        assertVerdict(initialEntry().quantity(250), BLOCK, MAX_POSITION_EXCEEDED);
        assertVerdict(initialEntry().pendingOrder(OrderSide.BUY, 10, false), BLOCK, PENDING_ORDER_CONFLICT);
        assertVerdict(initialEntry().broker(5), BLOCK, LEDGER_MISMATCH);
        assertVerdict(initialEntry().maxRiskPct(0.0499), BLOCK, RISK_BUDGET_EXCEEDED);
        assertVerdict(initialEntry().maxEntries(1), SCALE, INITIAL_ENTRY);
    }

    @Test
    void theStopSideIsStillChecked() {
        ScenarioBuilder s = initialEntry().stop(100);
        assertVerdict(s, BLOCK, DIRECTION_CONFLICT);
        assertCheck(s.evaluate(), DIRECTION_CONFLICT, FAIL, 100.0, 100.0);
        for (ReasonCode code : notForAFirstEntry()) {
            assertThat(s.evaluate().check(code).status()).isEqualTo(NOT_APPLICABLE);
        }
    }
}
