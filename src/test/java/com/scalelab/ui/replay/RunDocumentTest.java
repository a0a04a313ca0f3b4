package com.scalelab.ui.replay;

import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FakeDialogService;
import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.io.RunFiles;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.RecentFiles;
import com.scalelab.ui.app.DialogService.SaveChoice;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open, Save, Save As and the unsaved-edits prompt of a run, with scripted dialogs and no toolkit. */
class RunDocumentTest {
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor();
    private final FakeDialogService dialogs = new FakeDialogService();
    private final LabPreferences prefs = new LabPreferences("scalelab-test/run-document");
    private RunViewModel run;
    private ReplayViewModel replay;
    private RunDocument doc;
    @TempDir
    Path dir;
    private Path runFile;

    @BeforeEach
    void setUp() throws Exception {
        prefs.clear();
        run = new RunViewModel();
        replay = new ReplayViewModel((p, s, b, progress) -> null, worker, r -> { });
        doc = new RunDocument(run, replay, FileRunStore::new, () -> dialogs, new RecentFiles(prefs));
        ReplayFixtures.writeBars(dir, "wave.csv");
        runFile = ReplayFixtures.writeRun(dir, "wave-run.json", "wave.csv");
    }

    @AfterEach
    void tearDown() {
        worker.shutdownNow();
        prefs.clear();
    }

    @Test
    void openingARunLoadsItsSettingsAndItsBars() {
        dialogs.fileToOpen = runFile;
        assertThat(doc.openRun()).isTrue();
        assertThat(run.getSettings().name()).isEqualTo("Wave uptrend, daily");
        assertThat(run.getSettings().stopAtr()).isEqualTo(3.0);
        assertThat(replay.barsProperty().get().size()).isEqualTo(ReplayFixtures.BARS);
        assertThat(doc.barsFileProperty().get()).isEqualTo(dir.resolve("wave.csv").toAbsolutePath().normalize());
        assertThat(doc.titleBinding().get()).isEqualTo("Wave uptrend, daily (wave-run.json)");
        assertThat(run.isDirty()).isFalse();
    }

    @Test
    void aRefusedRunChangesNothingAndSaysWhereItIsWrong() throws Exception {
        doc.openRun(runFile);
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"schemaVersion\": 1, \"direction\": \"SIDEWAYS\"}");
        assertThat(doc.openRun(bad)).isFalse();
        assertThat(dialogs.problemsShown).hasSize(1);
        assertThat(dialogs.problemsShown.get(0)).anyMatch(p -> p.startsWith(bad.toString() + ":1:"));
        assertThat(doc.titleBinding().get()).isEqualTo("Wave uptrend, daily (wave-run.json)");
    }

    @Test
    void anEditedRunAsksBeforeItIsDroppedCancelKeepsDiscardDropsSaveWrites() throws Exception {
        doc.openRun(runFile);
        run.stopAtrProperty().set("2");
        assertThat(doc.titleBinding().get()).startsWith("*");
        Path other = ReplayFixtures.writeRun(dir, "other.json", "wave.csv");

        dialogs.saveAnswer = SaveChoice.CANCEL;
        assertThat(doc.openRun(other)).isFalse();
        assertThat(run.stopAtrProperty().get()).isEqualTo("2");

        dialogs.saveAnswer = SaveChoice.SAVE;
        assertThat(doc.openRun(other)).isTrue();
        assertThat(dialogs.unsavedAsked()).isEqualTo(2);
        assertThat(RunFiles.load(runFile).settings().stopAtr()).isEqualTo(2.0);
        assertThat(doc.titleBinding().get()).isEqualTo("Wave uptrend, daily (other.json)");

        run.stopAtrProperty().set("4");
        dialogs.saveAnswer = SaveChoice.DONT_SAVE;
        assertThat(doc.openRun(runFile)).isTrue();
        assertThat(RunFiles.load(other).settings().stopAtr()).isEqualTo(3.0);
        assertThat(run.stopAtrProperty().get()).isEqualTo("2");
    }

    @Test
    void saveAsElsewhereNamesTheBarsRelativeToTheNewFolder() throws Exception {
        doc.openRun(runFile);
        Path sub = Files.createDirectories(dir.resolve("runs"));
        dialogs.fileToSave = sub.resolve("copy.json");
        assertThat(doc.saveAs()).isTrue();
        RunStore.RunFile saved = new FileRunStore().loadRun(sub.resolve("copy.json"));
        assertThat(saved.settings().bars()).isEqualTo("../wave.csv");
        assertThat(saved.bars().toAbsolutePath().normalize()).isEqualTo(dir.resolve("wave.csv").toAbsolutePath());
        assertThat(doc.titleBinding().get()).isEqualTo("Wave uptrend, daily (copy.json)");
    }

    @Test
    void aRunWithErrorsIsNotSaved() throws Exception {
        doc.openRun(runFile);
        String before = Files.readString(runFile);
        run.notionalPctProperty().set("-5");
        assertThat(doc.save()).isFalse();
        assertThat(dialogs.problemsShown.get(0)).anyMatch(p -> p.startsWith("open.notionalPct: "));
        assertThat(Files.readString(runFile)).isEqualTo(before);
    }

    @Test
    void barsTooFewForTheRunAreRefusedAndTheOldBarsStay() throws Exception {
        doc.openRun(runFile);
        Path tiny = dir.resolve("tiny.csv");
        Files.writeString(tiny, "date,open,high,low,close\n2020-01-01,1,2,0.5,1.5\n2020-01-02,1.5,2,1,1.8\n");
        assertThat(doc.openBars(tiny)).isFalse();
        assertThat(dialogs.problemsShown).hasSize(1);
        assertThat(replay.barsProperty().get().size()).isEqualTo(ReplayFixtures.BARS);
    }

    @Test
    void otherBarsMakeTheRunNameThemAndMarkItEdited() throws Exception {
        doc.openRun(runFile);
        Path more = ReplayFixtures.writeBars(Files.createDirectories(dir.resolve("data")), "more.csv");
        assertThat(doc.openBars(more)).isTrue();
        assertThat(run.isDirty()).isTrue();
        assertThat(run.getSettings().bars()).isEqualTo("data/more.csv");
    }

    @Test
    void openBarsAsksForBarFilesOfEveryFormatTheContractReads() throws Exception {
        doc.openRun(runFile);
        dialogs.fileToOpen = ReplayFixtures.writeBars(Files.createDirectories(dir.resolve("prices")), "other.csv");
        assertThat(doc.openBars()).isTrue();
        DialogService.FileRequest asked = dialogs.fileRequests.get(dialogs.fileRequests.size() - 1);
        assertThat(asked.kind()).isEqualTo("bars");
        assertThat(asked.extension()).isEqualTo("csv");
        assertThat(asked.alsoAccepted()).containsExactly("json", "txt");
    }

    @Test
    void aRunsSuggestedFileNameComesFromItsName() {
        assertThat(RunDocument.fileNameFor("DAX trend pyramid, daily")).isEqualTo("dax-trend-pyramid-daily.json");
        assertThat(RunDocument.fileNameFor("  ")).isEqualTo("run.json");
    }
}
