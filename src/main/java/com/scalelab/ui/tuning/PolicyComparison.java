package com.scalelab.ui.tuning;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.tuning.VerdictDiff;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.PolicyDiff;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * Two policies side by side, the way the command line's {@code diff} compares them: their
 * differing fields, every scenario of the packs they judge differently, and, over the run being
 * replayed, both walks and the bars where they decide differently (each walk's proposals judged
 * by the other policy too, so a loosened B shows up even where the walks drift apart).
 */
public record PolicyComparison(ScalingPolicy a, ScalingPolicy b, List<PolicyDiff.FieldChange> fields,
                               int scenarioCount, List<Scenario> judged, List<VerdictDiff.ScenarioDifference> scenarios,
                               List<String> problems, ReplayResult replayA, ReplayResult replayB,
                               List<VerdictDiff.BarDifference> bars) {

    /** The scenario files of one difference, by its label, for loading it into the simulator. */
    public ScalingContext scenarioContext(String label) {
        for (Scenario s : judged) {
            if (s.name().equals(label)) {
                return s.context();
            }
        }
        return null;
    }

    /** How many places B gives SCALE where A did not (scenarios and bars). */
    public int newScaleCount() {
        return (int) (scenarios.stream().filter(VerdictDiff.ScenarioDifference::isNewScale).count()
                + bars.stream().filter(VerdictDiff.BarDifference::isNewScale).count());
    }

    /** The bars where the walks differ, for the replay chart's highlight. */
    public BitSet differingBars() {
        BitSet out = new BitSet();
        bars.forEach(d -> out.set(d.bar()));
        return out;
    }

    /** True when nothing differs anywhere. */
    public boolean isSame() {
        return fields.isEmpty() && scenarios.isEmpty() && bars.isEmpty();
    }

    /**
     * The scenario at a differing bar, from the walk that made the proposal there (A's when both
     * did, so "under A" and "under B" judge the same scenario).
     */
    public ScalingContext barContext(VerdictDiff.BarDifference d) {
        if (d.a() != null) {
            return replayA.contextAt(replayA.decisions().indexOf(d.a()));
        }
        return replayB.contextAt(replayB.decisions().indexOf(d.b()));
    }

    /**
     * Compares; the run (settings and bars) may be null for scenarios only. A scenario file that
     * does not load is listed in {@code problems} and skipped.
     */
    public static PolicyComparison compare(ScalingPolicy a, ScalingPolicy b, List<Path> scenarioFiles,
                                           RunSettings run, BarSeries barSeries, ReplayProgress progress) {
        List<PolicyDiff.FieldChange> fields = PolicyDiff.fields(a, b);
        List<VerdictDiff.ScenarioDifference> scenarios = new ArrayList<>();
        List<Scenario> judged = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Path file : scenarioFiles) {
            if (progress.isCancelled()) {
                throw new CancellationException("comparison cancelled");
            }
            Scenario s;
            try {
                s = ScenarioFiles.load(file);
            } catch (FileRefusedException e) {
                e.problems().forEach(p -> problems.add(p.toString()));
                continue;
            }
            count++;
            String label = file.getFileName().toString();
            judged.add(new Scenario(label, s.context(), s.inlinePolicy(), s.expect()));
            VerdictDiff.ScenarioDifference d = VerdictDiff.scenario(label, a, b, s.context());
            if (d != null) {
                scenarios.add(d);
            }
        }
        ReplayResult ra = null;
        ReplayResult rb = null;
        List<VerdictDiff.BarDifference> bars = List.of();
        if (run != null && barSeries != null) {
            VerdictDiff.ReplayComparison walks = VerdictDiff.replays(a, b, run, barSeries, progress);
            ra = walks.a();
            rb = walks.b();
            bars = walks.bars();
        }
        return new PolicyComparison(a, b, fields, count, judged, scenarios, problems, ra, rb, bars);
    }
}
