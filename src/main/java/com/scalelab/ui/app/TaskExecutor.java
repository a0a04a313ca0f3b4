package com.scalelab.ui.app;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;

/**
 * Runs long work (an export, a replay) off the UI thread, with progress and Cancel, behind one
 * interface (as JabRef's TaskExecutor): the window uses {@link FxTaskExecutor}, view-model tests
 * use {@link SameThreadTaskExecutor} and need no toolkit.
 */
public interface TaskExecutor {

    /** What the work sees: where to report how far it got, and whether the user gave up. */
    interface Progress {
        void update(long done, long total);

        boolean isCancelled();
    }

    /** The work itself. To give up when cancelled it throws CancellationException. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** Exactly one of these is called, on the UI thread, when the work ends. */
    record Outcome<T>(Consumer<T> succeeded, Runnable cancelled, Consumer<Throwable> failed) {
    }

    /** A started piece of work. Touch it from the UI thread. */
    interface Running {
        /** Asks the work to stop; its outcome is then "cancelled" and nothing it wrote is kept. */
        void cancel();

        /** 0..1 while running, -1 before the first report (indeterminate). */
        ReadOnlyDoubleProperty progressProperty();

        boolean isDone();
    }

    <T> Running run(String name, Work<T> work, Outcome<T> outcome);
}
