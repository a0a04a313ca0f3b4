package com.scalelab.engine.replay;

/** A proposal made while flat (OPEN) or into an open position (ADD). */
public enum ProposalKind {
    OPEN, ADD
}
