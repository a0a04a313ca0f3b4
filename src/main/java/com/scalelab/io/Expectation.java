package com.scalelab.io;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingResult;

/**
 * The verdict a scenario's author expects: a decision and, optionally, the deciding reason. Scenario
 * packs double as regression tests of a policy and as training exercises.
 */
public record Expectation(Decision decision, ReasonCode reasonCode) {

    public boolean isMetBy(ScalingResult r) {
        return r != null && r.decision() == decision && (reasonCode == null || r.reasonCode() == reasonCode);
    }
}
