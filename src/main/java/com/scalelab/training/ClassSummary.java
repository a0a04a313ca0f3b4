package com.scalelab.training;

import com.scalelab.engine.ReasonCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a trainer reads from several trainees' results: per rule, how many answers were right across
 * the class, weakest rule first (lowest share right; more answers first on a tie, then code order).
 */
public final class ClassSummary {

    /** One rule across the class. */
    public record Rule(ReasonCode code, int right, int total, int trainees) {
        public double share() {
            return total == 0 ? 0 : (double) right / total;
        }

        /** "spacing: 3 of 8 right (38%), 3 trainees". */
        public String describe() {
            return Rules.name(code) + " (" + code + "): " + right + " of " + total + " right ("
                    + Math.round(100.0 * share()) + "%), " + trainees + (trainees == 1 ? " trainee" : " trainees");
        }
    }

    private final List<Rule> rules;
    private final int trainees;

    private ClassSummary(List<Rule> rules, int trainees) {
        this.rules = List.copyOf(rules);
        this.trainees = trainees;
    }

    /** @param byTrainee each trainee's answers (one results file each) */
    public static ClassSummary of(List<List<ExerciseResult>> byTrainee) {
        Map<ReasonCode, int[]> counts = new EnumMap<>(ReasonCode.class);
        for (List<ExerciseResult> one : byTrainee) {
            for (Drill.Tally t : Drill.tally(one)) {
                int[] c = counts.computeIfAbsent(t.code(), k -> new int[3]);
                c[0] += t.right();
                c[1] += t.total();
                c[2]++;
            }
        }
        List<Rule> out = new ArrayList<>();
        counts.forEach((code, c) -> out.add(new Rule(code, c[0], c[1], c[2])));
        out.sort(Comparator.comparingDouble(Rule::share).thenComparing(Rule::total, Comparator.reverseOrder())
                .thenComparing(Rule::code));
        return new ClassSummary(out, byTrainee.size());
    }

    /** Weakest first. */
    public List<Rule> rules() {
        return rules;
    }

    public int trainees() {
        return trainees;
    }

    /** The rules fewer than half the class's answers got right, weakest first. */
    public List<Rule> weakRules() {
        return rules.stream().filter(r -> r.share() < 0.5).toList();
    }
}
