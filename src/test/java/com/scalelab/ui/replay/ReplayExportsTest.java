package com.scalelab.ui.replay;

import com.scalelab.ui.app.FakeDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A decisions export cancelled midway leaves the old file as it was and says so. */
@ExtendWith(ApplicationExtension.class)
class ReplayExportsTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // no window needed: the export's outcome is applied on the FX thread
    }

    @Test
    void cancellingAnExportKeepsTheOldFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("decisions.jsonl");
        Files.writeString(target, "the old export\n");
        CountDownLatch writing = new CountDownLatch(1);
        ReplayExports.Body slow = (r, out, progress) -> {
            out.write("{\"type\":\"decision\"}\n");
            progress.update(1, 1_000_000);
            writing.countDown();
            while (true) { // a long export, checking for Cancel between records as the real ones do
                progress.check();
                Thread.onSpinWait();
            }
        };
        AtomicReference<ReplayExports> exports = new AtomicReference<>();
        AtomicReference<Task<Path>> task = new AtomicReference<>();
        robot.interact(() -> {
            ReplayViewModel vm = new ReplayViewModel((p, s, b, progress) -> null,
                    java.util.concurrent.Executors.newSingleThreadScheduledExecutor(), Runnable::run);
            exports.set(new ReplayExports(vm, FakeDialogService::new, () -> null));
            task.set(exports.get().start(null, target, slow));
        });
        assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> exports.get().exportingProperty().get())).isTrue();

        robot.interact(() -> exports.get().cancel());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> !exports.get().exportingProperty().get()));

        assertThat(Files.readString(target)).isEqualTo("the old export\n");
        assertThat(WaitForAsyncUtils.waitForAsyncFx(5000, () -> exports.get().statusProperty().get()))
                .isEqualTo("Export cancelled; decisions.jsonl was not changed.");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("decisions.jsonl");
        }
    }
}
