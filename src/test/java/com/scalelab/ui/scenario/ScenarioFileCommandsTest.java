package com.scalelab.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingMode;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import com.scalelab.ui.app.FakeDialogService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Open Scenario… and Save Scenario As… through the menu items, with fake choosers and real files. */
@ExtendWith(ApplicationExtension.class)
class ScenarioFileCommandsTest {
    private static final String AVERAGE_DOWN_SCENARIO = """
            {
              "schemaVersion": 1,
              "name": "DCA second rung",
              "symbol": "BTC",
              "account": { "equity": 50000 },
              "position": {
                "direction": "LONG",
                "stopPrice": 80.0,
                "entries": [ { "price": 100.0, "quantity": 4, "time": "2026-02-01T10:00:00Z", "bar": 10 } ]
              },
              "broker": { "positionQuantity": 4 },
              "market": { "atr": 2.0, "spreadBps": 6.0 },
              "proposed": { "direction": "LONG", "price": 97.0, "quantity": 4,
                            "time": "2026-02-01T12:00:00Z", "bar": 14, "signalQuality": 0.7 },
              "policy": {
                "schemaVersion": 1,
                "name": "Crypto DCA",
                "scaling": { "enabled": true, "mode": "AVERAGE_DOWN", "maxEntries": 5 },
                "limits": { "maxPositionPct": 50.0, "maxRiskPct": 5.0 },
                "qualification": { "minMinutesBetween": 30, "minBarsBetween": 2, "minSpacingAtr": 1.0 },
                "sizing": { "scale": 1.5 }
              }
            }
            """;

    @TempDir
    Path dir;

    private LabFixtures.Views views;
    private final FakeDialogService dialogs = new FakeDialogService();

    @Start
    void start(Stage stage) {
        views = LabFixtures.show(stage, LabFixtures.session());
        views.scenario().setDialogs(dialogs);
    }

    private MenuItem item(String text) {
        return views.scenario().menuItems().stream().filter(i -> i.getText().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void menuItemsCarryTheirShortcuts() {
        assertThat(item("Open Scenario…").getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+Shift+O"));
        assertThat(item("Save Scenario").getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+Alt+S"));
        assertThat(item("Save Scenario As…").getAccelerator()).isEqualTo(KeyCombination.valueOf("Shortcut+Alt+Shift+S"));
    }

    @Test
    void openingAScenarioWithAnInlinePolicyLoadsBothAndTheVerdictFollows(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("dca.json"), AVERAGE_DOWN_SCENARIO);
        dialogs.fileToOpen = file;

        robot.interact(() -> item("Open Scenario…").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.problemsShown).isEmpty();
        assertThat(views.session().getPolicy().name()).isEqualTo("Crypto DCA");
        assertThat(views.session().getPolicy().scaling().mode()).isEqualTo(ScalingMode.AVERAGE_DOWN);
        ScalingContext ctx = views.session().getContext();
        assertThat(ctx.symbol()).isEqualTo("BTC");
        assertThat(ctx.proposed().price()).isEqualTo(97.0);
        assertThat(ctx.proposed().time()).isEqualTo(java.time.Instant.parse("2026-02-01T12:00:00Z"));
        assertThat(ctx.proposed().bar()).isEqualTo(14);
        assertThat(views.verdict().model().reasonCodeProperty().get()).isEqualTo("SCALE_APPROVED");
        ScenarioViewModel model = views.scenario().model();
        assertThat(model.minutesSinceLastProperty().get()).isEqualTo(120.0);
        assertThat(model.priceCaptionProperty().get()).isEqualTo("97.00 · -1.50 ATR from last entry");
        assertThat(model.scenarioNameProperty().get()).isEqualTo("DCA second rung");
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemListedAndNothingChanges(FxRobot robot) throws IOException {
        Path file = Files.writeString(dir.resolve("broken.json"), AVERAGE_DOWN_SCENARIO
                .replace("\"symbol\": \"BTC\",", "\"symbol\": \"BTC\", \"colour\": \"red\",")
                .replace("\"equity\": 50000", "\"equity\": \"lots\""));
        dialogs.fileToOpen = file;
        ScalingContext before = views.session().getContext();

        robot.interact(() -> item("Open Scenario…").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.lastProblems()).isNotEmpty();
        assertThat(String.join("\n", dialogs.lastProblems())).contains("broken.json:").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(dialogs.problemHeaders.get(0)).contains("Could not open").contains("broken.json");
        assertThat(views.session().getContext()).isEqualTo(before);
        assertThat(views.session().getPolicy().name()).isEqualTo("Trend pyramid");
    }

    @Test
    void savingWritesTheScenarioAsShownWithThePolicyInForce(FxRobot robot) throws Exception {
        robot.interact(() -> views.scenario().model().priceProperty().set(103.0));
        Path file = dir.resolve("saved.json");
        dialogs.fileToSave = file;

        robot.interact(() -> item("Save Scenario As…").fire());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(dialogs.problemsShown).isEmpty();
        Scenario saved = ScenarioFiles.load(file);
        assertThat(saved.context()).isEqualTo(views.session().getContext());
        assertThat(saved.context().proposed().price()).isEqualTo(103.0);
        assertThat(saved.inlinePolicy()).isEqualTo(views.session().getPolicy());
    }
}
