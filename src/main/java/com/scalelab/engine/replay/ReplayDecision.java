package com.scalelab.engine.replay;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.ReasonCode;

import java.time.Instant;

/**
 * One proposal of the walk and the engine's verdict on it: a {@code decision} line of the replay
 * command. {@code metrics} is null for INVALID_INPUT, as in {@code evaluate}.
 */
public record ReplayDecision(int bar, Instant time, ProposalKind kind, double price, double quantity, double atr,
                             double stopPrice, Decision decision, ReasonCode reasonCode, Metrics metrics) {
}
