package com.scalelab.ui.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Direction;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import org.junit.jupiter.api.Test;

/** The run settings form's rules, without a toolkit. */
class RunViewModelTest {
    private static final RunSettings DAX = new RunSettings("DAX trend pyramid, daily", "DAX", Direction.LONG,
            "dax-daily.csv", 100_000, 14, 2.0, OpenRule.BREAKOUT, 20, 5.0, 0.8, 3.0, StopMode.FIXED, 6.0);

    @Test
    void aLoadedRunIsShownAsTypedAndIsNotDirty() {
        RunViewModel vm = new RunViewModel();
        vm.load(DAX);
        assertThat(vm.equityProperty().get()).isEqualTo("100000");
        assertThat(vm.spreadBpsProperty().get()).isEqualTo("2");
        assertThat(vm.signalQualityProperty().get()).isEqualTo("0.8");
        assertThat(vm.takeProfitPctProperty().get()).isEqualTo("6");
        assertThat(vm.getSettings()).isEqualTo(DAX);
        assertThat(vm.isDirty()).isFalse();
        assertThat(vm.problemsProperty().get()).isEmpty();
    }

    @Test
    void anEditIsDirtyAndTypingTheOldValueBackIsClean() {
        RunViewModel vm = new RunViewModel();
        vm.load(DAX);
        vm.stopAtrProperty().set("2.5");
        assertThat(vm.isDirty()).isTrue();
        assertThat(vm.getSettings().stopAtr()).isEqualTo(2.5);
        vm.stopAtrProperty().set("3.0");
        assertThat(vm.isDirty()).isFalse();
        vm.directionProperty().set(Direction.SHORT);
        assertThat(vm.isDirty()).isTrue();
        vm.markSaved(vm.getSettings());
        assertThat(vm.isDirty()).isFalse();
    }

    @Test
    void aBadValueIsNamedByItsFieldPathAndTheLastValidSettingsStayInForce() {
        RunViewModel vm = new RunViewModel();
        vm.load(DAX);
        vm.equityProperty().set("1,000");
        assertThat(vm.problemsProperty().get()).containsOnlyKeys("account.equity");
        assertThat(vm.problemsProperty().get().get("account.equity")).contains("\"1,000\"");
        assertThat(vm.getSettings()).isEqualTo(DAX);
        assertThat(vm.isDirty()).isTrue();

        vm.equityProperty().set("0");
        assertThat(vm.problemsProperty().get()).containsOnlyKeys("account.equity");
        vm.equityProperty().set("250000");
        assertThat(vm.problemsProperty().get()).isEmpty();
        assertThat(vm.getSettings().equity()).isEqualTo(250_000);

        // the contract's ranges: notional in (0, 1000], signal in [0, 1], ATR period 1..1000
        vm.notionalPctProperty().set("1000.5");
        vm.signalQualityProperty().set("1.2");
        vm.atrPeriodProperty().set("0");
        assertThat(vm.problemsProperty().get()).containsOnlyKeys("open.notionalPct", "adds.signalQuality",
                "market.atrPeriod");
        assertThat(vm.getSettings().equity()).isEqualTo(250_000);
    }

    @Test
    void everyBarTakesNoLookbackAndTheOtherRulesNeedOne() {
        RunViewModel vm = new RunViewModel();
        vm.load(DAX);
        vm.openRuleProperty().set(OpenRule.EVERY_BAR);
        assertThat(vm.lookbackDisabledProperty().get()).isTrue();
        // the typed 20 is ignored, not refused: the field is disabled, and the run saves without it
        assertThat(vm.getSettings().lookback()).isNull();
        assertThat(vm.problemsProperty().get()).isEmpty();
        // warm-up for EVERY_BAR is ATR period - 1 = 13
        assertThat(vm.getSettings().warmUp()).isEqualTo(13);

        vm.openRuleProperty().set(OpenRule.PULLBACK);
        assertThat(vm.lookbackDisabledProperty().get()).isFalse();
        assertThat(vm.getSettings().lookback()).isEqualTo(20);
        vm.lookbackProperty().set("");
        assertThat(vm.problemsProperty().get()).containsOnlyKeys("open.lookback");
    }

    @Test
    void emptyOptionalFieldsTakeTheContractsDefaults() {
        RunViewModel vm = new RunViewModel();
        vm.load(DAX);
        vm.takeProfitPctProperty().set("");
        vm.spreadBpsProperty().set(" ");
        vm.signalQualityProperty().set("");
        RunSettings s = vm.getSettings();
        assertThat(s.takeProfitPct()).isNull();
        assertThat(s.spreadBps()).isEqualTo(RunSettings.DEFAULT_SPREAD_BPS);
        assertThat(s.signalQuality()).isEqualTo(RunSettings.DEFAULT_SIGNAL_QUALITY);
    }
}
