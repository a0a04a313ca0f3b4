package com.scalelab.ui.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.CheckStatus;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.Screenshots;
import com.scalelab.ui.verdict.VerdictViewModel;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The trainee's task: drag, type and build a ladder in the scenario view while the verdict follows. */
@ExtendWith(ApplicationExtension.class)
class ScenarioVerdictViewTest {
    private LabFixtures.Views views;
    private final List<LabSession.DecisionSnapshot> recorded = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        LabSession session = LabFixtures.session();
        session.addRecordListener(recorded::add);
        views = LabFixtures.show(stage, session);
    }

    private LabSession session() {
        return views.session();
    }

    private VerdictViewModel verdict() {
        return views.verdict().model();
    }

    private Label badge(FxRobot robot) {
        return robot.lookup(".badge").queryAs(Label.class);
    }

    private TextField field(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(TextField.class);
    }

    private void type(FxRobot robot, String fieldId, String text) {
        robot.doubleClickOn("#" + fieldId);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void draggingThePriceAcrossTheSpacingThresholdTurnsSkipIntoScale(FxRobot robot) {
        assertThat(badge(robot).getText()).isEqualTo("‖ SKIP");
        assertThat(verdict().row(ReasonCode.PRICE_SPACING_OUT_OF_RANGE).statusProperty().get()).isEqualTo(CheckStatus.FAIL);
        Node spacingRow = robot.lookup("#check-PRICE_SPACING_OUT_OF_RANGE").query();
        assertThat(spacingRow.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("deciding"));

        Slider slider = robot.lookup("#priceSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        Node track = slider.lookup(".track");
        double pixelsPerPrice = track.getBoundsInLocal().getWidth() / (slider.getMax() - slider.getMin());
        double dx = (104.0 - 101.0) * pixelsPerPrice; // to 2 ATR above the last entry, inside [1, 4] ATR
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(dx / 3, 0).moveBy(dx / 3, 0).moveBy(dx / 3, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();

        double price = session().getContext().proposed().price();
        assertThat(price).isBetween(102.5, 105.5);
        assertThat(badge(robot).getText()).isEqualTo("✔ SCALE");
        assertThat(robot.lookup(".reason-code").queryAs(Label.class).getText()).isEqualTo("SCALE_APPROVED");
        VerdictViewModel.CheckRow spacing = verdict().row(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        assertThat(spacing.statusProperty().get()).isEqualTo(CheckStatus.PASS);
        assertThat(spacing.statusTextProperty().get()).isEqualTo("✔ PASS");
        assertThat(spacing.observedProperty().get()).endsWith(" ATR").doesNotStartWith("0.5");
        assertThat(spacingRow.getPseudoClassStates())
                .doesNotContain(PseudoClass.getPseudoClass("fail"), PseudoClass.getPseudoClass("deciding"));
        assertThat(field(robot, "priceField").getText()).isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", price));
        assertThat(robot.lookup("#priceCaption").queryAs(Label.class).getText())
                .contains(String.format(java.util.Locale.ROOT, "%.2f", price)).contains("ATR from last entry").startsWith(
                        String.format(java.util.Locale.ROOT, "%.2f", price));
    }

    @Test
    void releasingASliderRecordsExactlyOneSnapshotAndAKeyboardNudgeCountsAsARelease(FxRobot robot) {
        Slider slider = robot.lookup("#priceSlider").queryAs(Slider.class);
        Node thumb = slider.lookup(".thumb");
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(10, 0).moveBy(10, 0).moveBy(10, 0).moveBy(10, 0).drop();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0).trigger()).isEqualTo("slider");
        assertThat(recorded.get(0).context()).isEqualTo(session().getContext());

        robot.clickOn("#signalSlider .thumb");
        int afterClick = recorded.size();
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(recorded).hasSize(afterClick + 1);
        assertThat(recorded.get(recorded.size() - 1).context().proposed().signalQuality()).isLessThan(0.8);
    }

    @Test
    void typingAPriceMovesTheSliderAndTheVerdictAndBadTypingIsMarkedNotApplied(FxRobot robot) {
        type(robot, "priceField", "103.5");
        Slider slider = robot.lookup("#priceSlider").queryAs(Slider.class);
        assertThat(slider.getValue()).isEqualTo(103.5);
        assertThat(session().getContext().proposed().price()).isEqualTo(103.5);
        assertThat(verdict().decisionProperty().get()).isEqualTo(Decision.SCALE);
        assertThat(robot.lookup("#priceCaption").queryAs(Label.class).getText())
                .isEqualTo("103.50 · +1.75 ATR from last entry");

        type(robot, "priceField", "10x3");
        TextField price = field(robot, "priceField");
        assertThat(price.getPseudoClassStates()).contains(PseudoClass.getPseudoClass("invalid"));
        assertThat(price.getTooltip().getText()).contains("Expected a price above 0, got '10x3'");
        assertThat(session().getContext().proposed().price()).isEqualTo(103.5);
        assertThat(slider.getValue()).isEqualTo(103.5);
        assertThat(verdict().decisionProperty().get()).isEqualTo(Decision.SCALE);

        type(robot, "minutesField", "12");
        assertThat(robot.lookup("#minutesSlider").queryAs(Slider.class).getValue()).isEqualTo(12);
        assertThat(verdict().reasonCodeProperty().get()).isEqualTo("MIN_TIME_NOT_ELAPSED");
        Button add = robot.lookup("#addEntryButton").queryAs(Button.class);
        assertThat(add.getText()).isEqualTo("Skip: too soon");
        assertThat(add.isDisabled()).isTrue();
        assertThat(add.getTooltip().getText()).contains("Only 12 min since the last entry");
    }

    @Test
    void addingEntriesBuildsALadderUntilMaxEntriesBlocksAndResetRestoresThePosition(FxRobot robot) {
        type(robot, "priceField", "103");
        Button add = robot.lookup("#addEntryButton").queryAs(Button.class);
        assertThat(add.getText()).isEqualTo("Add entry");
        int clicks = 0;
        while (!add.isDisabled() && clicks < 10) {
            robot.clickOn(add);
            WaitForAsyncUtils.waitForFxEvents();
            clicks++;
        }
        // 1 entry + 3 adds = the policy's 4; the sliders moved on each time so every add qualified.
        assertThat(clicks).isEqualTo(3);
        assertThat(session().getContext().position().entries()).extracting(e -> e.price())
                .containsExactly(100.0, 103.0, 106.0, 109.0);
        assertThat(session().getContext().position().entries()).extracting(e -> e.quantity())
                .containsExactly(10.0, 5.0, 2.5, 1.25);
        assertThat(session().getContext().brokerPositionQuantity()).isEqualTo(18.75);
        assertThat(add.getText()).isEqualTo("Blocked: MAX_ENTRIES_REACHED");
        assertThat(add.getTooltip().getText()).contains("This would be entry 5; the policy allows at most 4.");
        assertThat(badge(robot).getText()).isEqualTo("✖ BLOCK");
        assertThat(verdict().row(ReasonCode.MAX_ENTRIES_REACHED).decidingProperty().get()).isTrue();
        assertThat(recorded).extracting(LabSession.DecisionSnapshot::trigger).containsOnly("add entry").hasSize(3);
        assertThat(recorded).allMatch(s -> s.result().decision() == Decision.SCALE);

        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getContext()).isEqualTo(LabFixtures.longOneEntryAt100());
        assertThat(add.getText()).isEqualTo("Skip: spacing out of range");
    }

    @Test
    void clickingAFailedCheckAsksForItsPolicyFieldAndAPassingOneDoesNot(FxRobot robot) {
        robot.clickOn("#check-SIGNAL_TOO_WEAK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().focusedPolicyFieldProperty().get()).isNull();

        robot.clickOn("#check-PRICE_SPACING_OUT_OF_RANGE");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().focusedPolicyFieldProperty().get()).isEqualTo("qualification.minSpacingAtr");
    }

    @Test
    void theMismatchAndPendingOrderTogglesBlockAndUnblock(FxRobot robot) {
        robot.clickOn("#mismatchToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getContext().brokerPositionQuantity()).isEqualTo(11.0);
        assertThat(verdict().reasonCodeProperty().get()).isEqualTo("LEDGER_MISMATCH");
        assertThat(field(robot, "brokerField").getText()).isEqualTo("11");
        robot.clickOn("#mismatchToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getContext().brokerPositionQuantity()).isEqualTo(10.0);

        robot.clickOn("#pendingToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getContext().pendingOrders()).hasSize(1);
        assertThat(session().getContext().pendingOrders().get(0).reduceOnly()).isFalse();
        assertThat(verdict().reasonCodeProperty().get()).isEqualTo("PENDING_ORDER_CONFLICT");
        robot.clickOn("#pendingToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getContext().pendingOrders()).isEmpty();
        assertThat(verdict().reasonCodeProperty().get()).isEqualTo("PRICE_SPACING_OUT_OF_RANGE");
    }

    @Test
    void screenshotsOfScaleSkipAndBlock(FxRobot robot) {
        robot.interact(() -> Screenshots.save(views.scene(), "scenario-verdict-skip"));
        type(robot, "priceField", "103");
        assertThat(verdict().decisionProperty().get()).isEqualTo(Decision.SCALE);
        robot.interact(() -> Screenshots.save(views.scene(), "scenario-verdict-scale"));
        for (int i = 0; i < 3; i++) {
            robot.clickOn("#addEntryButton");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(verdict().reasonCodeProperty().get()).isEqualTo("MAX_ENTRIES_REACHED");
        robot.interact(() -> Screenshots.save(views.scene(), "scenario-verdict-block"));
        // As in the main window at 1280 wide, with the policy builder taking the left third.
        robot.interact(() -> views.scene().getWindow().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        type(robot, "priceField", "101");
        robot.interact(() -> Screenshots.save(views.scene(), "scenario-verdict-narrow"));
        assertThat(Screenshots.DIR.resolve("scenario-verdict-block.png")).exists();
    }
}
