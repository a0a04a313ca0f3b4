package com.scalelab.engine;

import java.util.List;

/**
 * Everything the engine looks at besides the policy: account, position, broker, pending orders,
 * market and the proposed entry. Values are not checked here: the engine judges them and fails
 * closed (INVALID_INPUT) instead of throwing.
 */
public record ScalingContext(String symbol, double equity, Position position, double brokerPositionQuantity,
                             List<PendingOrder> pendingOrders, Market market, ProposedEntry proposed) {
    public ScalingContext {
        symbol = symbol == null ? "" : symbol;
        pendingOrders = pendingOrders == null ? List.of() : List.copyOf(pendingOrders);
    }

    public ScalingContext withProposed(ProposedEntry newProposed) {
        return new ScalingContext(symbol, equity, position, brokerPositionQuantity, pendingOrders, market, newProposed);
    }

    public ScalingContext withPosition(Position newPosition) {
        return new ScalingContext(symbol, equity, newPosition, brokerPositionQuantity, pendingOrders, market, proposed);
    }

    public ScalingContext withMarket(Market newMarket) {
        return new ScalingContext(symbol, equity, position, brokerPositionQuantity, pendingOrders, newMarket, proposed);
    }

    public ScalingContext withBrokerPositionQuantity(double quantity) {
        return new ScalingContext(symbol, equity, position, quantity, pendingOrders, market, proposed);
    }

    public ScalingContext withPendingOrders(List<PendingOrder> orders) {
        return new ScalingContext(symbol, equity, position, brokerPositionQuantity, orders, market, proposed);
    }

    public ScalingContext withEquity(double newEquity) {
        return new ScalingContext(symbol, newEquity, position, brokerPositionQuantity, pendingOrders, market, proposed);
    }
}
