package com.scalelab.engine.replay;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;

import java.util.AbstractList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A finished replay as {@link ReplayWalk#run} keeps it. Decisions live in the recording's columns
 * and are made into records when read (equal records each time). A decision's scenario is not
 * stored: per decision only the equity, the cycle and the entry count are, and {@link #contextAt}
 * rebuilds the rest from the decision, the cycle's entries and the bars with the walk's arithmetic
 * (about 90 bytes of primitives a decision instead of objects the collector must trace). The arrays
 * returned are owned by the result: callers must not change them.
 */
final class RecordedReplay implements ReplayResult {
    private final RunSettings run;
    private final BarSeries bars;
    private final ReplayWalk.Recording recording;
    private final List<ReplayDecision> decisions;
    private final List<ReplayExit> exits;
    private final List<ReplayCycle> cycles;
    private final ReplaySummary summary;

    RecordedReplay(RunSettings run, BarSeries bars, double[] atr, ReplayWalk.Recording recording,
                   ReplaySummary summary) {
        this.run = run;
        this.bars = bars;
        this.recording = recording;
        this.decisions = new Decisions(recording, bars, atr);
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
        int count = recording.entries[index];
        List<Entry> entries = count == 0 ? List.of() : cycles.get(recording.cycle[index]).entries().subList(0, count);
        Direction direction = run.direction();
        int sign = ReplayWalk.sign(direction);
        double sumQuantity = 0;
        for (int i = 0; i < count; i++) {
            sumQuantity += entries.get(i).quantity();
        }
        int bar = d.bar();
        return new ScalingContext(run.symbol(), recording.equity[index], new Position(direction, d.stopPrice(), entries),
                sign * sumQuantity, List.of(), new Market(d.atr(), run.spreadBps()),
                new ProposedEntry(direction, d.price(), d.quantity(), d.time(), bar, ReplayWalk.signalAt(run, bars, bar)));
    }

    /** The decisions, read from the columns. */
    private static final class Decisions extends AbstractList<ReplayDecision> implements RandomAccess {
        private static final ProposalKind[] KINDS = ProposalKind.values();
        private static final ReasonCode[] REASONS = ReasonCode.values();
        private final ReplayWalk.Recording r;
        private final BarSeries bars;
        private final double[] atr;

        Decisions(ReplayWalk.Recording recording, BarSeries bars, double[] atr) {
            this.r = recording;
            this.bars = bars;
            this.atr = atr;
        }

        @Override
        public ReplayDecision get(int i) {
            Objects.checkIndex(i, r.size);
            int t = r.bar[i];
            ProposalKind kind = KINDS[r.kind[i]];
            ReasonCode code = REASONS[r.reason[i]];
            Metrics metrics = !r.hasMetrics[i] ? null
                    : new Metrics(r.entriesAfter[i], r.positionPctAfter[i], r.riskAmountAfter[i], r.riskPctAfter[i],
                    r.averagePriceAfter[i], kind == ProposalKind.OPEN ? null : Double.valueOf(r.suggestedQuantity[i]));
            return new ReplayDecision(t, bars.time()[t], kind, bars.close()[t], r.quantity[i], atr[t], r.stop[i],
                    code.decision(), code, metrics);
        }

        @Override
        public int size() {
            return r.size;
        }
    }
}
