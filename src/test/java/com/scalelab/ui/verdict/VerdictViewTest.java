package com.scalelab.ui.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.CheckStatus;
import com.scalelab.engine.Phase;
import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.ReasonCode;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.Screenshots;
import com.scalelab.ui.scenario.LabFixtures;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The verdict panel on its own: draft banner, phases, in-place updates, metrics. */
@ExtendWith(ApplicationExtension.class)
class VerdictViewTest {
    private LabFixtures.Views views;

    @Start
    void start(Stage stage) {
        views = LabFixtures.show(stage, LabFixtures.session());
    }

    private LabSession session() {
        return views.session();
    }

    @Test
    void anInvalidDraftPolicyShowsTheBannerAndTheVerdictKeepsTheLastValidPolicy(FxRobot robot) {
        Label banner = robot.lookup(".draft-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isFalse();
        String before = views.verdict().model().explanationProperty().get();

        robot.interact(() -> session().draftProblemsProperty().set(List.of(
                new PolicyProblem("limits.maxRiskPct", "must be above 0 and at most 100, got -1", PolicyProblem.Severity.ERROR),
                new PolicyProblem("scaling.maxEntries", "1 with scaling on allows no add", PolicyProblem.Severity.WARNING),
                new PolicyProblem("name", "must not be empty", PolicyProblem.Severity.ERROR))));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("The policy being edited is invalid: "
                + "limits.maxRiskPct: must be above 0 and at most 100, got -1; name: must not be empty. "
                + "The last valid policy stays in force.");
        assertThat(views.verdict().model().explanationProperty().get()).isEqualTo(before);
        robot.interact(() -> Screenshots.save(views.scene(), "verdict-invalid-draft"));

        // Warnings alone do not make the draft invalid.
        robot.interact(() -> session().draftProblemsProperty().set(List.of(
                new PolicyProblem("scaling.maxEntries", "1 with scaling on allows no add", PolicyProblem.Severity.WARNING))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(banner.isVisible()).isFalse();
    }

    @Test
    void everyCatalogueCheckIsShownByPhaseAndUpdatedInPlace(FxRobot robot) {
        for (ReasonCode code : CheckCatalogue.codes()) {
            assertThat(robot.lookup("#check-" + code.name()).tryQuery()).as(code.name()).isPresent();
        }
        for (Phase phase : Phase.values()) {
            assertThat(robot.lookup("#phase-" + phase.name()).tryQuery()).as(phase.name()).isPresent();
        }
        Node spacingRow = robot.lookup("#check-PRICE_SPACING_OUT_OF_RANGE").query();
        Label riskPct = robot.lookup("#riskPct").queryAs(Label.class);
        assertThat(riskPct.getText()).isEqualTo("0.08%");

        robot.interact(() -> session().contextProperty().set(session().getContext().withProposed(
                new com.scalelab.engine.ProposedEntry(com.scalelab.engine.Direction.LONG, 0, 5,
                        session().getContext().proposed().time(), 126, 0.8))));
        WaitForAsyncUtils.waitForFxEvents();

        VerdictViewModel model = views.verdict().model();
        assertThat(model.reasonCodeProperty().get()).isEqualTo("INVALID_INPUT");
        assertThat(model.row(ReasonCode.PRICE_SPACING_OUT_OF_RANGE).statusProperty().get())
                .isEqualTo(CheckStatus.NOT_EVALUATED);
        assertThat(model.row(ReasonCode.PRICE_SPACING_OUT_OF_RANGE).statusTextProperty().get()).isEqualTo("○ NOT RUN");
        assertThat(riskPct.getText()).isEqualTo("—");
        // Same nodes as before: the panel changed texts, it was not rebuilt.
        assertThat(robot.lookup("#check-PRICE_SPACING_OUT_OF_RANGE").<Node>query()).isSameAs(spacingRow);
        assertThat(robot.lookup("#riskPct").<Label>query()).isSameAs(riskPct);
    }
}
