package com.scalelab.engine;

/** Market state at the moment of the proposal: average true range (price units) and spread (bps). */
public record Market(double atr, double spreadBps) {
}
