package com.scalelab.engine;

/** Outcome of one check in the trace. */
public enum CheckStatus {
    PASS, FAIL, NOT_APPLICABLE, NOT_EVALUATED
}
