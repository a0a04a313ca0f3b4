package com.scalelab.engine.landscape;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;

/**
 * One rung of the entry ladder: an existing entry, the proposed entry, or a level the policy would
 * allow next if price keeps moving. Figures are for the position after this rung is filled.
 *
 * @param number             1-based entry number in the position after this rung
 * @param breakEvenBouncePct for average-down: the move back, in % of this price, to the new average
 *                           price; null for a pyramid and for existing entries
 * @param decision           the engine's verdict for this rung; null for existing entries
 * @param limit              the limit of the deciding check when the verdict is not SCALE, else null
 * @param allowedFrom        for next levels: the nearest price the policy allows (min spacing)
 * @param allowedTo          for next levels: the farthest (max spacing), null when unlimited
 */
public record LadderLevel(Kind kind, int number, double price, double quantity, double cumulativeQuantity,
                          double averagePrice, double positionPct, double riskPct, Double breakEvenBouncePct,
                          Decision decision, ReasonCode reason, Double limit, Double allowedFrom, Double allowedTo) {

    public enum Kind {
        ENTRY("Entry"), PROPOSED("Proposed"), NEXT("Next");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** True when the engine would not let this rung be added. */
    public boolean isBlocked() {
        return decision != null && decision != Decision.SCALE;
    }

    /** "MAX_ENTRIES_REACHED limit 4" for a blocked rung, empty otherwise. */
    public String blockedBy() {
        if (!isBlocked()) {
            return "";
        }
        return reason + (limit != null && reason.policyField() != null ? " limit " + Numbers.plain(limit) : "");
    }
}
