package com.scalelab.ui.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.ReplayProgress;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.engine.tuning.VerdictDiff;
import com.scalelab.io.BarFiles;
import com.scalelab.io.PolicyDiff;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.RunFile;
import com.scalelab.io.RunFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The comparison behind the Compare tab, on the sample scenario pack and the sample USD/CHF run. */
class PolicyComparisonTest {
    static final Path SCENARIOS = Path.of("sample-policies/scenarios");
    static final Path RUN = Path.of("sample-policies/runs/trend-pyramid-conservative-usdchf-daily.json");

    static List<Path> pack() throws Exception {
        try (Stream<Path> s = Files.list(SCENARIOS)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** The conservative pyramid with every add rule relaxed: closer spacing, more entries, no waiting, any signal. */
    static ScalingPolicy loosened(ScalingPolicy a) {
        ScalingPolicy b = TuningField.MIN_SPACING_ATR.applyTo(a, 0.1);
        b = TuningField.MAX_ENTRIES.applyTo(b, a.scaling().maxEntries() + 4);
        b = TuningField.MIN_BARS_BETWEEN.applyTo(b, 0);
        b = TuningField.MIN_MINUTES_BETWEEN.applyTo(b, 0);
        return TuningField.MIN_SIGNAL_QUALITY.applyTo(b, 0);
    }

    @Test
    void aPolicyComparedWithItselfShowsNoDifferences() throws Exception {
        RunFile run = RunFiles.load(RUN);
        BarSeries bars = BarFiles.load(run.barsPath(), run.settings());
        ScalingPolicy a = run.inlinePolicy() != null ? run.inlinePolicy()
                : PolicyFiles.load(Path.of("sample-policies/trend-pyramid-conservative.json"));
        PolicyComparison c = PolicyComparison.compare(a, a, pack(), run.settings(), bars, ReplayProgress.NONE);
        assertThat(c.fields()).isEmpty();
        assertThat(c.scenarioCount()).isEqualTo(pack().size());
        assertThat(c.scenarios()).isEmpty();
        assertThat(c.bars()).isEmpty();
        assertThat(c.isSame()).isTrue();
        assertThat(c.replayA().summary()).isEqualTo(c.replayB().summary());
    }

    @Test
    void aLoosenedCopyShowsItsFieldsAndANewScale() throws Exception {
        RunFile run = RunFiles.load(RUN);
        BarSeries bars = BarFiles.load(run.barsPath(), run.settings());
        ScalingPolicy a = PolicyFiles.load(Path.of("sample-policies/trend-pyramid-conservative.json"));
        ScalingPolicy b = loosened(a);
        PolicyComparison c = PolicyComparison.compare(a, b, pack(), run.settings(), bars, ReplayProgress.NONE);

        assertThat(c.fields()).extracting(PolicyDiff.FieldChange::path).contains("qualification.minSpacingAtr",
                "scaling.maxEntries", "qualification.minBarsBetween", "qualification.minSignalQuality");
        PolicyDiff.FieldChange entries = c.fields().stream().filter(f -> f.path().equals("scaling.maxEntries"))
                .findFirst().orElseThrow();
        assertThat(entries.b()).isEqualTo(Integer.toString(a.scaling().maxEntries() + 4));

        assertThat(c.scenarios()).anyMatch(VerdictDiff.ScenarioDifference::isNewScale);
        // every listed scenario really is judged differently, and a new SCALE is B's SCALE over A's non-SCALE
        for (VerdictDiff.ScenarioDifference d : c.scenarios()) {
            assertThat(d.a()).isNotEqualTo(d.b());
            if (d.isNewScale()) {
                assertThat(d.b().decision()).isEqualTo(Decision.SCALE);
                assertThat(d.a() == null || d.a().decision() != Decision.SCALE).isTrue();
            }
        }
        // a looser policy never takes a SCALE away on the same scenario
        assertThat(c.scenarios()).noneMatch(d -> d.a().decision() == Decision.SCALE && d.b().decision() != Decision.SCALE);
        assertThat(c.bars()).isNotEmpty();
        assertThat(c.differingBars().cardinality()).isEqualTo(c.bars().size());
        assertThat(c.newScaleCount()).isGreaterThan(0);
    }
}
