package com.scalelab.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.FileRefusedException;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.SampleLibrary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The builder's view-model without any control: parsing, the engine's rules, history, dirtiness. */
class PolicyViewModelTest {
    private LabSession session;
    private PolicyViewModel vm;
    private ScalingPolicy sample;

    @BeforeEach
    void setUp() throws FileRefusedException {
        sample = SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY);
        session = new LabSession(sample, SampleLibrary.builtInContext());
        vm = new PolicyViewModel(session);
    }

    @Test
    void everySamplePolicyComesBackUnchangedFromTheFields() throws FileRefusedException {
        for (String name : SampleLibrary.policyNames()) {
            ScalingPolicy p = SampleLibrary.policy(name);
            vm.load(p);
            assertThat(vm.getDraft()).as(name).isEqualTo(p);
            assertThat(vm.isDirty()).as(name).isFalse();
            assertThat(session.getPolicy()).as(name).isEqualTo(p);
        }
    }

    @Test
    void textThatIsNotANumberIsAnErrorAtItsPathAndOtherFieldsAreStillJudged() {
        vm.maxRiskPctProperty().set("abc");
        vm.maxEntriesProperty().set("0");
        assertThat(vm.getDraft()).isNull();
        assertThat(session.draftProblemsProperty().get()).extracting(PolicyProblem::toString)
                .contains("limits.maxRiskPct: expected a number, got \"abc\"")
                .anyMatch(s -> s.startsWith("scaling.maxEntries: must be a whole number from 1 to 100"));
        assertThat(vm.errorProperty(PolicyViewModel.MAX_RISK_PCT).get()).isEqualTo("expected a number, got \"abc\"");
        assertThat(session.getPolicy()).isEqualTo(sample);
        assertThat(vm.isDirty()).isTrue();
    }

    @Test
    void oddNumberTextNeverThrows() {
        for (String typed : new String[] {"", " ", "-", ".", "1e", "NaN", "Infinity", "0x10", "5d", "1,5", "1e400",
                "99999999999999999999999", "-0", "+3", " 2.5 "}) {
            vm.maxRiskPctProperty().set(typed);
            vm.minBarsBetweenProperty().set(typed);
            assertThat(session.getPolicy().isValid()).as(typed).isTrue();
        }
        vm.minBarsBetweenProperty().set("7.5");
        assertThat(vm.errorProperty(PolicyViewModel.MIN_BARS).get()).isEqualTo("expected a whole number, got \"7.5\"");
        vm.maxRiskPctProperty().set("1e400");
        assertThat(vm.errorProperty(PolicyViewModel.MAX_RISK_PCT).get()).contains("got Infinity");
        vm.maxRiskPctProperty().set(" 2.5 ");
        assertThat(session.getPolicy().limits().maxRiskPct()).isEqualTo(2.5);
    }

    @Test
    void aValidEditTakesEffectAtOnceAndWarningsStayVisible() {
        vm.maxEntriesProperty().set("1");
        assertThat(session.getPolicy().scaling().maxEntries()).isEqualTo(1);
        assertThat(session.draftProblemsProperty().get()).singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("scaling.maxEntries");
                    assertThat(p.severity()).isEqualTo(PolicyProblem.Severity.WARNING);
                });
        assertThat(vm.warningProperty(PolicyViewModel.MAX_ENTRIES).get()).contains("no add can ever pass");
        assertThat(vm.errorProperty(PolicyViewModel.MAX_ENTRIES).get()).isEmpty();
    }

    @Test
    void anInvertedVolatilityBandMarksBothEnds() {
        vm.volatilityMinProperty().set("6");
        assertThat(vm.errorProperty(PolicyViewModel.VOLATILITY_MIN).get()).contains("must not be above max");
        assertThat(vm.errorProperty(PolicyViewModel.VOLATILITY_MAX).get()).contains("must not be above max");
        vm.anyVolatilityProperty().set(true);
        assertThat(session.getPolicy().qualification().volatilityPct()).isNull();
        assertThat(vm.errorProperty(PolicyViewModel.VOLATILITY_MIN).get()).isEmpty();
    }

    @Test
    void switchingABoundOffAndOnKeepsTheTypedValue() {
        vm.maxSpreadBpsProperty().set("12");
        vm.noSpreadLimitProperty().set(true);
        assertThat(session.getPolicy().execution().maxSpreadBps()).isNull();
        vm.noSpreadLimitProperty().set(false);
        assertThat(session.getPolicy().execution().maxSpreadBps()).isEqualTo(12.0);
    }

    @Test
    void keystrokesMakeOneUndoStepWhenTheEditIsCommitted() {
        vm.maxRiskPctProperty().set("2");
        vm.maxRiskPctProperty().set("2.");
        vm.maxRiskPctProperty().set("2.5");
        vm.commitEdit();
        vm.minBarsBetweenProperty().set("5");
        vm.commitEdit();

        vm.undo();
        assertThat(vm.minBarsBetweenProperty().get()).isEqualTo("3");
        assertThat(vm.maxRiskPctProperty().get()).isEqualTo("2.5");
        vm.undo();
        assertThat(vm.maxRiskPctProperty().get()).isEqualTo("2");
        assertThat(vm.canUndoProperty().get()).isFalse();
        assertThat(vm.isDirty()).isFalse();
        vm.redo();
        assertThat(vm.maxRiskPctProperty().get()).isEqualTo("2.5");
        assertThat(session.getPolicy().limits().maxRiskPct()).isEqualTo(2.5);
        // A new edit after an undo drops the redo branch.
        vm.minSignalQualityProperty().set("0.7");
        vm.commitEdit();
        assertThat(vm.canRedoProperty().get()).isFalse();
    }

    @Test
    void undoWithAnUnfinishedEditUndoesThatEdit() {
        vm.scaleProperty().set("0.75");
        assertThat(vm.canUndoProperty().get()).isTrue();
        vm.undo();
        assertThat(vm.scaleProperty().get()).isEqualTo("0.5");
        vm.redo();
        assertThat(vm.scaleProperty().get()).isEqualTo("0.75");
    }

    @Test
    void togglesCommitAtOnce() {
        vm.scalingEnabledProperty().set(false);
        vm.maxSpacingUnboundedProperty().set(true);
        vm.undo();
        assertThat(vm.maxSpacingUnboundedProperty().get()).isFalse();
        assertThat(vm.scalingEnabledProperty().get()).isFalse();
        vm.undo();
        assertThat(vm.scalingEnabledProperty().get()).isTrue();
    }

    @Test
    void typingBackTheSavedValueIsNotDirty() {
        vm.maxRiskPctProperty().set("3");
        assertThat(vm.isDirty()).isTrue();
        vm.maxRiskPctProperty().set("2.0");
        assertThat(vm.isDirty()).isFalse();
        vm.markSaved(vm.getDraft());
        vm.maxRiskPctProperty().set("3");
        vm.markSaved(vm.getDraft());
        assertThat(vm.isDirty()).isFalse();
    }
}
