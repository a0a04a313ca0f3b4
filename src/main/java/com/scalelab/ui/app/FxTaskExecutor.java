package com.scalelab.ui.app;

import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.concurrent.Task;

/**
 * Work on daemon threads (a quit never waits for an export), outcomes back on the FX thread
 * through a JavaFX {@link Task}. One thread: two long jobs at once would only share the cores.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final FxTaskExecutor SHARED = new FxTaskExecutor();
    private final ExecutorService threads = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "scalelab-task-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** The one the window and its views share. */
    public static FxTaskExecutor shared() {
        return SHARED;
    }

    @Override
    public <T> Running run(String name, Work<T> work, Outcome<T> outcome) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                Task<T> self = this;
                return work.call(new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, Math.max(total, 1));
                    }

                    @Override
                    public boolean isCancelled() {
                        return self.isCancelled();
                    }
                });
            }
        };
        task.setOnSucceeded(e -> outcome.succeeded().accept(task.getValue()));
        task.setOnCancelled(e -> outcome.cancelled().run());
        task.setOnFailed(e -> {
            // Work that gave up by itself (an interrupt) was cancelled, not broken.
            if (task.getException() instanceof CancellationException) {
                outcome.cancelled().run();
            } else {
                outcome.failed().accept(task.getException());
            }
        });
        threads.execute(task);
        return new Running() {
            @Override
            public void cancel() {
                task.cancel();
            }

            @Override
            public ReadOnlyDoubleProperty progressProperty() {
                return task.progressProperty();
            }

            @Override
            public boolean isDone() {
                return task.isDone();
            }
        };
    }
}
