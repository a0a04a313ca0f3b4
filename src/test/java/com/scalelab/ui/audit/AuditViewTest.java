package com.scalelab.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.audit.AuditFixtures;
import com.scalelab.audit.AuditRecord;
import com.scalelab.audit.AuditRecorder;
import com.scalelab.audit.Rfc4180Reader;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.Screenshots;
import com.scalelab.ui.ViewLoader;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The audit log as a user meets it: decisions recorded by the session appear, filter, export, clear. */
@ExtendWith(ApplicationExtension.class)
class AuditViewTest {
    @TempDir
    Path dir;

    private LabSession session;
    private AuditController controller;
    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        session = new LabSession(AuditFixtures.pyramid(), AuditFixtures.approvedAdd());
        ViewLoader.Loaded<AuditController> loaded = new ViewLoader(session).load("audit.fxml");
        controller = loaded.controller();
        controller.setDialogs(dialogs);
        Scene scene = new Scene(loaded.root(), 1280, 300);
        URL theme = Objects.requireNonNullElse(getClass().getResource("/styles/theme-light.css"),
                getClass().getResource("fallback-theme.css"));
        scene.getStylesheets().add(theme.toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void recordOneOfEach(FxRobot robot) {
        robot.interact(() -> {
            session.record("slider-release");
            session.contextProperty().set(AuditFixtures.tooSoon());
            session.record("slider-release");
            session.contextProperty().set(AuditFixtures.ledgerMismatch());
            session.record("add-entry");
            session.contextProperty().set(AuditFixtures.zeroAtr());
            session.record("record");
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TableView<AuditRecord> table(FxRobot robot) {
        return robot.lookup(".audit-table").queryTableView();
    }

    private List<String> decisionCells(FxRobot robot) {
        return robot.lookup(".decision-cell").<TableCell<?, ?>>queryAll().stream()
                .filter(c -> !c.isEmpty() && c.getText() != null)
                .sorted((a, b) -> Integer.compare(a.getIndex(), b.getIndex()))
                .map(TableCell::getText).toList();
    }

    private String countText(FxRobot robot) {
        return robot.lookup(".audit-count").queryAs(Label.class).getText();
    }

    private void awaitExportDone() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !controller.viewModel().exportingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void recordedDecisionsAppearAsRowsWithVerdictWordsAndGlyphs(FxRobot robot) {
        recordOneOfEach(robot);

        assertThat(table(robot).getItems()).hasSize(4);
        assertThat(decisionCells(robot)).containsExactly("\u2714 SCALE", "\u2016 SKIP", "\u2716 BLOCK",
                "\u2716 BLOCK");
        assertThat(countText(robot)).isEqualTo("4 decisions, 4 shown");
        assertThat(robot.lookup("MIN_TIME_NOT_ELAPSED").tryQuery()).isPresent();
        assertThat(robot.lookup(".fingerprint").queryAllAs(Label.class)).extracting(Label::getText)
                .contains(table(robot).getItems().get(0).shortFingerprint());
        robot.interact(() -> Screenshots.save(table(robot).getScene(), "audit-log"));
    }

    @Test
    void filterByDecisionAndBack(FxRobot robot) {
        recordOneOfEach(robot);

        robot.clickOn("\u2016 SKIP");
        assertThat(decisionCells(robot)).containsExactly("\u2016 SKIP");
        assertThat(countText(robot)).isEqualTo("4 decisions, 1 shown");

        // Clicking the selected segment again must not leave the filter without a choice.
        robot.clickOn("\u2016 SKIP");
        assertThat(robot.lookup(".filter-skip").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(countText(robot)).isEqualTo("4 decisions, 1 shown");

        robot.clickOn("\u2716 BLOCK");
        assertThat(decisionCells(robot)).containsExactly("\u2716 BLOCK", "\u2716 BLOCK");

        robot.interact(() -> session.record("record")); // a new BLOCK (invalid input) shows at once
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(countText(robot)).isEqualTo("5 decisions, 3 shown");

        robot.clickOn("All");
        assertThat(decisionCells(robot)).hasSize(5);
    }

    @Test
    void exportCsvThroughTheButtonWritesTheShownDecisions(FxRobot robot) throws Exception {
        recordOneOfEach(robot);
        dialogs.fileToSave = dir.resolve("audit.csv");

        robot.clickOn("\u2716 BLOCK");
        robot.clickOn("Export CSV\u2026");
        awaitExportDone();

        List<List<String>> rows = Rfc4180Reader.parse(Files.readString(dialogs.fileToSave));
        assertThat(rows).hasSize(3);
        assertThat(rows.subList(1, 3)).extracting(r -> r.get(7)).containsExactly("LEDGER_MISMATCH", "INVALID_INPUT");
        assertThat(dialogs.fileRequests.get(0).suggestedName()).matches("scalelab-audit-\\d{8}-\\d{6}\\.csv");
        assertThat(robot.lookup(".audit-status").queryAs(Label.class).getText())
                .isEqualTo("Exported 2 decisions to " + dialogs.fileToSave + ".");
    }

    @Test
    void exportJsonLinesFromTheMenuWithItsShortcut(FxRobot robot) throws Exception {
        recordOneOfEach(robot);
        dialogs.fileToSave = dir.resolve("audit.jsonl");
        MenuItem item = controller.menuItems().stream()
                .filter(m -> "Export JSON Lines\u2026".equals(m.getText())).findFirst().orElseThrow();
        assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+Shift+E"));

        robot.interact(item::fire);
        awaitExportDone();

        List<String> lines = Files.readAllLines(dialogs.fileToSave);
        assertThat(lines).hasSize(4);
        ObjectMapper json = new ObjectMapper();
        JsonNode last = json.readTree(lines.get(3));
        assertThat(last.get("trigger").asText()).isEqualTo("record");
        assertThat(last.get("scenario").get("expect").get("reasonCode").asText()).isEqualTo("INVALID_INPUT");
    }

    @Test
    void choosingNoFileExportsNothing(FxRobot robot) {
        recordOneOfEach(robot);
        dialogs.fileToSave = null;

        robot.clickOn("Export CSV\u2026");

        assertThat(controller.viewModel().exportingProperty().get()).isFalse();
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void cancelledExportKeepsTheOldFile(FxRobot robot) throws Exception {
        Path target = dir.resolve("audit.csv");
        Files.writeString(target, "yesterday's export");
        dialogs.fileToSave = target;
        List<AuditRecord> many = manyRecords(100_000);
        robot.interact(() -> controller.viewModel().addAll(many));

        robot.interact(() -> {
            controller.exportCsv();
            controller.cancelExport();
        });
        awaitExportDone();
        // The export thread removes its temporary file after the task reports cancelled.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> filesIn(dir).size() == 1);

        assertThat(Files.readString(target)).isEqualTo("yesterday's export");
        assertThat(robot.lookup(".audit-status").queryAs(Label.class).getText())
                .isEqualTo("Export cancelled; audit.csv was not changed.");
    }

    @Test
    void failedExportSaysWhyInTheStatus(FxRobot robot) throws Exception {
        recordOneOfEach(robot);
        Path notAFolder = Files.writeString(dir.resolve("notes.txt"), "a file");
        dialogs.fileToSave = notAFolder.resolve("audit.csv");

        robot.clickOn("Export CSV\u2026");
        awaitExportDone();

        assertThat(robot.lookup(".audit-status").queryAs(Label.class).getText())
                .isEqualTo("Export failed, audit.csv was not changed: " + notAFolder + " is a file, not a folder");
        assertThat(robot.lookup("Export CSV\u2026").queryButton().isDisabled()).isFalse();
    }

    @Test
    void clearAsksFirst(FxRobot robot) {
        recordOneOfEach(robot);

        dialogs.confirmAnswer = false;
        robot.clickOn("Clear");
        assertThat(table(robot).getItems()).hasSize(4);

        dialogs.confirmAnswer = true;
        robot.clickOn("Clear");
        assertThat(table(robot).getItems()).isEmpty();
        assertThat(dialogs.confirmations).hasSize(2).allMatch(q -> q.contains("The 4 recorded decisions will be removed."));
        assertThat(countText(robot)).isEqualTo("0 decisions, 0 shown");
    }

    @Test
    void ahundredThousandRowsStayVirtualAndTheNewestIsInView(FxRobot robot) {
        List<AuditRecord> many = manyRecords(100_000);
        robot.interact(() -> controller.viewModel().addAll(many));
        robot.interact(() -> session.record("record"));
        WaitForAsyncUtils.waitForFxEvents();

        TableView<AuditRecord> table = table(robot);
        assertThat(table.getItems()).hasSize(100_001);
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        assertThat(flow.getLastVisibleCell().getIndex()).isEqualTo(100_000);
        assertThat(robot.lookup(".decision-cell").queryAll()).hasSizeLessThan(100);
        assertThat(countText(robot)).isEqualTo("100,001 decisions, 100,001 shown");
    }

    private List<AuditRecord> manyRecords(int n) {
        AuditRecord one = AuditFixtures.record(new AuditRecorder(false), "bulk", AuditFixtures.approvedAdd());
        List<AuditRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(one);
        }
        return out;
    }

    private static List<Path> filesIn(Path d) {
        try (Stream<Path> s = Files.list(d)) {
            return s.toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
