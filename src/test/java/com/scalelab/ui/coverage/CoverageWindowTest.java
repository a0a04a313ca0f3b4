package com.scalelab.ui.coverage;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ReasonCode;
import com.scalelab.ui.ScaleLabApp;
import com.scalelab.ui.Screenshots;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Scenario > Coverage of Scenario Packs: the packs a risk reviewer opens, and what they leave unexercised. */
@ExtendWith(ApplicationExtension.class)
class CoverageWindowTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private ScaleLabApp app;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        app = new ScaleLabApp(dialogs);
        app.start(stage);
    }

    @Test
    void addingTheSamplePacksFillsBothTablesAndMarksWhatIsUncovered(FxRobot robot) throws Exception {
        List<Path> packs;
        try (Stream<Path> s = Files.list(Path.of("sample-policies/scenarios"))) {
            packs = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        dialogs.filesToOpen = packs;
        CoverageWindow[] window = new CoverageWindow[1];
        robot.interact(() -> window[0] = app.mainController().showCoverage());
        robot.clickOn(window[0].controller().addButton());
        // the judging runs off the UI thread: wait for the report
        for (int i = 0; i < 100 && window[0].model().reportProperty().get() == null; i++) {
            Thread.sleep(50);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(window[0].model().reportProperty().get().scenarios()).isEqualTo(packs.size());
        assertThat(window[0].controller().checkTable().getItems()).hasSize(com.scalelab.engine.CheckCatalogue.size());
        assertThat(window[0].controller().limitTable().getItems()).isNotEmpty();
        assertThat(robot.lookup(".coverage-headline").queryLabeled().getText()).contains("% covered:")
                .contains("over " + packs.size() + " scenarios");
        robot.interact(() -> window[0].stage().setWidth(1000));
        WaitForAsyncUtils.waitForFxEvents();
        // rows no pack made a check fail or decide, or a limit it never sat at, are marked
        assertThat(robot.from(window[0].stage().getScene().getRoot()).lookup(".table-row-cell.uncovered").queryAll())
                .isNotEmpty();
        robot.interact(() -> Screenshots.save(window[0].stage().getScene(), "coverage-window"));
        robot.interact(() -> window[0].stage().close());
    }
}
