package com.scalelab.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.LabSession;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scenario view-model without a window: what the sliders mean and what Add entry does. */
class ScenarioViewModelTest {
    private final LabSession session = LabFixtures.session();
    private final ScenarioViewModel model = new ScenarioViewModel(session);

    @Test
    void theLoadedScenarioIsDescribedExactlyAndTimeAndBarAreCountedFromTheLastEntry() {
        assertThat(model.toContext()).isEqualTo(LabFixtures.longOneEntryAt100());
        assertThat(model.minutesSinceLastProperty().get()).isEqualTo(90.0);
        assertThat(model.barsSinceLastProperty().get()).isEqualTo(6.0);

        model.minutesSinceLastProperty().set(75);
        model.barsSinceLastProperty().set(4);
        ProposedEntry p = session.getContext().proposed();
        assertThat(p.time()).isEqualTo(LabFixtures.FIRST_TIME.plusSeconds(75 * 60));
        assertThat(p.bar()).isEqualTo(124);
        assertThat(model.timeCaptionProperty().get()).isEqualTo("at 5 Jan 2026 15:45 UTC");
        assertThat(model.barCaptionProperty().get()).isEqualTo("bar 124");
    }

    @Test
    void everyChangeIsPushedAtOnceAndTheVerdictFollows() {
        assertThat(session.getResult().reasonCode()).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        model.priceProperty().set(103);
        assertThat(session.getContext().proposed().price()).isEqualTo(103.0);
        assertThat(session.getResult().decision()).isEqualTo(Decision.SCALE);
        model.spreadBpsProperty().set(25);
        assertThat(session.getResult().reasonCode()).isEqualTo(ReasonCode.EXECUTION_INFEASIBLE);
        assertThat(model.addEntryTextProperty().get()).isEqualTo("Skip: spread too wide");
    }

    @Test
    void slidersSpanFollowTheScenarioAndThePolicy() {
        assertThat(model.priceRangeProperty().get()).isEqualTo(new Range(84, 116));
        assertThat(model.minutesRangeProperty().get()).isEqualTo(new Range(0, 240));
        assertThat(model.barsRangeProperty().get()).isEqualTo(new Range(0, 20));

        model.atrProperty().set(3);
        assertThat(model.priceRangeProperty().get()).isEqualTo(new Range(76, 124));

        ScalingPolicy p = session.getPolicy();
        session.policyProperty().set(p.withQualification(new ScalingPolicy.Qualification(120, 8, 0.6, 1.0, 4.0,
                p.qualification().volatilityPct())));
        assertThat(model.minutesRangeProperty().get()).isEqualTo(new Range(0, 480));
        assertThat(model.barsRangeProperty().get()).isEqualTo(new Range(0, 32));
    }

    @Test
    void addEntryIsRefusedUnlessTheVerdictIsScale() {
        List<LabSession.DecisionSnapshot> recorded = new ArrayList<>();
        session.addRecordListener(recorded::add);
        assertThat(model.addEntry()).isFalse();
        assertThat(session.getContext().position().entries()).hasSize(1);
        assertThat(recorded).isEmpty();
        assertThat(model.addEntryTextProperty().get()).isEqualTo("Skip: spacing out of range");
        assertThat(model.addEntryHintProperty().get()).startsWith("PRICE_SPACING_OUT_OF_RANGE: The entry is 0.5 ATR");
    }

    @Test
    void addEntryRecordsTheApprovalThenMovesTheSlidersToTheNextRung() {
        List<LabSession.DecisionSnapshot> recorded = new ArrayList<>();
        session.addRecordListener(recorded::add);
        model.priceProperty().set(104);

        assertThat(model.addEntry()).isTrue();

        assertThat(recorded).singleElement().satisfies(s -> {
            assertThat(s.trigger()).isEqualTo("add entry");
            assertThat(s.result().decision()).isEqualTo(Decision.SCALE);
            assertThat(s.context().position().entries()).hasSize(1);
        });
        ScalingContext ctx = session.getContext();
        assertThat(ctx.position().entries()).last()
                .isEqualTo(new Entry(104, 5, Instant.parse("2026-01-05T16:00:00Z"), 126));
        assertThat(ctx.brokerPositionQuantity()).isEqualTo(15.0);
        assertThat(model.minutesSinceLastProperty().get()).isEqualTo(60.0);
        assertThat(model.barsSinceLastProperty().get()).isEqualTo(3.0);
        assertThat(ctx.proposed().price()).isEqualTo(108.0); // the same +2 ATR beyond the new last entry
        assertThat(ctx.proposed().quantity()).isEqualTo(2.5); // 10 x 0.5^2
        assertThat(model.priceCaptionProperty().get()).isEqualTo("108.00 · +2.00 ATR from last entry");
    }

    @Test
    void anInitialEntryStartsTheLadderOneSpacingAway() {
        ScalingContext flat = new ScalingContext("ES", 100_000, new Position(null, 95, List.of()), 0, List.of(),
                new Market(2, 4), new ProposedEntry(Direction.LONG, 100, 10, LabFixtures.FIRST_TIME, 120, 0.8));
        session.contextProperty().set(flat);
        assertThat(session.getResult().reasonCode()).isEqualTo(ReasonCode.INITIAL_ENTRY);
        assertThat(model.priceCaptionProperty().get()).contains("initial entry");

        assertThat(model.addEntry()).isTrue();

        ScalingContext ctx = session.getContext();
        assertThat(ctx.position().direction()).isEqualTo(Direction.LONG);
        assertThat(ctx.position().entries()).containsExactly(new Entry(100, 10, LabFixtures.FIRST_TIME, 120));
        assertThat(ctx.brokerPositionQuantity()).isEqualTo(10.0);
        assertThat(ctx.proposed().price()).isEqualTo(102.0); // minSpacingAtr 1 x ATR 2, upwards for a pyramid
        assertThat(ctx.proposed().time()).isEqualTo(LabFixtures.FIRST_TIME.plusSeconds(3600));
        assertThat(ctx.proposed().bar()).isEqualTo(123);
        assertThat(session.getResult().decision()).isEqualTo(Decision.SCALE);
    }

    @Test
    void theMismatchToggleOffsetsTheBrokerAndTheOffsetSurvivesEntryEdits() {
        model.ledgerMismatchProperty().set(true);
        assertThat(session.getContext().brokerPositionQuantity()).isEqualTo(11.0);
        assertThat(session.getResult().reasonCode()).isEqualTo(ReasonCode.LEDGER_MISMATCH);
        model.addEntryRow();
        assertThat(session.getContext().position().entries()).hasSize(2);
        assertThat(session.getContext().brokerPositionQuantity()).isEqualTo(21.0);
        model.ledgerMismatchProperty().set(false);
        assertThat(session.getContext().brokerPositionQuantity()).isEqualTo(20.0);

        model.brokerQuantityProperty().set(19);
        assertThat(model.ledgerMismatchProperty().get()).isTrue();
        model.directionProperty().set(Direction.SHORT);
        assertThat(session.getContext().brokerPositionQuantity()).isEqualTo(-19.0);
        assertThat(session.getContext().proposed().direction()).isEqualTo(Direction.SHORT);
    }

    @Test
    void thePendingOrderToggleAddsAndRemovesOnlyNonReduceOnlyOrders() {
        model.nonReduceOnlyPendingProperty().set(true);
        assertThat(session.getContext().pendingOrders()).singleElement()
                .satisfies(o -> assertThat(o.reduceOnly()).isFalse());
        assertThat(session.getResult().reasonCode()).isEqualTo(ReasonCode.PENDING_ORDER_CONFLICT);
        model.nonReduceOnlyPendingProperty().set(false);
        assertThat(session.getContext().pendingOrders()).isEmpty();
    }

    @Test
    void aContextPutInBySomeoneElseIsShownAndBecomesTheResetPoint() {
        ScalingContext other = LabFixtures.longOneEntryAt100().withEquity(50_000);
        session.contextProperty().set(other);
        assertThat(model.equityProperty().get()).isEqualTo(50_000.0);
        model.priceProperty().set(110);
        model.resetPosition();
        assertThat(session.getContext()).isEqualTo(other);
    }

    @Test
    void aWhatIfMoveOfTheSamePositionFromElsewhereKeepsTheResetPointAndTheSliderSpans() {
        ScalingContext loaded = session.getContext();
        Range atrSpan = model.atrRangeProperty().get();
        // as a click on the decision map with ATR on its second axis makes it
        ScalingContext moved = com.scalelab.engine.landscape.WhatIfPoint.of(loaded)
                .with(com.scalelab.engine.landscape.WhatIfInput.PRICE, loaded.proposed().price() + 3)
                .with(com.scalelab.engine.landscape.WhatIfInput.ATR, loaded.market().atr() * 2).applyTo(loaded);

        session.contextProperty().set(moved);

        assertThat(model.priceProperty().get()).isEqualTo(moved.proposed().price());
        assertThat(model.atrProperty().get()).isEqualTo(moved.market().atr());
        assertThat(model.atrRangeProperty().get()).isEqualTo(atrSpan);
        model.resetPosition();
        assertThat(session.getContext()).isEqualTo(loaded);
    }

    @Test
    void anEntryEditOutsideTheDomainIsRefusedAndSaysWhichField() {
        Entry first = model.entries().get(0);
        assertThat(model.replaceEntry(0, new Entry(first.price(), 0, first.time(), first.bar()))).isFalse();
        assertThat(model.entries().get(0)).isEqualTo(first);
        assertThat(model.statusProperty().get())
                .isEqualTo("Entry 1 quantity: expected a quantity above 0; the entry is unchanged.");
        assertThat(model.replaceEntry(0, new Entry(first.price(), first.quantity(), first.time(), -1))).isFalse();
        assertThat(model.statusProperty().get()).startsWith("Entry 1 bar: expected a whole bar number, 0 or more");

        // a good edit goes in, clears the message, and the broker follows the ledger: 10 -> 12
        assertThat(model.replaceEntry(0, new Entry(first.price(), 12, first.time(), first.bar()))).isTrue();
        assertThat(model.statusProperty().get()).isEmpty();
        assertThat(session.getContext().brokerPositionQuantity()).isEqualTo(12.0);
    }
}
