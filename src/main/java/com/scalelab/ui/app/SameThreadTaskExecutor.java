package com.scalelab.ui.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Runs the work at once on the calling thread, for view-model tests without a toolkit. A deferred
 * one keeps the work until {@link #runPending()}, so a test can press Cancel before it starts.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final boolean deferred;
    private final List<Runnable> pending = new ArrayList<>();

    public SameThreadTaskExecutor() {
        this(false);
    }

    private SameThreadTaskExecutor(boolean deferred) {
        this.deferred = deferred;
    }

    /** Work waits for {@link #runPending()}. */
    public static SameThreadTaskExecutor deferred() {
        return new SameThreadTaskExecutor(true);
    }

    /** Runs the work handed over so far, in order. */
    public void runPending() {
        List<Runnable> now = List.copyOf(pending);
        pending.clear();
        now.forEach(Runnable::run);
    }

    @Override
    public <T> Running run(String name, Work<T> work, Outcome<T> outcome) {
        Job job = new Job();
        Runnable body = () -> {
            if (job.cancelled) {
                job.done = true;
                outcome.cancelled().run();
                return;
            }
            T value;
            try {
                value = work.call(job);
            } catch (CancellationException e) {
                job.done = true;
                outcome.cancelled().run();
                return;
            } catch (Exception | Error e) {
                job.done = true;
                outcome.failed().accept(e);
                return;
            }
            job.done = true;
            if (job.cancelled) {
                outcome.cancelled().run();
            } else {
                outcome.succeeded().accept(value);
            }
        };
        if (deferred) {
            pending.add(body);
        } else {
            body.run();
        }
        return job;
    }

    private static final class Job implements Running, Progress {
        private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
        private boolean cancelled;
        private boolean done;

        @Override
        public void update(long done, long total) {
            progress.set((double) done / Math.max(total, 1));
        }

        @Override
        public boolean isCancelled() {
            return cancelled;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return progress.getReadOnlyProperty();
        }

        @Override
        public boolean isDone() {
            return done;
        }
    }
}
