package com.scalelab.engine.replay;

/**
 * How a long walk or sweep reports progress and learns it was cancelled (a stale replay after a
 * policy edit, or the user pressing Cancel). Polled every few thousand bars, not every bar.
 */
public interface ReplayProgress {
    ReplayProgress NONE = new ReplayProgress() {
    };

    default boolean isCancelled() {
        return false;
    }

    default void progress(long done, long total) {
    }
}
