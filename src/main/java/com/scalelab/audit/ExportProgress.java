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
}
