package com.scalelab.ui.tuning;

import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.TaskExecutor;
import com.scalelab.ui.policy.PolicyViewModel;
import com.scalelab.ui.replay.ReplayController;
import com.scalelab.ui.replay.RunViewModel;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.scene.control.Tab;

/**
 * The Sweep tab beside Replay: sweeps the policy in force over the run being replayed. A clicked
 * cell's policy values go into the policy being edited as one undoable edit; run values (stop ATR,
 * take-profit) go into the Replay tab's run form. The replay follows both by itself.
 */
public final class SweepTab {
    private final Tab tab;
    private final SweepView view;

    /** Fills the given tab (the window builds its tabs on first use, so this one may be showing already). */
    public SweepTab(Tab tab, LabSession session, PolicyViewModel policy, ReplayController replay, TaskExecutor tasks,
                    Supplier<DialogService> dialogs) {
        SweepViewModel vm = new SweepViewModel(
                () -> new SweepViewModel.Inputs(session.getPolicy(), replay.run().getSettings(),
                        replay.replay().barsProperty().get()),
                (p, r) -> apply(policy, replay.run(), p, r), tasks);
        view = new SweepView(vm);
        view.setDialogs(dialogs);
        this.tab = tab;
        tab.setContent(view);
        for (Observable o : new Observable[]{session.policyProperty(), replay.run().settingsProperty()}) {
            o.addListener(x -> view.refreshCurrent());
        }
        // ranges follow the policy until the first sweep, so a newly opened run starts around its values
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && vm.getGrid() == null && !vm.runningProperty().get()) {
                vm.resetRanges();
            }
        });
        if (tab.isSelected()) {
            vm.resetRanges();
        }
    }

    static void apply(PolicyViewModel policy, RunViewModel run, ScalingPolicy p, RunSettings r) {
        if (p != null) {
            policy.applyEdit(p);
        }
        if (r != null) {
            run.stopAtrProperty().set(SweepText.number(r.stopAtr()));
            if (r.takeProfitPct() != null) {
                run.takeProfitPctProperty().set(SweepText.number(r.takeProfitPct()));
            }
        }
    }

    public Tab tab() {
        return tab;
    }

    public SweepView view() {
        return view;
    }
}
