package com.scalelab.engine.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.engine.Direction;
import com.scalelab.engine.ScalingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** A stale or cancelled replay stops with CancellationException instead of finishing its bars. */
class ReplayCancellationTest {
    private static final BarSeries BARS = ReplayCases.bars(new Random(7), 20_000);
    private static final RunSettings RUN = Replays.run(Direction.LONG).settings();

    @Test
    void aProgressCancelledFromTheStartStopsBothEntryPoints() {
        ReplayProgress cancelled = new ReplayProgress() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        List<ReplayDecision> seen = new ArrayList<>();
        ReplaySink sink = new ReplaySink() {
            @Override
            public void decision(ReplayDecision decision, ScalingResult result) {
                seen.add(decision);
            }
        };
        assertThatThrownBy(() -> ReplayWalk.stream(Replays.oneEntry(), RUN, BARS, sink, cancelled))
                .isInstanceOf(CancellationException.class);
        assertThat(seen).isEmpty();
        assertThatThrownBy(() -> ReplayWalk.run(Replays.oneEntry(), RUN, BARS, cancelled))
                .isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancelMidWalkStopsAtTheNextPollAndProgressWasReported() {
        List<Long> reported = new ArrayList<>();
        boolean[] cancel = new boolean[1];
        ReplayProgress progress = new ReplayProgress() {
            @Override
            public boolean isCancelled() {
                return cancel[0];
            }

            @Override
            public void progress(long done, long total) {
                reported.add(done);
                assertThat(total).isEqualTo(BARS.size());
            }
        };
        List<Integer> bars = new ArrayList<>();
        ReplaySink sink = new ReplaySink() {
            @Override
            public void decision(ReplayDecision decision, ScalingResult result) {
                bars.add(decision.bar());
                if (decision.bar() >= 5_000) {
                    cancel[0] = true; // the user presses Cancel once bar 5,000 is judged
                }
            }
        };
        assertThatThrownBy(() -> ReplayWalk.stream(Replays.oneEntry(), RUN, BARS, sink, progress))
                .isInstanceOf(CancellationException.class);
        // polled every 4,096 bars from the warm-up (0 here): the poll at bar 8,192 sees it
        assertThat(bars).isNotEmpty().allMatch(b -> b < 2 * ReplayWalk.POLL_EVERY);
        assertThat(bars.get(bars.size() - 1)).isGreaterThanOrEqualTo(5_000);
        assertThat(reported).containsExactly(0L, (long) ReplayWalk.POLL_EVERY);
    }

    @Test
    void anUncancelledWalkReportsItsEnd() {
        List<Long> reported = new ArrayList<>();
        ReplayWalk.stream(Replays.oneEntry(), RUN, BARS, new ReplaySink() {
        }, new ReplayProgress() {
            @Override
            public void progress(long done, long total) {
                reported.add(done);
            }
        });
        assertThat(reported).startsWith(0L).endsWith((long) BARS.size()).isSorted();
    }
}
