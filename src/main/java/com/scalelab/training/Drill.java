package com.scalelab.training;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingResult;
import com.scalelab.io.Course;
import com.scalelab.io.Lesson;
import com.scalelab.io.QuestionForm;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A course played by one trainee: each exercise is a question (verdict hidden), then a reveal; the
 * course ends with a summary. The truth is always the engine's verdict on the exercise's scenario
 * and inline policy (the course loader has already refused a scenario whose {@code expect} differs).
 *
 * <p>Scoring: a right answer earns {@value #POINTS} points, less {@value #HINT_COST} if the hint was
 * taken; a wrong answer earns none. When the lesson asks for the reason, right means both the
 * decision and the deciding reason code are right.
 */
public final class Drill {
    public static final int POINTS = 10;
    public static final int HINT_COST = 5;

    /** Where the trainee is: answering, reading the reveal, or done with the course. */
    public enum Stage { QUESTION, REVEAL, FINISHED }

    /** How many exercises of one rule (by the engine's reason code) were answered right. */
    public record Tally(ReasonCode code, int right, int total) {
        /** "3 of 5 on spacing". */
        public String describe() {
            return right + " of " + total + " on " + Rules.name(code);
        }
    }

    private final Course course;
    private final LongSupplier clock;
    private final List<ExerciseResult> results = new ArrayList<>();
    private int index;
    private Stage stage = Stage.QUESTION;
    private ScalingResult verdict;
    private boolean hintTaken;
    private long askedAt;
    private int score;

    /** @param clock milliseconds, for the time taken (tests pass a hand-driven one) */
    public Drill(Course course, LongSupplier clock) {
        this.course = course;
        this.clock = clock;
        begin();
    }

    public Drill(Course course) {
        this(course, System::currentTimeMillis);
    }

    private void begin() {
        Lesson l = lesson();
        verdict = ScalingEngine.evaluate(l.scenario().inlinePolicy(), l.scenario().context());
        hintTaken = false;
        askedAt = clock.getAsLong();
    }

    public Course course() {
        return course;
    }

    public Stage stage() {
        return stage;
    }

    /** 0-based index of the exercise shown (the last one once finished). */
    public int index() {
        return index;
    }

    public int size() {
        return course.lessons().size();
    }

    public Lesson lesson() {
        return course.lessons().get(index);
    }

    /** The engine's verdict on the exercise shown; the view shows it only at the reveal. */
    public ScalingResult verdict() {
        return verdict;
    }

    public boolean asksReason() {
        return lesson().ask() == QuestionForm.DECISION_AND_REASON;
    }

    public boolean hasHint() {
        return lesson().hint() != null;
    }

    public boolean hintTaken() {
        return hintTaken;
    }

    /** Shows the hint (it costs points once, however often it is read); null when the lesson has none. */
    public String takeHint() {
        if (stage != Stage.QUESTION || !hasHint()) {
            return null;
        }
        hintTaken = true;
        return lesson().hint();
    }

    /**
     * The trainee's answer; ignored (null) outside a question, or without a reason when one is asked.
     * A reason given when only the decision is asked is not judged.
     */
    public ExerciseResult answer(Decision decision, ReasonCode reason) {
        if (stage != Stage.QUESTION || decision == null || (asksReason() && reason == null)) {
            return null;
        }
        boolean right = decision == verdict.decision() && (!asksReason() || reason == verdict.reasonCode());
        ExerciseResult r = new ExerciseResult(lesson().fileName(), verdict.decision(), verdict.reasonCode(), decision,
                asksReason() ? reason : null, right, hintTaken ? 1 : 0, Math.max(0, clock.getAsLong() - askedAt));
        results.add(r);
        if (right) {
            score += hintTaken ? POINTS - HINT_COST : POINTS;
        }
        stage = Stage.REVEAL;
        return r;
    }

    /** The answer to the exercise just revealed. */
    public ExerciseResult lastResult() {
        return results.isEmpty() ? null : results.get(results.size() - 1);
    }

    /** From a reveal to the next question, or to the summary after the last. */
    public void next() {
        if (stage != Stage.REVEAL) {
            return;
        }
        if (index + 1 >= size()) {
            stage = Stage.FINISHED;
            return;
        }
        index++;
        stage = Stage.QUESTION;
        begin();
    }

    public int score() {
        return score;
    }

    /** The most a trainee can score on this course: every answer right, no hint. */
    public int maxScore() {
        return POINTS * size();
    }

    public int rightCount() {
        return (int) results.stream().filter(ExerciseResult::right).count();
    }

    public List<ExerciseResult> results() {
        return List.copyOf(results);
    }

    /** Per rule, in the order of the reason codes. */
    public List<Tally> summary() {
        return tally(results);
    }

    /** Right and total per expected reason code, in the contract's order of the codes. */
    public static List<Tally> tally(List<ExerciseResult> results) {
        Map<ReasonCode, int[]> counts = new EnumMap<>(ReasonCode.class);
        for (ExerciseResult r : results) {
            int[] c = counts.computeIfAbsent(r.expectedReason(), k -> new int[2]);
            c[1]++;
            if (r.right()) {
                c[0]++;
            }
        }
        List<Tally> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new Tally(code, c[0], c[1])));
        return out;
    }
}
