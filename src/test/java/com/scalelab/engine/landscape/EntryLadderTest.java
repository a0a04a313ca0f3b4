package com.scalelab.engine.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntryLadderTest {
    private static final org.assertj.core.data.Offset<Double> EPS = within(1e-9);

    @Test
    void pyramidLadderMatchesHandComputedLevels() {
        // long 10 @ 100, stop 95, equity 10,000, ATR 2; proposed 5 @ 103 approved;
        // next levels every 1 ATR (min spacing 1) up, quantity 10 x 0.5^k
        EntryLadder ladder = EntryLadder.build(Samples.pyramid(), Samples.pyramidScenario(), 5);
        assertThat(ladder.entries()).hasSize(1);
        LadderLevel first = ladder.entries().get(0);
        assertThat(first.positionPct()).isCloseTo(10 * 100.0 / 10_000 * 100, EPS);
        assertThat(first.riskPct()).isCloseTo(10 * 5.0 / 10_000 * 100, EPS);

        LadderLevel proposed = ladder.proposed();
        assertThat(proposed.decision()).isEqualTo(Decision.SCALE);
        assertThat(proposed.cumulativeQuantity()).isEqualTo(15.0);
        assertThat(proposed.averagePrice()).isCloseTo((10 * 100.0 + 5 * 103.0) / 15, EPS);
        assertThat(proposed.positionPct()).isCloseTo(15 * 103.0 / 10_000 * 100, EPS);
        assertThat(proposed.breakEvenBouncePct()).isNull();

        List<LadderLevel> next = ladder.next();
        assertThat(next).hasSize(2);
        LadderLevel l1 = next.get(0);
        assertThat(l1.price()).isCloseTo(105.0, EPS);
        assertThat(l1.quantity()).isCloseTo(2.5, EPS);
        assertThat(l1.cumulativeQuantity()).isCloseTo(17.5, EPS);
        assertThat(l1.averagePrice()).isCloseTo((1000 + 515 + 2.5 * 105) / 17.5, EPS);
        assertThat(l1.positionPct()).isCloseTo(17.5 * 105 / 10_000 * 100, EPS);
        assertThat(l1.riskPct()).isCloseTo((10 * 5 + 5 * 8 + 2.5 * 10) / 10_000.0 * 100, EPS);
        assertThat(l1.allowedFrom()).isCloseTo(105.0, EPS);
        assertThat(l1.allowedTo()).isCloseTo(103 + 4 * 2.0, EPS);
        assertThat(l1.decision()).isEqualTo(Decision.SCALE);

        LadderLevel l2 = next.get(1);
        assertThat(l2.price()).isCloseTo(107.0, EPS);
        assertThat(l2.quantity()).isCloseTo(1.25, EPS);
        assertThat(l2.cumulativeQuantity()).isCloseTo(18.75, EPS);
        // 18.75 x 107 = 2006.25 is 20.06% of equity: over the 20% cap
        assertThat(l2.positionPct()).isCloseTo(18.75 * 107 / 10_000 * 100, EPS);
        assertThat(l2.decision()).isEqualTo(Decision.BLOCK);
        assertThat(l2.reason()).isEqualTo(ReasonCode.MAX_POSITION_EXCEEDED);
        assertThat(l2.limit()).isEqualTo(20.0);
        assertThat(l2.blockedBy()).isEqualTo("MAX_POSITION_EXCEEDED limit 20");
        assertThat(ladder.note()).contains("MAX_POSITION_EXCEEDED");
    }

    @Test
    void averageDownLadderMatchesHandComputedLevels() {
        // long 10 @ 100, stop 70, equity 20,000, ATR 2; proposed 20 @ 97 approved (1.5 ATR lower);
        // next levels 1.5 ATR = 3 lower each, quantity 10 x 2^k
        EntryLadder ladder = EntryLadder.build(Samples.averageDown(), Samples.averageDownScenario(), 5);
        LadderLevel proposed = ladder.proposed();
        assertThat(proposed.decision()).isEqualTo(Decision.SCALE);
        assertThat(proposed.averagePrice()).isCloseTo(98.0, EPS);
        assertThat(proposed.riskPct()).isCloseTo((10 * 30 + 20 * 27) / 20_000.0 * 100, EPS);
        assertThat(proposed.breakEvenBouncePct()).isCloseTo((98.0 - 97) / 97 * 100, EPS);

        List<LadderLevel> next = ladder.next();
        assertThat(next).hasSize(2);
        LadderLevel l1 = next.get(0);
        assertThat(l1.price()).isCloseTo(94.0, EPS);
        assertThat(l1.quantity()).isCloseTo(40.0, EPS);
        assertThat(l1.cumulativeQuantity()).isCloseTo(70.0, EPS);
        double avg1 = (1000 + 1940 + 40 * 94.0) / 70;
        assertThat(l1.averagePrice()).isCloseTo(avg1, EPS);
        assertThat(l1.positionPct()).isCloseTo(70 * 94.0 / 20_000 * 100, EPS);
        assertThat(l1.riskPct()).isCloseTo((300 + 540 + 40 * 24) / 20_000.0 * 100, EPS);
        assertThat(l1.breakEvenBouncePct()).isCloseTo((avg1 - 94) / 94 * 100, EPS);
        assertThat(l1.allowedFrom()).isCloseTo(94.0, EPS);
        assertThat(l1.allowedTo()).isCloseTo(91.0, EPS);
        assertThat(l1.decision()).isEqualTo(Decision.SCALE);

        LadderLevel l2 = next.get(1);
        assertThat(l2.price()).isCloseTo(91.0, EPS);
        assertThat(l2.quantity()).isCloseTo(80.0, EPS);
        assertThat(l2.cumulativeQuantity()).isCloseTo(150.0, EPS);
        // risk 1800 + 80 x 21 = 3480 is 17.4% of equity: over the 10% budget
        assertThat(l2.riskPct()).isCloseTo(3480 / 20_000.0 * 100, EPS);
        assertThat(l2.reason()).isEqualTo(ReasonCode.RISK_BUDGET_EXCEEDED);
        assertThat(l2.blockedBy()).isEqualTo("RISK_BUDGET_EXCEEDED limit 10");
        assertThat(ladder.note()).contains("RISK_BUDGET_EXCEEDED");
    }

    @Test
    void aRefusedProposalIsNotTakenAndTheLadderStepsFromTheLastEntry() {
        ScalingPolicy policy = Samples.pyramid();
        ScalingContext ctx = Samples.withProposal(Samples.pyramidScenario(), 101, 90, 6, 0.8);
        EntryLadder ladder = EntryLadder.build(policy, ctx, 3);
        assertThat(ladder.proposed().decision()).isEqualTo(Decision.SKIP);
        assertThat(ladder.next().get(0).price()).isCloseTo(102.0, EPS);
        // the suggested quantity of a second entry is 10 x 0.5
        assertThat(ladder.next().get(0).quantity()).isCloseTo(5.0, EPS);
    }

    @Test
    void eachNextLevelIsWhatTheEngineSaysForThatAdd() {
        ScalingPolicy policy = Samples.averageDown();
        ScalingContext ctx = Samples.averageDownScenario();
        EntryLadder ladder = EntryLadder.build(policy, ctx, 4);
        // the proposed rung carries the verdict of the scenario itself
        assertThat(ladder.proposed().reason()).isEqualTo(ScalingEngine.evaluate(policy, ctx).reasonCode());
    }

    @Test
    void csvIsRfc4180() {
        EntryLadder ladder = EntryLadder.build(Samples.pyramid(), Samples.pyramidScenario(), 5);
        String csv = LadderCsv.toCsv(ladder);
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(ladder.levels().size() + 2);
        assertThat(lines[lines.length - 1]).isEmpty();
        assertThat(csv.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        assertThat(lines[0]).startsWith("Row,Entry,Price,Quantity,Cumulative quantity,Average price");
        assertThat(lines[1]).startsWith("Entry,1,100,10,10,100,10,0.5,");
        assertThat(lines[2]).startsWith("Proposed,2,103,5,15,");
        assertThat(lines[4]).contains(",BLOCK,MAX_POSITION_EXCEEDED,MAX_POSITION_EXCEEDED limit 20,");
        for (String line : lines) {
            if (!line.isEmpty()) {
                assertThat(line.split(",", -1)).hasSize(LadderCsv.HEADER.size());
            }
        }
        assertThat(LadderCsv.field("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(LadderCsv.field("line\nbreak")).isEqualTo("\"line\nbreak\"");
    }
}
