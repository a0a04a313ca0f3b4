package com.scalelab.engine;

public enum OrderSide {
    BUY, SELL
}
