package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.app.Theme;
import com.scalelab.ui.landscape.DecisionMapView;
import com.scalelab.ui.landscape.FlipSuggestionsView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window at its default size in the three verdicts and both themes, saved under
 * target/screenshots/ (main-light-scale.png and so on) once the map, ladder and flips have caught up.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowScreenshotsTest {
    private ScaleLabApp app;
    private Stage stage;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        this.stage = stage;
        FakeDialogService dialogs = new FakeDialogService();
        dialogs.saveAnswer = com.scalelab.ui.app.DialogService.SaveChoice.DONT_SAVE; // Reset drops the what-if moves
        app = new ScaleLabApp(dialogs);
        app.start(stage);
    }

    private LabSession session() {
        return app.session();
    }

    /** Waits until the map shows the current scenario and the side views (ladder, flips) have followed. */
    private void settle() throws Exception {
        // the landscape goes in just after the window's first frame
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.mainController().landscapeController() != null);
        DecisionMapView map = app.mainController().landscapeController().mapView();
        FlipSuggestionsView flips = app.mainController().verdictController().flipsView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                DecisionMap m = map.mapProperty().get();
                // flips and ladder land together: flips for this scenario mean the ladder is current too
                boolean flipsDone = flips.lines().stream().map(FlipSuggestionsView.Line::text).toList()
                        .equals(WhatWouldFlip.find(session().getPolicy(), session().getContext()).sentences());
                return m != null && m.at().equals(WhatIfPoint.of(session().getContext())) && map.isUpToDate()
                        && flipsDone;
            });
        });
    }

    private Path shoot(FxRobot robot, String name) throws Exception {
        settle();
        Path[] file = new Path[1];
        robot.interact(() -> file[0] = Screenshots.save(stage.getScene(), name));
        assertThat(Files.size(file[0])).isPositive();
        return file[0];
    }

    private void theme(FxRobot robot, Theme theme) {
        robot.interact(() -> app.mainController().applyTheme(theme));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void mainWindowInScaleSkipAndBlockInBothThemes(FxRobot robot) throws Exception {
        assertThat(stage.getScene().getWidth()).isEqualTo(1440);
        assertThat(stage.getScene().getHeight()).isEqualTo(900);
        theme(robot, Theme.LIGHT);
        assertThat(session().getResult().decision()).isEqualTo(Decision.SCALE);
        shoot(robot, "main-light-scale");
        theme(robot, Theme.DARK);
        shoot(robot, "main-dark-scale");

        // SKIP: the price dragged down 1 ATR, only half an ATR above the last entry
        robot.interact(() -> {
            ScalingContext ctx = session().getContext();
            double atr = ctx.market().atr();
            double price = ctx.proposed().price() - atr;
            session().contextProperty().set(WhatIfPoint.of(ctx).with(WhatIfInput.PRICE, price).applyTo(ctx));
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session().getResult().decision()).isEqualTo(Decision.SKIP);
        shoot(robot, "main-dark-skip");
        theme(robot, Theme.LIGHT);
        shoot(robot, "main-light-skip");

        // BLOCK: back to the approved add, then Add entry until the policy stops the ladder
        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 8 && session().getResult().decision() == Decision.SCALE; i++) {
            robot.clickOn("#addEntryButton");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(session().getResult().reasonCode()).isEqualTo(ReasonCode.MAX_ENTRIES_REACHED);
        assertThat(robot.lookup("#addEntryButton").queryAs(Button.class).isDisabled()).isTrue();
        shoot(robot, "main-light-block");
        theme(robot, Theme.DARK);
        shoot(robot, "main-dark-block");
        theme(robot, Theme.LIGHT);
    }
}
