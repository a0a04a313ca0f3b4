package com.scalelab.ui.replay;

import com.scalelab.ui.app.DialogService;
import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.io.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;

/**
 * Export Decisions (JSON Lines exactly as {@code scalelab replay} prints them, or CSV) and Export
 * Chart as PNG. Decisions stream on a background Task into a temporary file that replaces the
 * target only when complete (the audit export's pattern), with progress and Cancel; the PNG goes
 * through {@link AtomicFiles}. Touch it from the FX thread only.
 */
public final class ReplayExports {
    private static final ExecutorService EXPORTER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "replay-export");
        t.setDaemon(true);
        return t;
    });

    /** Streams a replay's records as text; polls {@code cancelled} between records. */
    @FunctionalInterface
    interface Body {
        void write(ReplayResult result, Writer out, Progress progress) throws IOException;
    }

    /** Progress of a streaming export; {@link #check()} throws CancellationException once cancelled. */
    interface Progress {
        void update(long done, long total);

        void check();
    }

    private final ReplayViewModel replay;
    private final Supplier<DialogService> dialogs;
    private final Supplier<WritableImage> chart;
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private Task<Path> running;

    public ReplayExports(ReplayViewModel replay, Supplier<DialogService> dialogs, Supplier<WritableImage> chart) {
        this.replay = replay;
        this.dialogs = dialogs;
        this.chart = chart;
        // a new replay makes the last export's outcome old news
        replay.resultProperty().addListener((obs, o, n) -> {
            if (!exporting.get()) {
                status.set("");
            }
        });
    }

    public Task<Path> decisionsJsonLines() {
        return decisions("Export decisions as JSON Lines", "replay-decisions.jsonl", "JSON Lines", "jsonl",
                ReplayLines::jsonLines);
    }

    public Task<Path> decisionsCsv() {
        return decisions("Export decisions as CSV", "replay-decisions.csv", "CSV table", "csv", ReplayLines::csv);
    }

    private Task<Path> decisions(String title, String name, String description, String extension, Body body) {
        ReplayResult r = replay.getResult();
        if (r == null) {
            status.set("No replay to export yet.");
            return null;
        }
        if (exporting.get()) {
            status.set("An export is already running.");
            return null;
        }
        Optional<Path> file = dialogs.get().chooseFileToSave(
                new DialogService.FileRequest(title, "export", null, name, description, extension));
        return file.map(target -> start(r, target, body)).orElse(null);
    }

    /** Starts streaming {@code r} to {@code target} in the background. */
    Task<Path> start(ReplayResult r, Path target, Body body) {
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                Task<Path> self = this;
                AtomicFiles.write(target, (AtomicFiles.Body) out -> body.write(r, out, new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updateProgress(done, total);
                    }

                    @Override
                    public void check() {
                        if (self.isCancelled() || Thread.currentThread().isInterrupted()) {
                            throw new CancellationException("export cancelled");
                        }
                    }
                }));
                return target;
            }
        };
        running = task;
        exporting.set(true);
        progress.bind(task.progressProperty());
        status.set("Exporting to " + target.getFileName() + "…");
        task.setOnSucceeded(e -> finish("Saved " + target.getFileName()));
        task.setOnCancelled(e -> finish("Export cancelled; " + target.getFileName() + " was not changed."));
        task.setOnFailed(e -> finish("Could not write " + target + ": " + message(task.getException())));
        EXPORTER.execute(task);
        return task;
    }

    private static String message(Throwable e) {
        return e == null ? "unknown error" : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void finish(String message) {
        progress.unbind();
        progress.set(0);
        exporting.set(false);
        running = null;
        status.set(message);
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
        }
    }

    /** The price chart and equity curve as a PNG (snapshot on the FX thread, written atomically). */
    public boolean chartPng() {
        if (replay.getResult() == null) {
            status.set("No replay to export yet.");
            return false;
        }
        Optional<Path> file = dialogs.get().chooseFileToSave(
                new DialogService.FileRequest("Export chart", "export", null, "replay-chart.png", "PNG image", "png"));
        if (file.isEmpty()) {
            return false;
        }
        try {
            writePng(chart.get(), file.get());
            status.set("Saved " + file.get().getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            status.set("Could not write " + file.get() + ": " + message(e));
            return false;
        }
    }

    static void writePng(WritableImage image, Path file) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(out, "png", bytes)) {
            throw new IOException("no PNG writer available");
        }
        AtomicFiles.write(file, bytes.toByteArray());
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The outcome of the last export, in words ("" when there is nothing to say). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
