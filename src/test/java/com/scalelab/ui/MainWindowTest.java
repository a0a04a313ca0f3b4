package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.PolicyFiles;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.app.Theme;
import com.scalelab.ui.policy.FieldRow;
import com.scalelab.ui.policy.PolicyViewModel;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The main window as a user first meets it: start-up, the samples, themes, remembered window. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private final FakeDialogService dialogs = new FakeDialogService();
    private ScaleLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        this.stage = stage;
        app = new ScaleLabApp(dialogs);
        app.start(stage);
    }

    /** The menu bar's button of a menu (a bare text lookup can hit a tooltip or hidden label). */
    static javafx.scene.Node menu(FxRobot robot, String text) {
        return labeled(robot, text);
    }

    /**
     * Clicks through a menu path as a user does. Each click is made where the pointer already is,
     * because a menu item's popup closes on the click and TestFX would look its bounds up again.
     */
    static void chooseMenu(FxRobot robot, String... path) {
        for (int i = 0; i < path.length; i++) {
            String step = path[i];
            try {
                WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                        () -> robot.lookup(visibleLabeled(step)).tryQuery().isPresent());
            } catch (java.util.concurrent.TimeoutException e) {
                throw new AssertionError("menu entry \"" + step + "\" never showed; showing: "
                        + robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.Labeled && n.getScene() != null)
                        .queryAll().stream().map(n -> ((javafx.scene.control.Labeled) n).getText()).toList(), e);
            }
            javafx.scene.Node target = labeled(robot, step);
            javafx.geometry.Bounds b = target.localToScreen(target.getBoundsInLocal());
            javafx.geometry.Point2D mouse = robot.robotContext().getBaseRobot().retrieveMouse();
            // A diagonal path crosses other menus or sibling items and closes the menu on the way:
            // from the menu bar go down into the menu first, from an item go across into its submenu.
            javafx.geometry.Point2D corner = i == 1
                    ? new javafx.geometry.Point2D(mouse.getX(), b.getCenterY())
                    : new javafx.geometry.Point2D(b.getCenterX(), mouse.getY());
            if (i > 0) {
                robot.moveTo(corner);
            }
            robot.moveTo(new javafx.geometry.Point2D(b.getCenterX(), b.getCenterY()));
            if (i > 0 && i < path.length - 1) {
                continue; // hovering opens a submenu; a click could close it again
            }
            robot.clickOn(javafx.scene.input.MouseButton.PRIMARY);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** A visible label or button by its text as shown (menu texts carry "_" mnemonic marks). */
    static javafx.scene.Node labeled(FxRobot robot, String text) {
        return robot.lookup(visibleLabeled(text)).query();
    }

    private static java.util.function.Predicate<javafx.scene.Node> visibleLabeled(String text) {
        return n -> n instanceof javafx.scene.control.Labeled l && l.getText() != null
                && l.getText().replace("_", "").equals(text) && n.getScene() != null && n.isVisible();
    }

    private Map<String, FieldRow> rows() {
        return app.mainController().policyController().rows();
    }

    @Test
    void opensWithTheDefaultSamplePolicyAndAVerdict() throws Exception {
        ScalingPolicy sample = SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY);
        assertThat(app.session().getPolicy()).isEqualTo(sample);
        assertThat(app.session().getResult().decision()).isEqualTo(Decision.SCALE);
        assertThat(app.session().getResult().reasonCode()).isEqualTo(ReasonCode.SCALE_APPROVED);
        assertThat(stage.getTitle()).isEqualTo("ScaleLab — Trend pyramid (conservative) (trend-pyramid-conservative.json) · Scenario: pyramid-add-approved.json");
        assertThat(rows().get(PolicyViewModel.NAME).input().getText()).isEqualTo("Trend pyramid (conservative)");
        assertThat(rows().get(PolicyViewModel.MAX_ENTRIES).input().getText()).isEqualTo("4");
        assertThat(app.session().draftProblemsProperty().get()).isEmpty();
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void eachSamplePolicyOpensThroughTheMenuAndShowsItsValues(FxRobot robot) throws Exception {
        List<String> samples = SampleLibrary.policyNames();
        assertThat(samples).hasSizeGreaterThanOrEqualTo(5).contains(SampleLibrary.DEFAULT_POLICY);
        for (String name : samples) {
            chooseMenu(robot, "Policy", "Open Sample", name);
            WaitForAsyncUtils.waitForFxEvents();
            ScalingPolicy expected = SampleLibrary.policy(name);
            assertThat(app.session().getPolicy()).as(name).isEqualTo(expected);
            assertThat(stage.getTitle()).as(name).isEqualTo("ScaleLab — " + expected.name() + " (" + name + ") · Scenario: pyramid-add-approved.json");
            assertFieldsShow(expected, name);
        }
        assertThat(dialogs.unsavedAsked()).isZero();
    }

    private void assertFieldsShow(ScalingPolicy p, String sample) {
        Map<String, FieldRow> rows = rows();
        assertThat(rows.get(PolicyViewModel.NAME).input().getText()).as(sample).isEqualTo(p.name());
        assertThat(rows.get(PolicyViewModel.STRATEGY).input().getText()).as(sample).isEqualTo(p.strategy());
        assertThat(rows.get(PolicyViewModel.MAX_ENTRIES).input().getText()).as(sample)
                .isEqualTo(Integer.toString(p.scaling().maxEntries()));
        assertThat(number(rows, PolicyViewModel.MAX_POSITION_PCT)).as(sample).isEqualTo(p.limits().maxPositionPct());
        assertThat(number(rows, PolicyViewModel.MAX_RISK_PCT)).as(sample).isEqualTo(p.limits().maxRiskPct());
        assertThat(number(rows, PolicyViewModel.LEDGER_TOLERANCE)).as(sample).isEqualTo(p.limits().ledgerTolerance());
        assertThat(number(rows, PolicyViewModel.MIN_MINUTES)).as(sample).isEqualTo(p.qualification().minMinutesBetween());
        assertThat(number(rows, PolicyViewModel.MIN_BARS)).as(sample).isEqualTo((double) p.qualification().minBarsBetween());
        assertThat(number(rows, PolicyViewModel.MIN_SIGNAL_QUALITY)).as(sample).isEqualTo(p.qualification().minSignalQuality());
        assertThat(number(rows, PolicyViewModel.MIN_SPACING_ATR)).as(sample).isEqualTo(p.qualification().minSpacingAtr());
        FieldRow maxSpacing = rows.get(PolicyViewModel.MAX_SPACING_ATR);
        assertThat(maxSpacing.optionBox().isSelected()).as(sample).isEqualTo(p.qualification().maxSpacingAtr() == null);
        if (p.qualification().maxSpacingAtr() != null) {
            assertThat(number(rows, PolicyViewModel.MAX_SPACING_ATR)).as(sample).isEqualTo(p.qualification().maxSpacingAtr());
        }
        ScalingPolicy.Band band = p.qualification().volatilityPct();
        assertThat(rows.get(PolicyViewModel.VOLATILITY_MIN).input().isDisabled()).as(sample).isEqualTo(band == null);
        if (band != null) {
            assertThat(number(rows, PolicyViewModel.VOLATILITY_MIN)).as(sample).isEqualTo(band.min());
            assertThat(number(rows, PolicyViewModel.VOLATILITY_MAX)).as(sample).isEqualTo(band.max());
        }
        FieldRow spread = rows.get(PolicyViewModel.MAX_SPREAD_BPS);
        assertThat(spread.optionBox().isSelected()).as(sample).isEqualTo(p.execution().maxSpreadBps() == null);
        if (p.execution().maxSpreadBps() != null) {
            assertThat(number(rows, PolicyViewModel.MAX_SPREAD_BPS)).as(sample).isEqualTo(p.execution().maxSpreadBps());
        }
        assertThat(number(rows, PolicyViewModel.SCALE)).as(sample).isEqualTo(p.sizing().scale());
        assertThat(app.mainController().policyController().viewModel().modeProperty().get()).as(sample)
                .isEqualTo(p.scaling().mode());
        assertThat(app.mainController().policyController().viewModel().scalingEnabledProperty().get()).as(sample)
                .isEqualTo(p.scaling().enabled());
    }

    private static double number(Map<String, FieldRow> rows, String path) {
        return Double.parseDouble(rows.get(path).input().getText());
    }

    @Test
    void themeSwitchChangesTheStylesheetsAndIsRemembered(FxRobot robot) {
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-light.css"));
        robot.interact(() -> Screenshots.save(stage.getScene(), "main-window-light"));

        robot.clickOn(rows().get(PolicyViewModel.NAME).input());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.L).release(KeyCode.L, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"))
                .noneMatch(s -> s.endsWith("theme-light.css"));
        assertThat(LabPreferences.fromSystemProperty().theme()).isEqualTo(Theme.DARK);
        robot.interact(() -> Screenshots.save(stage.getScene(), "main-window-dark"));

        chooseMenu(robot, "View", "Light theme");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-light.css"));
        assertThat(LabPreferences.fromSystemProperty().theme()).isEqualTo(Theme.LIGHT);
    }

    @Test
    void aRememberedThemeAndWindowAreRestoredOnTheNextStart(FxRobot robot) {
        robot.interact(() -> {
            app.mainController().applyTheme(Theme.DARK);
            stage.setX(50);
            stage.setY(40);
            stage.setWidth(1300);
            stage.setHeight(820);
            app.mainController().rememberWindow();
        });
        Stage[] second = new Stage[1];
        ScaleLabApp secondApp = new ScaleLabApp(new FakeDialogService());
        robot.interact(() -> {
            second[0] = new Stage();
            secondApp.start(second[0]);
        });
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertThat(second[0].getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
            assertThat(new Rectangle2D(second[0].getX(), second[0].getY(), second[0].getWidth(), second[0].getHeight()))
                    .isEqualTo(new Rectangle2D(50, 40, 1300, 820));
        } finally {
            robot.interact(() -> second[0].close());
        }
    }

    @Test
    void reasonCodeGuideCoversAllSeventeenCodes() {
        List<String> lines = com.scalelab.ui.app.ReasonCodeGuide.lines();
        assertThat(lines).hasSize(17);
        for (ReasonCode code : ReasonCode.values()) {
            assertThat(lines).anyMatch(l -> l.startsWith(code.name() + " (" + code.decision() + "): ") && !l.endsWith("null"));
        }
    }

    @Test
    void theDefaultPolicySavesToTheSameFileContentAsLoaded() throws Exception {
        // The fields shown must give back the exact policy, or saving an untouched sample would change it.
        ScalingPolicy shown = app.mainController().policyController().viewModel().getDraft();
        assertThat(PolicyFiles.toJson(shown)).isEqualTo(PolicyFiles.toJson(SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY)));
    }

    @Test
    void quitAsksAboutUnsavedEditsAndCancelKeepsTheWindowOpen(FxRobot robot) {
        robot.interact(() -> app.mainController().policyController().viewModel().maxRiskPctProperty().set("1.5"));
        dialogs.saveAnswer = com.scalelab.ui.app.DialogService.SaveChoice.CANCEL;
        robot.press(KeyCode.CONTROL, KeyCode.Q).release(KeyCode.Q, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.unsavedAsked()).isEqualTo(1);
        assertThat(stage.isShowing()).isTrue();
        assertThat(app.session().getPolicy().limits().maxRiskPct()).isEqualTo(1.5);

        // Don't Save lets the window close (asked directly: closing the last window would end the toolkit).
        dialogs.saveAnswer = com.scalelab.ui.app.DialogService.SaveChoice.DONT_SAVE;
        boolean[] mayClose = new boolean[1];
        robot.interact(() -> mayClose[0] = app.mainController().closeRequested());
        assertThat(mayClose[0]).isTrue();
        assertThat(dialogs.unsavedAsked()).isEqualTo(2);
    }

    @Test
    void everyInputOfThePolicyBuilderHasATooltip(FxRobot robot) {
        List<javafx.scene.Node> inputs = robot.lookup(".policy-view").lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.TextField || n instanceof javafx.scene.control.CheckBox
                        || n instanceof javafx.scene.control.ToggleButton || n instanceof org.controlsfx.control.ToggleSwitch
                        || n instanceof org.controlsfx.control.RangeSlider).queryAll().stream()
                .filter(javafx.scene.Node::isVisible).toList();
        assertThat(inputs).hasSizeGreaterThan(20);
        assertThat(inputs).allSatisfy(n -> assertThat(((javafx.scene.control.Control) n).getTooltip())
                .as(n.toString()).isNotNull()
                .satisfies(t -> assertThat(t.getText()).isNotBlank()));
    }

    @Test
    void atTheSmallestSupportedSizeEveryFieldIsFullyVisibleAcross(FxRobot robot) {
        robot.interact(() -> {
            stage.setMaximized(false);
            stage.setWidth(1280);
            stage.setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ScrollPane scroll = robot.lookup(".policy-view").queryAs(javafx.scene.control.ScrollPane.class);
        javafx.geometry.Bounds view = scroll.localToScene(scroll.getLayoutBounds());
        for (FieldRow row : rows().values()) {
            javafx.geometry.Bounds input = row.input().localToScene(row.input().getLayoutBounds());
            assertThat(input.getMaxX()).as(row.getPath()).isLessThanOrEqualTo(view.getMaxX());
            assertThat(input.getWidth()).as(row.getPath()).isGreaterThanOrEqualTo(60);
        }
        robot.interact(() -> Screenshots.save(stage.getScene(), "main-window-1280x800"));
    }

    @Test
    void helpShowsTheSeventeenReasonCodesAndTheVersion(FxRobot robot) {
        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ListView<?> codes = robot.lookup(".reason-code-list").queryAs(javafx.scene.control.ListView.class);
        assertThat(codes.getItems()).hasSize(17);
        assertThat(codes.getItems().get(0).toString()).startsWith("INVALID_INPUT (BLOCK): ");
        robot.interact(() -> ((Stage) codes.getScene().getWindow()).close());

        robot.press(KeyCode.SHIFT, KeyCode.F1).release(KeyCode.F1, KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.DialogPane about = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.DialogPane d
                && d.getHeaderText() != null && d.getHeaderText().startsWith("ScaleLab ")).queryAs(javafx.scene.control.DialogPane.class);
        assertThat(about.getHeaderText()).isEqualTo("ScaleLab " + com.scalelab.ui.app.HelpDialogs.version());
        robot.interact(() -> ((Stage) about.getScene().getWindow()).close());
    }

    @Test
    void theBuiltInStandInsMatchTheShippedDefaults() throws Exception {
        // Used only when a sample is missing from the class path; they must not drift from the files.
        assertThat(SampleLibrary.builtInPolicy()).isEqualTo(SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY));
        assertThat(SampleLibrary.builtInContext()).isEqualTo(SampleLibrary.scenario(SampleLibrary.DEFAULT_SCENARIO).context());
        assertThat(SampleLibrary.start().notices()).isEmpty();
    }

    @Test
    void everyMenuActionHasItsOwnShortcut() {
        java.util.Map<String, String> byShortcut = new java.util.HashMap<>();
        java.util.List<String> without = new java.util.ArrayList<>();
        for (javafx.scene.control.Menu menu : app.mainController().menuBar().getMenus()) {
            collect(menu, byShortcut, without);
        }
        assertThat(without).as("menu actions without a shortcut").isEmpty();
        for (String k : List.of("Shortcut+N", "Shortcut+O", "Shortcut+S", "Shortcut+Shift+S", "Shortcut+Q",
                "Shortcut+Z", "Shortcut+Shift+Z", "Shortcut+Shift+L")) {
            assertThat(byShortcut).containsKey(javafx.scene.input.KeyCombination.keyCombination(k).getDisplayText());
        }
    }

    private static void collect(javafx.scene.control.Menu menu, java.util.Map<String, String> byShortcut,
                                java.util.List<String> without) {
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            if (item instanceof javafx.scene.control.SeparatorMenuItem) {
                continue;
            }
            if (item instanceof javafx.scene.control.Menu sub) {
                collect(sub, byShortcut, without);
                continue;
            }
            if (item.getAccelerator() == null) {
                without.add(menu.getText() + " > " + item.getText());
                continue;
            }
            String previous = byShortcut.put(item.getAccelerator().getDisplayText(), item.getText());
            assertThat(previous).as(item.getAccelerator().getDisplayText() + " is used by " + previous
                    + " and " + item.getText()).isNull();
        }
    }
}
