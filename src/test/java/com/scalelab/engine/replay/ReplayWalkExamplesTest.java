package com.scalelab.engine.replay;

import static com.scalelab.engine.replay.Replays.EQUITY;
import static com.scalelab.engine.replay.Replays.START;
import static com.scalelab.engine.replay.Replays.bar;
import static com.scalelab.engine.replay.Replays.bars;
import static com.scalelab.engine.replay.Replays.oneEntry;
import static com.scalelab.engine.replay.Replays.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The walk of replay contract section 3 on series short enough to follow by hand. Unless a test
 * says otherwise (see {@link Replays}): ATR period 1, so ATR_t = TR_t; equity 100,000 and 10%
 * notional, so an entry at 100 is 100,000 x 10 / 100 / 100 = 100 units; the stop 2 ATR away.
 */
class ReplayWalkExamplesTest {

    // ---------------------------------------------------------------------------------- ATR, warm-up

    @Test
    void wilderAtrOverThreeBarsThenSmoothed() {
        BarSeries b = bars(
                bar(10, 12, 9, 11),       // TR0 = 12 - 9 = 3
                bar(11, 13, 10, 12),      // TR1 = max(13 - 10, |13 - 11|, |10 - 11|) = max(3, 2, 1) = 3
                bar(12, 12.5, 11, 11.5),  // TR2 = max(1.5, |12.5 - 12| = 0.5, |11 - 12| = 1) = 1.5
                bar(13, 15, 12.5, 14),    // TR3 = max(2.5, |15 - 11.5| = 3.5, |12.5 - 11.5| = 1) = 3.5 (the gap counts)
                bar(14, 14.5, 13, 13.5)); // TR4 = max(1.5, |14.5 - 14| = 0.5, |13 - 14| = 1) = 1.5
        double[] atr = ReplayWalk.atr(b, 3);
        double atr2 = (3 + 3 + 1.5) / 3;        // 2.5: the mean of the first n true ranges
        double atr3 = (atr2 * (3 - 1) + 3.5) / 3; // 8.5 / 3 = 2.8333...
        double atr4 = (atr3 * (3 - 1) + 1.5) / 3; // 21.5 / 9 = 2.3888...
        assertThat(atr[0]).isNaN();
        assertThat(atr[1]).isNaN();
        assertThat(atr[2]).isEqualTo(2.5).isEqualTo(atr2);
        assertThat(atr[3]).isEqualTo(atr3).isEqualTo(8.5 / 3);
        assertThat(atr[4]).isEqualTo(atr4);
    }

    @Test
    void nothingHappensBeforeTheWarmUpAndTheFirstProposalUsesTheFirstAtr() {
        BarSeries b = bars(
                bar(10, 12, 9, 11),
                bar(11, 13, 10, 12),
                bar(12, 12.5, 11, 11.5),
                bar(13, 15, 12.5, 14));
        // EVERY_BAR with n = 3: w = n - 1 = 2, the first bar with an ATR (2.5, as above)
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).atrPeriod(3).settings(), b,
                ReplayProgress.NONE);
        ReplayDecision first = r.decisions().get(0);
        assertThat(first.bar()).isEqualTo(2);
        assertThat(first.kind()).isEqualTo(ProposalKind.OPEN);
        assertThat(first.atr()).isEqualTo(2.5);
        assertThat(first.stopPrice()).isEqualTo(11.5 - 2 * 2.5); // close - 2 ATR = 6.5
        // 100,000 x 10 / 100 / 11.5
        assertThat(first.quantity()).isEqualTo(100_000.0 * 10 / 100 / 11.5);
        assertThat(r.markToMarket()[0]).isNaN();
        assertThat(r.markToMarket()[1]).isNaN();
        assertThat(r.drawdownPct()[1]).isNaN();
        assertThat(r.markToMarket()[2]).isEqualTo(EQUITY); // entered at the close: no open profit yet
        assertThat(r.summary().bars()).isEqualTo(4);
        assertThat(r.summary().decisions()).isEqualTo(2); // OPEN at 2, ADD (blocked) at 3
    }

    // ---------------------------------------------------------------------------------- open rules

    @Test
    void aLongBreakoutOpensOnACloseAboveTheHighestHighOfTheLookback() {
        BarSeries b = bars(
                bar(95, 98, 94, 97),
                bar(97, 99, 96, 98),
                bar(98, 99, 97, 99),     // t2: close 99 > max(H0 98, H1 99) = 99? no, strictly above is needed
                bar(99, 101, 98, 100),   // t3: close 100 > max(H1 99, H2 99) = 99: OPEN; TR3 = max(3, 2, 1) = 3
                bar(100, 102, 99, 101)); // t4: low 99 > stop 94: still open; the add is blocked (maxEntries 1)
        RunSettings run = run(Direction.LONG).open(OpenRule.BREAKOUT, 2).settings(); // w = max(0, 2) = 2
        ReplayResult r = ReplayWalk.run(oneEntry(), run, b, ReplayProgress.NONE);

        assertThat(r.decisions()).extracting(ReplayDecision::bar, ReplayDecision::kind, ReplayDecision::reasonCode)
                .containsExactly(
                        tuple(3, ProposalKind.OPEN, ReasonCode.INITIAL_ENTRY),
                        tuple(4, ProposalKind.ADD, ReasonCode.MAX_ENTRIES_REACHED));
        ReplayDecision open = r.decisions().get(0);
        assertThat(open.price()).isEqualTo(100);
        assertThat(open.quantity()).isEqualTo(100); // 100,000 x 10 / 100 / 100
        assertThat(open.atr()).isEqualTo(3);
        assertThat(open.stopPrice()).isEqualTo(94); // 100 - 2 x 3
        assertThat(r.decisions().get(1).decision()).isEqualTo(Decision.BLOCK);
        // END at the last close 101: pnl = +1 x 100 x (101 - 100) = 100
        assertThat(r.exits()).containsExactly(
                new ReplayExit(4, START.plusSeconds(4 * 86_400L), ExitReason.END, 101, 1, 100, 100, 100, 100_100));
    }

    @Test
    void aShortBreakoutOpensOnACloseBelowTheLowestLowOfTheLookback() {
        BarSeries b = bars(
                bar(105, 106, 102, 103),
                bar(103, 104, 101, 102),
                bar(102, 103, 101, 101), // t2: close 101 < min(L0 102, L1 101) = 101? no
                bar(101, 102, 99, 100),  // t3: close 100 < min(L1 101, L2 101) = 101: OPEN; TR3 = max(3, 1, 2) = 3
                bar(100, 101, 98, 99));  // t4: high 101 < stop 106: still open
        RunSettings run = run(Direction.SHORT).open(OpenRule.BREAKOUT, 2).settings();
        ReplayResult r = ReplayWalk.run(oneEntry(), run, b, ReplayProgress.NONE);

        ReplayDecision open = r.decisions().get(0);
        assertThat(open.bar()).isEqualTo(3);
        assertThat(open.reasonCode()).isEqualTo(ReasonCode.INITIAL_ENTRY);
        assertThat(open.stopPrice()).isEqualTo(106); // 100 - (-1) x 2 x 3
        assertThat(open.quantity()).isEqualTo(100);
        // END at 99: pnl = -1 x 100 x (99 - 100) = +100
        ReplayExit end = r.exits().get(0);
        assertThat(end.reason()).isEqualTo(ExitReason.END);
        assertThat(end.pnl()).isEqualTo(100);
        assertThat(end.equityAfter()).isEqualTo(100_100);
    }

    @Test
    void aLongPullbackOpensOnACloseBelowTheLowestLowOfTheLookback() {
        BarSeries b = bars(
                bar(104, 105, 103, 104),
                bar(104, 104, 102, 103),
                bar(103, 103.5, 101, 102), // t2: close 102 < min(L0 103, L1 102) = 102? no
                bar(102, 102, 99, 100));   // t3: close 100 < min(L1 102, L2 101) = 101: OPEN; TR3 = max(3, 0, 3) = 3
        RunSettings run = run(Direction.LONG).open(OpenRule.PULLBACK, 2).settings();
        ReplayResult r = ReplayWalk.run(oneEntry(), run, b, ReplayProgress.NONE);

        assertThat(r.decisions()).hasSize(1);
        ReplayDecision open = r.decisions().get(0);
        assertThat(open.bar()).isEqualTo(3);
        assertThat(open.kind()).isEqualTo(ProposalKind.OPEN);
        assertThat(open.stopPrice()).isEqualTo(94); // 100 - 2 x 3
        // opened at the last bar's close and closed there with END: pnl 100 x (100 - 100) = 0
        assertThat(r.exits()).extracting(ReplayExit::bar, ReplayExit::reason, ReplayExit::pnl)
                .containsExactly(tuple(3, ExitReason.END, 0.0));
    }

    // ---------------------------------------------------------------------------------- exits

    /** Bar 0 of the exit examples: OPEN at 100, TR0 = 101 - 99 = 2, LONG stop 100 - 2 x 2 = 96, SHORT 104. */
    private static final double[] ENTRY_BAR = bar(100, 101, 99, 100);

    @Test
    void aGapThroughTheStopExitsAtTheOpen() {
        BarSeries b = bars(ENTRY_BAR,
                bar(95, 97, 94, 96)); // open 95 <= stop 96: out at 95, not at 96
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        // pnl = 100 x (95 - 100) = -500
        assertThat(r.exits()).containsExactly(
                new ReplayExit(1, START.plusSeconds(86_400L), ExitReason.STOP, 95, 1, 100, 100, -500, 99_500));
        assertThat(r.summary().pnl()).isEqualTo(-500);
        assertThat(r.summary().equityEnd()).isEqualTo(99_500);
    }

    @Test
    void aStopHitIntrabarExitsAtTheStop() {
        BarSeries b = bars(ENTRY_BAR,
                bar(99, 100, 95, 97)); // open 99 > 96, low 95 <= 96: out at the stop 96
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        ReplayExit exit = r.exits().get(0);
        assertThat(exit.reason()).isEqualTo(ExitReason.STOP);
        assertThat(exit.price()).isEqualTo(96);
        assertThat(exit.pnl()).isEqualTo(-400); // 100 x (96 - 100)
    }

    @Test
    void aShortStopIsHitByTheHigh() {
        BarSeries b = bars(ENTRY_BAR,
                bar(103, 105, 102, 104)); // SHORT stop 100 + 2 x 2 = 104: open 103 < 104, high 105 >= 104
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.SHORT).settings(), b, ReplayProgress.NONE);
        ReplayExit exit = r.exits().get(0);
        assertThat(exit.reason()).isEqualTo(ExitReason.STOP);
        assertThat(exit.price()).isEqualTo(104);
        assertThat(exit.pnl()).isEqualTo(-400); // -1 x 100 x (104 - 100)
    }

    @Test
    void aTakeProfitHitIntrabarExitsAtTheTakeProfitPrice() {
        BarSeries b = bars(ENTRY_BAR,
                bar(101, 104, 100, 102)); // tp = 100 x (1 + 3 / 100) = 103: open 101 < 103, high 104 >= 103
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).takeProfitPct(3.0).settings(), b,
                ReplayProgress.NONE);
        ReplayExit exit = r.exits().get(0);
        assertThat(exit.reason()).isEqualTo(ExitReason.TAKE_PROFIT);
        assertThat(exit.price()).isEqualTo(100 * (1 + 3.0 / 100)).isEqualTo(103);
        assertThat(exit.pnl()).isEqualTo(300); // 100 x (103 - 100)
        assertThat(exit.equityAfter()).isEqualTo(100_300);
    }

    @Test
    void aGapOverTheTakeProfitExitsAtTheOpen() {
        BarSeries b = bars(ENTRY_BAR,
                bar(105, 106, 104, 105)); // open 105 >= tp 103: out at 105, the better price
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).takeProfitPct(3.0).settings(), b,
                ReplayProgress.NONE);
        ReplayExit exit = r.exits().get(0);
        assertThat(exit.reason()).isEqualTo(ExitReason.TAKE_PROFIT);
        assertThat(exit.price()).isEqualTo(105);
        assertThat(exit.pnl()).isEqualTo(500); // 100 x (105 - 100)
    }

    @Test
    void aShortGapBelowTheTakeProfitExitsAtTheOpen() {
        BarSeries b = bars(ENTRY_BAR,
                bar(96, 97, 95, 96)); // SHORT tp = 100 x (1 - 3 / 100) = 97: open 96 <= 97
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.SHORT).takeProfitPct(3.0).settings(), b,
                ReplayProgress.NONE);
        ReplayExit exit = r.exits().get(0);
        assertThat(exit.reason()).isEqualTo(ExitReason.TAKE_PROFIT);
        assertThat(exit.price()).isEqualTo(96);
        assertThat(exit.pnl()).isEqualTo(400); // -1 x 100 x (96 - 100)
    }

    @Test
    void whenOneBarReachesBothTheStopWins() {
        BarSeries b = bars(ENTRY_BAR,
                bar(100, 104, 95, 100)); // high 104 >= tp 103 and low 95 <= stop 96: assume the stop first
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).takeProfitPct(3.0).settings(), b,
                ReplayProgress.NONE);
        ReplayExit exit = r.exits().get(0);
        assertThat(exit.reason()).isEqualTo(ExitReason.STOP);
        assertThat(exit.price()).isEqualTo(96);
        assertThat(exit.pnl()).isEqualTo(-400);
    }

    @Test
    void theEndClosesAnOpenPositionAtTheLastCloseAndTheLastMarkIsTheFinalEquity() {
        BarSeries b = bars(ENTRY_BAR,
                bar(100, 102, 99, 101),
                bar(101, 103, 100, 102.5)); // still open after the last bar: END at 102.5
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        // pnl = 100 x (102.5 - 100) = 250
        assertThat(r.exits()).containsExactly(
                new ReplayExit(2, START.plusSeconds(2 * 86_400L), ExitReason.END, 102.5, 1, 100, 100, 250, 100_250));
        assertThat(r.cycles()).hasSize(1);
        assertThat(r.cycles().get(0).closeBar()).isEqualTo(2);
        // M at the last bar is taken before the END close and equals the equity after it
        assertThat(r.markToMarket()[2]).isEqualTo(100_250).isEqualTo(r.summary().equityEnd());
        assertThat(r.summary().cycles()).isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------- stop moves

    @Test
    void fromAverageMovesTheStopAfterAnApprovedAddAndKeepsThePositionThroughABarThatStopsFixed() {
        ScalingPolicy pyramid = Replays.policy(3, ScalingMode.PYRAMID, 0.5);
        BarSeries b = bars(ENTRY_BAR,
                // t1: TR1 = max(3, |103 - 100| = 3, 0) = 3; ADD 100 x 0.5^1 = 50 at 102 (moved up: PYRAMID approves)
                bar(100, 103, 100, 102),
                // t2: open 96 <= 96 stops the FIXED position; FROM_AVERAGE's stop is 94.67, so it stays open
                bar(96, 97, 95, 96));
        // averagePriceAfter = (100 x 100 + 50 x 102) / 150 = 15,100 / 150 = 100.666...; stop = that - 2 x 3
        double movedStop = (100.0 * 100 + 50.0 * 102) / 150 - 2 * 3.0;

        ReplayResult fromAverage = ReplayWalk.run(pyramid, run(Direction.LONG).stopMode(StopMode.FROM_AVERAGE).settings(),
                b, ReplayProgress.NONE);
        ReplayDecision add = fromAverage.decisions().get(1);
        assertThat(add.reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
        assertThat(add.quantity()).isEqualTo(50);
        assertThat(add.stopPrice()).isEqualTo(96); // judged against the stop in force before it
        ReplayCycle cycle = fromAverage.cycles().get(0);
        assertThat(cycle.stopAfterEntry()).containsExactly(96.0, movedStop); // initial entry: s itself
        // the next add is judged against the moved stop; 25 at 96 moved down: PYRAMID skips it
        ReplayDecision next = fromAverage.decisions().get(2);
        assertThat(next.stopPrice()).isEqualTo(movedStop);
        assertThat(next.quantity()).isEqualTo(25); // 100 x 0.5^2
        assertThat(next.reasonCode()).isEqualTo(ReasonCode.PRICE_STRUCTURE_MISMATCH);
        // END at 96: pnl = 100 x (96 - 100) + 50 x (96 - 102) = -400 - 300 = -700
        assertThat(fromAverage.exits()).extracting(ReplayExit::reason, ReplayExit::pnl, ReplayExit::averagePrice)
                .containsExactly(tuple(ExitReason.END, -700.0, 15_100.0 / 150));

        ReplayResult fixed = ReplayWalk.run(pyramid, run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        assertThat(fixed.cycles().get(0).stopAfterEntry()).containsExactly(96.0, 96.0);
        // FIXED: out at the open 96: pnl = 100 x (96 - 100) + 50 x (96 - 102) = -700 as well, but with STOP at bar 2
        assertThat(fixed.exits()).extracting(ReplayExit::bar, ReplayExit::reason, ReplayExit::price)
                .containsExactly(tuple(2, ExitReason.STOP, 96.0));
        assertThat(fixed.decisions()).hasSize(2); // nothing proposed on the bar of the exit
    }

    // ---------------------------------------------------------------------------------- figures

    @Test
    void maxDrawdownIsTheLargestFallOfMarkToMarketFromItsRunningPeak() {
        BarSeries b = bars(ENTRY_BAR,        // M0 = 100,000 (entered at the close)
                bar(100, 101, 98, 98),       // M1 = 100,000 + 100 x (98 - 100) = 99,800: 200 / 100,000 = 0.2%
                bar(98, 103, 98, 103),       // M2 = 100,300: a new peak, 0%
                bar(103, 103, 100, 101),     // M3 = 100,100: 200 / 100,300
                bar(101, 101, 97, 97.5));    // M4 = 99,750 (low 97 > stop 96): 550 / 100,300 = 0.548%
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        assertThat(r.markToMarket()).containsExactly(100_000, 99_800, 100_300, 100_100, 99_750);
        assertThat(r.drawdownPct()).containsExactly(0, 200.0 / 100_000 * 100, 0, 200.0 / 100_300 * 100,
                550.0 / 100_300 * 100);
        assertThat(r.summary().maxDrawdownPct()).isEqualTo((100_300.0 - 99_750) / 100_300 * 100);
        // the largest open loss while open: 100 x (100 - 97.5) = 250 at bar 4
        assertThat(r.cycles().get(0).largestAdverseMove()).isEqualTo(250);
    }

    @Test
    void noNewPositionOnTheBarOfAnExit() {
        BarSeries b = bars(ENTRY_BAR,
                bar(95, 97, 94, 96),  // stopped at the open 95: E = 100,000 - 500 = 99,500; no proposal at bar 1
                bar(96, 97, 95, 96)); // flat again: OPEN at 96 with 99,500 x 10 / 100 / 96 units
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        assertThat(r.decisions()).extracting(ReplayDecision::bar).containsExactly(0, 2);
        ReplayDecision reopen = r.decisions().get(1);
        assertThat(reopen.kind()).isEqualTo(ProposalKind.OPEN);
        assertThat(reopen.quantity()).isEqualTo(99_500.0 * 10 / 100 / 96);
        assertThat(r.contextAt(1).equity()).isEqualTo(99_500);
        // TR2 = max(2, |97 - 96|, |95 - 96|) = 2: stop 96 - 2 x 2 = 92
        assertThat(reopen.stopPrice()).isEqualTo(92);
        assertThat(r.markToMarket()[1]).isEqualTo(99_500);
        assertThat(r.summary().cycles()).isEqualTo(2);
    }

    @Test
    void theBarOfAnEntryIsNeverCheckedForAnExit() {
        // TR0 = 101 - 90 = 11, stop 0.5 ATR: 100 - 0.5 x 11 = 94.5; bar 0's own low 90 is below it, but
        // the entry is made at the close, after that low: the exit check starts at bar 1
        BarSeries b = bars(bar(100, 101, 90, 100),
                bar(99, 100, 95, 99)); // low 95 > 94.5: still open
        ReplayResult r = ReplayWalk.run(oneEntry(), run(Direction.LONG).stopAtr(0.5).settings(), b, ReplayProgress.NONE);
        assertThat(r.decisions().get(0).stopPrice()).isEqualTo(94.5);
        assertThat(r.exits()).extracting(ReplayExit::bar, ReplayExit::reason)
                .containsExactly(tuple(1, ExitReason.END));
    }

    @Test
    void theSummaryCountsEveryReasonAndTheApprovedEntriesFigures() {
        ScalingPolicy pyramid = Replays.policy(3, ScalingMode.PYRAMID, 0.5);
        BarSeries b = bars(ENTRY_BAR, bar(100, 103, 100, 102), bar(96, 97, 95, 96));
        ReplaySummary s = ReplayWalk.stream(pyramid, run(Direction.LONG).stopMode(StopMode.FROM_AVERAGE).settings(), b,
                new ReplaySink() {
                }, ReplayProgress.NONE);
        assertThat(s.byReason()).hasSize(17);
        assertThat(List.copyOf(s.byReason().keySet())).containsExactly(ReasonCode.values());
        assertThat(s.byReason()).containsEntry(ReasonCode.INITIAL_ENTRY, 1).containsEntry(ReasonCode.SCALE_APPROVED, 1)
                .containsEntry(ReasonCode.PRICE_STRUCTURE_MISMATCH, 1).containsEntry(ReasonCode.INVALID_INPUT, 0);
        assertThat(s.decisions()).isEqualTo(3);
        assertThat(s.approvedEntries()).isEqualTo(2);
        assertThat(s.maxEntriesInACycle()).isEqualTo(2);
        // the add: position (100 + 50) x 102 / 100,000 x 100 = 15.3%;
        // risk 100 x (100 - 96) + 50 x (102 - 96) = 700: 0.7% (the initial entry was lower on both: 10% and 0.4%)
        assertThat(s.maxPositionPct()).isEqualTo((100.0 + 50) * 102 / 100_000 * 100);
        assertThat(s.maxRiskPct()).isEqualTo(700.0 / 100_000 * 100);
        assertThat(s.pnl()).isEqualTo(-700);
        assertThat(s.equityEnd()).isEqualTo(99_300);
    }

    @Test
    void aPolicyTheEngineRefusesGivesInvalidInputAtEveryBarAndNoPosition() {
        ScalingPolicy unnamed = Replays.oneEntry().withName("");
        BarSeries b = bars(ENTRY_BAR, bar(100, 102, 99, 101));
        ReplayResult r = ReplayWalk.run(unnamed, run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        assertThat(r.decisions()).extracting(ReplayDecision::kind, ReplayDecision::reasonCode, ReplayDecision::metrics)
                .containsExactly(tuple(ProposalKind.OPEN, ReasonCode.INVALID_INPUT, null),
                        tuple(ProposalKind.OPEN, ReasonCode.INVALID_INPUT, null));
        assertThat(r.exits()).isEmpty();
        assertThat(r.summary().equityEnd()).isEqualTo(EQUITY);
        assertThat(r.summary().maxPositionPct()).isZero();
    }

    @Test
    void theJudgedContextIsTheContractsScenario() {
        ScalingPolicy pyramid = Replays.policy(3, ScalingMode.PYRAMID, 0.5);
        BarSeries b = bars(ENTRY_BAR, bar(100, 103, 100, 102), bar(96, 97, 95, 96));
        ReplayResult r = ReplayWalk.run(pyramid, run(Direction.LONG).settings(), b, ReplayProgress.NONE);
        var ctx = r.contextAt(1); // the add at bar 1
        assertThat(ctx.equity()).isEqualTo(EQUITY);
        assertThat(ctx.position().direction()).isEqualTo(Direction.LONG);
        assertThat(ctx.position().stopPrice()).isEqualTo(96);
        assertThat(ctx.position().entries()).containsExactly(new Entry(100, 100, START, 0));
        assertThat(ctx.brokerPositionQuantity()).isEqualTo(100);
        assertThat(ctx.pendingOrders()).isEmpty();
        assertThat(ctx.market().atr()).isEqualTo(3);
        assertThat(ctx.proposed().price()).isEqualTo(102);
        assertThat(ctx.proposed().quantity()).isEqualTo(50);
        assertThat(ctx.proposed().time()).isEqualTo(START.plusSeconds(86_400L));
        assertThat(ctx.proposed().bar()).isEqualTo(1);
        assertThat(ctx.proposed().signalQuality()).isEqualTo(1.0);
        assertThat(ctx.symbol()).isEqualTo("TEST");
    }
}
