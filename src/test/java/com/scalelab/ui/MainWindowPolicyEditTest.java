package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.policy.FieldRow;
import com.scalelab.ui.policy.PolicyViewModel;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Editing the policy in the builder: inline validation, the policy in force, undo/redo, focus requests. */
@ExtendWith(ApplicationExtension.class)
class MainWindowPolicyEditTest {
    private ScaleLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        this.stage = stage;
        app = new ScaleLabApp(new FakeDialogService());
        app.start(stage);
    }

    private FieldRow row(String path) {
        return app.mainController().policyController().rows().get(path);
    }

    private void type(FxRobot robot, String path, String text) {
        TextField input = row(path).input();
        robot.interact(() -> app.mainController().policyController().focusField(path));
        robot.clickOn(input);
        robot.press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void enter(FxRobot robot) {
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBadValueIsMarkedAtItsFieldAndTheLastValidPolicyStaysInForce(FxRobot robot) {
        ScalingPolicy before = app.session().getPolicy();
        FieldRow risk = row(PolicyViewModel.MAX_RISK_PCT);

        type(robot, PolicyViewModel.MAX_RISK_PCT, "0");
        assertThat(risk.input().getStyleClass()).contains(FieldRow.ERROR_CLASS);
        assertThat(risk.messageLabel().getText()).contains("above 0 and at most 100").contains("got 0");
        assertThat(risk.messageLabel().isVisible()).isTrue();
        assertThat(app.session().getPolicy()).isEqualTo(before);
        assertThat(app.session().draftProblemsProperty().get()).extracting(PolicyProblem::path).contains("limits.maxRiskPct");
        assertThat(stage.getTitle()).startsWith("ScaleLab — Trend pyramid (conservative)* (");
        robot.interact(() -> Screenshots.save(stage.getScene(), "policy-invalid-field"));

        type(robot, PolicyViewModel.MAX_RISK_PCT, "abc");
        assertThat(risk.messageLabel().getText()).contains("expected a number");
        assertThat(app.session().getPolicy()).isEqualTo(before);
        assertThat(app.session().draftProblemsProperty().get())
                .anyMatch(p -> p.path().equals("limits.maxRiskPct") && p.message().contains("expected a number"));

        type(robot, PolicyViewModel.MAX_RISK_PCT, "-5");
        assertThat(risk.messageLabel().getText()).contains("got -5");
        assertThat(app.session().getPolicy()).isEqualTo(before);

        type(robot, PolicyViewModel.MAX_RISK_PCT, "3");
        assertThat(risk.input().getStyleClass()).doesNotContain(FieldRow.ERROR_CLASS);
        assertThat(risk.messageLabel().getText()).isEmpty();
        assertThat(risk.messageLabel().isVisible()).isFalse();
        assertThat(app.session().getPolicy().limits().maxRiskPct()).isEqualTo(3.0);
        assertThat(app.session().draftProblemsProperty().get()).isEmpty();
    }

    @Test
    void aCrossFieldRuleMarksTheFieldItSpeaksOf(FxRobot robot) {
        type(robot, PolicyViewModel.MIN_SPACING_ATR, "5");
        FieldRow max = row(PolicyViewModel.MAX_SPACING_ATR);
        assertThat(max.messageLabel().getText()).contains("minSpacingAtr");
        assertThat(app.session().getPolicy().qualification().minSpacingAtr()).isEqualTo(1.0);
        // Lifting the upper bound resolves it: the check box is part of the policy too.
        robot.clickOn(max.optionBox());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(max.messageLabel().getText()).isEmpty();
        assertThat(app.session().getPolicy().qualification().maxSpacingAtr()).isNull();
        assertThat(app.session().getPolicy().qualification().minSpacingAtr()).isEqualTo(5.0);
    }

    @Test
    void undoAndRedoWalkCommittedEditsWithTheKeyboard(FxRobot robot) {
        type(robot, PolicyViewModel.MAX_ENTRIES, "6");
        enter(robot);
        type(robot, PolicyViewModel.MAX_RISK_PCT, "3");
        enter(robot);
        assertThat(app.session().getPolicy().scaling().maxEntries()).isEqualTo(6);
        assertThat(app.session().getPolicy().limits().maxRiskPct()).isEqualTo(3.0);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(PolicyViewModel.MAX_RISK_PCT).input().getText()).isEqualTo("2");
        assertThat(row(PolicyViewModel.MAX_ENTRIES).input().getText()).isEqualTo("6");
        assertThat(app.session().getPolicy().limits().maxRiskPct()).isEqualTo(2.0);

        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(PolicyViewModel.MAX_ENTRIES).input().getText()).isEqualTo("4");
        assertThat(stage.getTitle()).doesNotContain("*");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z).release(KeyCode.Z, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(PolicyViewModel.MAX_ENTRIES).input().getText()).isEqualTo("6");
        assertThat(app.session().getPolicy().scaling().maxEntries()).isEqualTo(6);
        assertThat(stage.getTitle()).startsWith("ScaleLab — Trend pyramid (conservative)* (");
    }

    @Test
    void theModeToggleSwitchesAndCannotBeLeftEmpty(FxRobot robot) {
        ToggleButton pyramid = robot.lookup(".segmented-button .toggle-button").nth(0).queryAs(ToggleButton.class);
        ToggleButton averageDown = robot.lookup(".segmented-button .toggle-button").nth(1).queryAs(ToggleButton.class);
        assertThat(pyramid.isSelected()).isTrue();
        robot.clickOn(averageDown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.session().getPolicy().scaling().mode()).isEqualTo(ScalingMode.AVERAGE_DOWN);
        assertThat(robot.lookup(".mode-explanation").queryLabeled().getText()).contains("against");
        // Clicking the chosen button again must not leave the policy without a mode.
        robot.clickOn(averageDown);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(averageDown.isSelected()).isTrue();
        assertThat(app.session().getPolicy().scaling().mode()).isEqualTo(ScalingMode.AVERAGE_DOWN);
        assertThat(app.session().draftProblemsProperty().get()).isEmpty();
    }

    @Test
    void aFocusRequestFocusesSelectsAndShowsTheField(FxRobot robot) {
        robot.interact(() -> app.session().focusPolicyField("execution.maxSpreadBps"));
        WaitForAsyncUtils.waitForFxEvents();
        TextField spread = row(PolicyViewModel.MAX_SPREAD_BPS).input();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(spread);
        assertThat(spread.getSelectedText()).isEqualTo(spread.getText()).isNotEmpty();
        Node scroll = robot.lookup(".policy-view").query();
        assertThat(scroll.localToScene(scroll.getBoundsInLocal()).contains(spread.localToScene(spread.getBoundsInLocal())))
                .as("the field is scrolled into view").isTrue();

        robot.interact(() -> app.session().focusPolicyField("qualification.volatilityPct"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).isSameAs(row(PolicyViewModel.VOLATILITY_MIN).input());
        robot.interact(() -> Screenshots.save(stage.getScene(), "policy-volatility-band"));
    }

    @Test
    void theVolatilityRangeSliderAndItsFieldsShowTheSameBand(FxRobot robot) {
        org.controlsfx.control.RangeSlider slider = robot.lookup(".volatility-slider").queryAs(org.controlsfx.control.RangeSlider.class);
        robot.interact(() -> app.session().focusPolicyField("qualification.volatilityPct"));
        assertThat(slider.getLowValue()).isEqualTo(0.5);
        assertThat(slider.getHighValue()).isEqualTo(5.0);

        // Drag the high thumb left: the field and the policy in force follow, as one undo step.
        robot.drag(robot.lookup(".volatility-slider .high-thumb").queryAs(Node.class)).moveBy(-60, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        double max = app.session().getPolicy().qualification().volatilityPct().max();
        assertThat(max).isLessThan(5.0).isGreaterThan(0.5);
        assertThat(Double.parseDouble(row(PolicyViewModel.VOLATILITY_MAX).input().getText())).isEqualTo(max);
        robot.interact(() -> app.mainController().policyController().viewModel().undo());
        assertThat(app.session().getPolicy().qualification().volatilityPct().max()).isEqualTo(5.0);
        assertThat(slider.getHighValue()).isEqualTo(5.0);

        // Typing moves the thumbs, beyond the slider's initial range too.
        type(robot, PolicyViewModel.VOLATILITY_MAX, "12");
        type(robot, PolicyViewModel.VOLATILITY_MIN, "1.25");
        assertThat(slider.getHighValue()).isEqualTo(12.0);
        assertThat(slider.getLowValue()).isEqualTo(1.25);
        assertThat(row(PolicyViewModel.VOLATILITY_MIN).input().getText()).isEqualTo("1.25");
        assertThat(app.session().getPolicy().qualification().volatilityPct()).isEqualTo(new ScalingPolicy.Band(1.25, 12));
    }
}
