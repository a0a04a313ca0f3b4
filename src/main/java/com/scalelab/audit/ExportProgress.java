package com.scalelab.audit;

/**
 * How a long export reports how far it got and learns that the user gave up. Called from the
 * exporting thread; implementations hand progress to the UI themselves.
 */
public interface ExportProgress {
    /** No reporting, never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();

    /** Throws CancellationException when the user cancelled; exporters call it between records. */
    default void throwIfCancelled() {
        if (isCancelled() || Thread.currentThread().isInterrupted()) {
            throw new java.util.concurrent.CancellationException("export cancelled");
        }
    }
}
