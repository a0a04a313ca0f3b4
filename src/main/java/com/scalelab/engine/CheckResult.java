package com.scalelab.engine;

import java.util.Objects;

/**
 * One line of the trace. {@code observed} and {@code limit} are null where the check has no number
 * to show (not evaluated, not applicable, or a limit the policy leaves unset). For a range check the
 * limit is the bound that was crossed, or when passing, the nearer bound.
 *
 * <p>A value class with the accessors of a record. In an engine result each line is a view of the
 * evaluation's {@link CheckMessages}, which holds every measured value and writes a message the
 * first time someone reads it: an evaluation stays allocation-light for sweeps and the benchmark,
 * while every reader gets the same values and text. Equality and hashing cover all five values,
 * the message included.
 */
public final class CheckResult {
    private final ReasonCode code;
    private final CheckStatus status;
    private final Double observed;
    private final Double limit;
    private final CheckMessages messages;
    private String message;

    public CheckResult(ReasonCode code, CheckStatus status, Double observed, Double limit, String message) {
        this.code = code;
        this.status = status;
        this.observed = observed;
        this.limit = limit;
        this.messages = null;
        this.message = message;
    }

    /** A line of an engine trace: its values from the evaluation, its message written when first read. */
    CheckResult(ReasonCode code, CheckMessages messages) {
        this.code = code;
        this.status = messages.status(code);
        this.observed = messages.observed(code);
        this.limit = messages.limit(code);
        this.messages = messages;
    }

    public ReasonCode code() {
        return code;
    }

    public CheckStatus status() {
        return status;
    }

    public Double observed() {
        return observed;
    }

    public Double limit() {
        return limit;
    }

    public String message() {
        String m = message;
        if (m == null && messages != null) {
            m = messages.written(code);
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
