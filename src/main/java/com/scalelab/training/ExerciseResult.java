package com.scalelab.training;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;

/**
 * One answered exercise, as the results file keeps it: the exercise's name, the engine's verdict,
 * what the trainee answered ({@code answeredReason} null when only the decision was asked), whether
 * it was right, the hints taken and the time from question to answer.
 */
public record ExerciseResult(String exercise, Decision expectedDecision, ReasonCode expectedReason,
                             Decision answeredDecision, ReasonCode answeredReason, boolean right, int hints,
                             long millis) {
}
