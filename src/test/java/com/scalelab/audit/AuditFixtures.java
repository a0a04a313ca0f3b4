package com.scalelab.audit;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.OrderSide;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import java.time.Instant;
import java.util.List;

/** The contract's example policy and scenario, and variations that give each kind of verdict. */
public final class AuditFixtures {
    public static final Instant RECORDED = Instant.parse("2026-01-05T16:00:05Z");

    private AuditFixtures() {
    }

    public static ScalingPolicy pyramid() {
        return com.scalelab.ContractExample.pyramidPolicy();
    }

    /** SCALE / SCALE_APPROVED under {@link #pyramid()}. */
    public static ScalingContext approvedAdd() {
        return new ScalingContext("ES", 100_000,
                new Position(Direction.LONG, 95.0,
                        List.of(new Entry(100.0, 10, Instant.parse("2026-01-05T14:30:00Z"), 120))),
                10, List.of(new PendingOrder(OrderSide.SELL, 10, true)), new Market(2.0, 4.0),
                new ProposedEntry(Direction.LONG, 103.0, 5, Instant.parse("2026-01-05T16:00:00Z"), 126, 0.8));
    }

    /** SKIP / MIN_TIME_NOT_ELAPSED: only 12 minutes after the last entry. */
    public static ScalingContext tooSoon() {
        ScalingContext c = approvedAdd();
        return c.withProposed(new ProposedEntry(Direction.LONG, 103.0, 5, Instant.parse("2026-01-05T14:42:00Z"),
                126, 0.8));
    }

    /** BLOCK / LEDGER_MISMATCH: the broker holds 12, the ledger 10. */
    public static ScalingContext ledgerMismatch() {
        return approvedAdd().withBrokerPositionQuantity(12);
    }

    /** BLOCK / INVALID_INPUT: an ATR of 0. */
    public static ScalingContext zeroAtr() {
        return approvedAdd().withMarket(new Market(0.0, 4.0));
    }

    /** SCALE / INITIAL_ENTRY: a flat position. */
    public static ScalingContext initialEntry() {
        return approvedAdd().withPosition(new Position(Direction.LONG, 95.0, List.of())).withBrokerPositionQuantity(0)
                .withPendingOrders(List.of());
    }

    public static AuditRecord record(AuditRecorder recorder, String trigger, ScalingContext context) {
        ScalingPolicy policy = pyramid();
        return recorder.record(RECORDED, trigger, policy, context, ScalingEngine.evaluate(policy, context));
    }
}
