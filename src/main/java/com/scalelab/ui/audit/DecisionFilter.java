package com.scalelab.ui.audit;

import com.scalelab.audit.AuditRecord;
import com.scalelab.engine.Decision;
import java.util.function.Predicate;

/** Which decisions the audit table shows. */
public enum DecisionFilter {
    ALL(null), SCALE(Decision.SCALE), SKIP(Decision.SKIP), BLOCK(Decision.BLOCK);

    private final Decision decision;
    private final Predicate<AuditRecord> test;

    DecisionFilter(Decision decision) {
        this.decision = decision;
        this.test = decision == null ? r -> true : r -> r.decision() == decision;
    }

    /** The decision kept, or null for all. */
    public Decision decision() {
        return decision;
    }

    public Predicate<AuditRecord> predicate() {
        return test;
    }
}
