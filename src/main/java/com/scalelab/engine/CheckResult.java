package com.scalelab.engine;

import java.util.Objects;

/**
 * One line of the trace. {@code observed} and {@code limit} are null where the check has no number
 * to show (not evaluated, not applicable, or a limit the policy leaves unset). For a range check the
 * limit is the bound that was crossed, or when passing, the nearer bound.
 *
 * <p>A value class with the accessors of a record. The engine hands its lines a {@link CheckMessages}
 * that writes the message the first time someone reads it: an evaluation stays allocation-light
 * for sweeps and the benchmark, while every reader still gets the same text. Equality and hashing
 * cover all five values, the message included.
 */
public final class CheckResult {
    private final ReasonCode code;
    private final CheckStatus status;
    private final double observed;
    private final double limit;
    private final byte has; // bit 0: observed set, bit 1: limit set
    private final CheckMessages messages;
    private String message;

    public CheckResult(ReasonCode code, CheckStatus status, Double observed, Double limit, String message) {
        this.code = code;
        this.status = status;
        this.observed = observed == null ? 0 : observed;
        this.limit = limit == null ? 0 : limit;
        this.has = (byte) ((observed == null ? 0 : 1) | (limit == null ? 0 : 2));
        this.messages = null;
        this.message = message;
    }

    /** A line whose message {@code messages} writes when first read. */
    CheckResult(ReasonCode code, boolean failed, double observed, double limit, boolean hasLimit, CheckMessages messages) {
        this.code = code;
        this.status = failed ? CheckStatus.FAIL : CheckStatus.PASS;
        this.observed = observed;
        this.limit = limit;
        this.has = (byte) (1 | (hasLimit ? 2 : 0));
        this.messages = messages;
    }

    public ReasonCode code() {
        return code;
    }

    public CheckStatus status() {
        return status;
    }

    public Double observed() {
        return (has & 1) == 0 ? null : observed;
    }

    public Double limit() {
        return (has & 2) == 0 ? null : limit;
    }

    public String message() {
        String m = message;
        if (m == null && messages != null) {
            // Rendering is deterministic, so a race between two readers only writes the same text twice.
            try {
                m = messages.message(code, status == CheckStatus.FAIL);
            } catch (RuntimeException e) {
                // the verdict stands; only its wording failed, and reading a trace must never throw
                m = code + " " + status + " (observed " + observed() + ", limit " + limit() + ")";
            }
            message = m;
        }
        return m;
    }

    public Phase phase() {
        return code.phase();
    }

    public boolean failed() {
        return status == CheckStatus.FAIL;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckResult c && code == c.code && status == c.status && Objects.equals(observed(), c.observed())
                && Objects.equals(limit(), c.limit()) && Objects.equals(message(), c.message());
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, status, observed(), limit(), message());
    }

    @Override
    public String toString() {
        return "CheckResult[code=" + code + ", status=" + status + ", observed=" + observed() + ", limit=" + limit()
                + ", message=" + message() + "]";
    }
}
