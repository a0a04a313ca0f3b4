package com.scalelab.ui.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.SampleLibrary;
import com.scalelab.ui.policy.PolicyViewModel;
import com.scalelab.ui.replay.RunViewModel;
import org.junit.jupiter.api.Test;

/** Where the window puts a clicked cell's run values: the Replay tab's run form, not the policy. */
class SweepTabTest {
    @Test
    void runValuesGoIntoTheRunFormAndLeaveThePolicyAlone() throws Exception {
        LabSession session = new LabSession(SampleLibrary.policy(SampleLibrary.DEFAULT_POLICY), SampleLibrary.builtInContext());
        PolicyViewModel policy = new PolicyViewModel(session);
        RunViewModel run = new RunViewModel();
        run.load(RunViewModel.defaults());
        RunSettings cell = TuningField.TAKE_PROFIT_PCT.applyTo(TuningField.STOP_ATR.applyTo(run.getSettings(), 3.5), 4.0);

        SweepTab.apply(policy, run, null, cell);

        assertThat(run.getSettings().stopAtr()).isEqualTo(3.5);
        assertThat(run.getSettings().takeProfitPct()).isEqualTo(4.0);
        assertThat(policy.canUndoProperty().get()).isFalse();
    }
}
