package com.scalelab.engine.replay;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;

import java.util.Collections;
import java.util.List;

/**
 * A finished replay as {@link ReplayWalk#run} keeps it. A decision's scenario is not stored: per
 * decision only the equity, the cycle and the entry count are, and {@link #contextAt} rebuilds the
 * rest from the decision, the cycle's entries and the bars, with the walk's arithmetic (16 bytes a
 * decision instead of a context object graph for each of a million bars). The arrays returned are
 * owned by the result: callers must not change them.
 */
final class RecordedReplay implements ReplayResult {
    private final RunSettings run;
    private final BarSeries bars;
    private final ReplayWalk.Recording recording;
    private final List<ReplayDecision> decisions;
    private final List<ReplayExit> exits;
    private final List<ReplayCycle> cycles;
    private final ReplaySummary summary;

    RecordedReplay(RunSettings run, BarSeries bars, ReplayWalk.Recording recording, ReplaySummary summary) {
        this.run = run;
        this.bars = bars;
        this.recording = recording;
        this.decisions = Collections.unmodifiableList(recording.decisions);
        this.exits = Collections.unmodifiableList(recording.exits);
        this.cycles = Collections.unmodifiableList(recording.cycles);
        this.summary = summary;
    }

    @Override
    public List<ReplayDecision> decisions() {
        return decisions;
    }

    @Override
    public List<ReplayExit> exits() {
        return exits;
    }

    @Override
    public List<ReplayCycle> cycles() {
        return cycles;
    }

    @Override
    public double[] markToMarket() {
        return recording.markToMarket;
    }

    @Override
    public double[] drawdownPct() {
        return recording.drawdownPct;
    }

    @Override
    public ReplaySummary summary() {
        return summary;
    }

    @Override
    public ScalingContext contextAt(int index) {
        ReplayDecision d = decisions.get(index);
        int count = recording.entriesAt[index];
        List<Entry> entries = count == 0 ? List.of() : cycles.get(recording.cycleAt[index]).entries().subList(0, count);
        Direction direction = run.direction();
        int sign = ReplayWalk.sign(direction);
        double sumQuantity = 0;
        for (int i = 0; i < count; i++) {
            sumQuantity += entries.get(i).quantity();
        }
        int bar = d.bar();
        return new ScalingContext(run.symbol(), recording.equityAt[index], new Position(direction, d.stopPrice(), entries),
                sign * sumQuantity, List.of(), new Market(d.atr(), run.spreadBps()),
                new ProposedEntry(direction, d.price(), d.quantity(), d.time(), bar, ReplayWalk.signalAt(run, bars, bar)));
    }
}
