package com.scalelab.engine;

/** What the position would look like after the proposed entry. suggestedQuantity is null for an initial entry. */
public record Metrics(int entriesAfter, double positionPctAfter, double riskAmountAfter, double riskPctAfter,
                      double averagePriceAfter, Double suggestedQuantity) {
}
