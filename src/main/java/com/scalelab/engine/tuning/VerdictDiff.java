package com.scalelab.engine.tuning;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.engine.replay.ReplayWalk;
import com.scalelab.engine.replay.RunSettings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Where two policies disagree, decision by decision: over a scenario pack (same scenario, two
 * verdicts) and over a replay (same bars, two walks). The question a risk reviewer asks of a
 * loosened policy is {@link #isNewScale}: does B approve anything A did not?
 */
public final class VerdictDiff {
    private VerdictDiff() {
    }

    /** One scenario judged by both policies, listed when the decision or the reason differs. */
    public record ScenarioDifference(String scenario, ReasonCode a, ReasonCode b) {
        public boolean isNewScale() {
            return VerdictDiff.isNewScale(a, b);
        }
    }

    /**
     * One bar where the two walks did not decide the same: a proposal under one policy only (the
     * other was flat, or exited, or its position differs), or different verdicts; or a bar where one
     * policy judges the other's proposal differently. Null = no proposal. {@code aOnB} is A's verdict
     * on B's proposal (the exact scenario B's walk judged), {@code bOnA} B's on A's.
     */
    public record BarDifference(int bar, Instant time, ReplayDecision a, ReplayDecision b, ReasonCode aOnB,
                                ReasonCode bOnA) {
        /**
         * B approves, at this bar, a scenario A refuses: B's own proposal that A would hold back, or
         * A's held-back proposal that B would approve. Judged on the same scenario, so a tightened
         * policy never trips it, even where its walk has drifted from A's (other positions, other exits).
         */
        public boolean isNewScale() {
            boolean onB = b != null && b.decision() == Decision.SCALE && aOnB != null && aOnB.decision() != Decision.SCALE;
            boolean onA = a != null && a.decision() != Decision.SCALE && bOnA != null && bOnA.decision() == Decision.SCALE;
            return onB || onA;
        }
    }

    /** Judges a walk's decision under the other policy: the verdict on the exact scenario judged. */
    public interface CrossJudge {
        ReasonCode judge(int decisionIndex);
    }

    /** B gives SCALE where A did not (A held it back, or made no such proposal). */
    public static boolean isNewScale(ReasonCode a, ReasonCode b) {
        return b != null && b.decision() == Decision.SCALE && (a == null || a.decision() != Decision.SCALE);
    }

    /** Null when A and B agree on this scenario. */
    public static ScenarioDifference scenario(String label, ReasonCode a, ReasonCode b) {
        return a == b ? null : new ScenarioDifference(label, a, b);
    }

    /** One scenario judged by both policies (the decision-only path); null when they agree. */
    public static ScenarioDifference scenario(String label, ScalingPolicy a, ScalingPolicy b, ScalingContext ctx) {
        return scenario(label, ScalingEngine.decide(a, ctx), ScalingEngine.decide(b, ctx));
    }

    /** Both walks over one run and the bars where they decide differently, cross-judged. */
    public record ReplayComparison(ReplayResult a, ReplayResult b, List<BarDifference> bars) {
    }

    /**
     * Replays the run under A and under B and lists the differing bars, each walk's proposals also
     * judged by the other policy on the exact scenario it judged ({@link BarDifference#isNewScale}).
     */
    public static ReplayComparison replays(ScalingPolicy a, ScalingPolicy b, RunSettings run, BarSeries series,
                                           ReplayProgress progress) {
        ReplayResult ra = ReplayWalk.run(a, run, series, progress);
        ReplayResult rb = ReplayWalk.run(b, run, series, progress);
        return new ReplayComparison(ra, rb, bars(ra.decisions(), rb.decisions(),
                i -> ScalingEngine.decide(b, ra.contextAt(i)), k -> ScalingEngine.decide(a, rb.contextAt(k))));
    }

    /**
     * The bars where the decisions differ, in bar order. Both lists are a walk's decisions in bar
     * order (one at most per bar). Kind, price and quantity are compared too: the same verdict on a
     * different proposal is a different decision. {@code bOnA} judges A's decision i under B, and
     * {@code aOnB} B's decision j under A; a bar where both walks agree but one policy judges the
     * other's proposal as a new SCALE is listed too.
     */
    public static List<BarDifference> bars(List<ReplayDecision> a, List<ReplayDecision> b, CrossJudge bOnA,
                                           CrossJudge aOnB) {
        List<BarDifference> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            ReplayDecision da = i < a.size() ? a.get(i) : null;
            ReplayDecision db = j < b.size() ? b.get(j) : null;
            if (db == null || (da != null && da.bar() < db.bar())) {
                out.add(new BarDifference(da.bar(), da.time(), da, null, null, bOnA.judge(i)));
                i++;
            } else if (da == null || db.bar() < da.bar()) {
                out.add(new BarDifference(db.bar(), db.time(), null, db, aOnB.judge(j), null));
                j++;
            } else {
                BarDifference d = new BarDifference(da.bar(), da.time(), da, db, aOnB.judge(j), bOnA.judge(i));
                if (!sameDecision(da, db) || d.isNewScale()) {
                    out.add(d);
                }
                i++;
                j++;
            }
        }
        return out;
    }

    private static boolean sameDecision(ReplayDecision a, ReplayDecision b) {
        return a.reasonCode() == b.reasonCode() && a.kind() == b.kind() && a.price() == b.price()
                && a.quantity() == b.quantity();
    }
}
