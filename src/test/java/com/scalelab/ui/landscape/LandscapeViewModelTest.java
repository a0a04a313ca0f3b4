package com.scalelab.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.Samples;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.ui.LabSession;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The landscape view-model has the decision map painted for the map view, which only copies it to
 * the screen: the size asked for, each pixel the colour of its cell's verdict (checked against the
 * engine), a marker move without recomputing, and only the latest change shown.
 */
class LandscapeViewModelTest {
    private static final LandscapePalette COLOURS = LandscapePalette.LIGHT;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the painted maps reach the FX thread
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(10, TimeUnit.SECONDS);
    }

    private static LandscapeViewModel.PaintedMap awaitPainted(LandscapeViewModel model, WhatIfPoint at) throws Exception {
        AtomicReference<LandscapeViewModel.PaintedMap> seen = new AtomicReference<>();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            seen.set(onFx(() -> model.isMapUpToDate() ? model.paintedMapProperty().get() : null));
            return seen.get() != null && seen.get().map().at().equals(at);
        });
        return seen.get();
    }

    @Test
    void paintsTheMapAtTheSizeTheViewAsksForEachPixelTheColourOfItsCellsVerdict() throws Exception {
        ScalingContext ctx = Samples.pyramidScenario();
        LabSession session = onFx(() -> new LabSession(Samples.pyramid(), ctx));
        LandscapeViewModel model = onFx(() -> new LandscapeViewModel(session));
        assertThat(onFx(() -> model.paintedMapProperty().get())).as("nothing painted before the view says its size").isNull();

        onFx(() -> {
            model.drawMapAt(300, 200, COLOURS);
            return null;
        });
        LandscapeViewModel.PaintedMap painted = awaitPainted(model, WhatIfPoint.of(ctx));
        assertThat(painted.width()).isEqualTo(300);
        assertThat(painted.height()).isEqualTo(200);
        assertThat(painted.pixels()).hasSize(300 * 200);

        DecisionMap m = painted.map();
        int[] fill = COLOURS.argbByReason();
        int[] pattern = COLOURS.patternArgbByReason();
        for (int[] cell : new int[][] {{0, 0}, {m.columns() / 2, m.rows() / 2}, {m.columns() - 1, m.rows() - 1}, {200, 40}}) {
            // the engine's own verdict at the cell's price and time, independent of the map's sweep
            ScalingContext there = m.pointAt(cell[0], cell[1]).applyTo(ctx);
            ReasonCode engine = ScalingEngine.evaluate(session.getPolicy(), there).reasonCode();
            assertThat(m.reasonAt(cell[0], cell[1])).as("cell %s,%s", cell[0], cell[1]).isEqualTo(engine);
            int x = (int) ((cell[0] + 0.5) * 300 / m.columns());
            int y = 199 - (int) ((cell[1] + 0.5) * 200 / m.rows());
            int argb = painted.pixels()[y * 300 + x];
            assertThat(argb == fill[engine.ordinal()] || argb == pattern[engine.ordinal()])
                    .as("pixel %s,%s of cell %s,%s is %s's colour", x, y, cell[0], cell[1], engine).isTrue();
        }
    }

    @Test
    void aPriceMoveWithinTheMapMovesTheMarkerOnlyAndTheLatestChangeIsWhatIsShown() throws Exception {
        ScalingContext ctx = Samples.pyramidScenario();
        LabSession session = onFx(() -> new LabSession(Samples.pyramid(), ctx));
        LandscapeViewModel model = onFx(() -> new LandscapeViewModel(session));
        onFx(() -> {
            model.drawMapAt(256, 256, COLOURS);
            return null;
        });
        LandscapeViewModel.PaintedMap first = awaitPainted(model, WhatIfPoint.of(ctx));

        // price is across the map: the cells stand, only the point moves (same pixels, nothing recomputed)
        double price = first.map().frame().priceAt(10);
        ScalingContext moved = WhatIfPoint.of(ctx).with(WhatIfInput.PRICE, price).applyTo(ctx);
        onFx(() -> {
            session.contextProperty().set(moved);
            return null;
        });
        LandscapeViewModel.PaintedMap second = awaitPainted(model, WhatIfPoint.of(moved));
        assertThat(second.pixels()).isSameAs(first.pixels());

        // many signal-quality changes in one go (not a map axis: each would recompute): the last one is shown
        ScalingContext last = null;
        for (int i = 1; i <= 20; i++) {
            ScalingContext next = WhatIfPoint.of(moved).with(WhatIfInput.SIGNAL_QUALITY, 0.5 + i * 0.02).applyTo(moved);
            last = next;
            Platform.runLater(() -> session.contextProperty().set(next));
        }
        LandscapeViewModel.PaintedMap latest = awaitPainted(model, WhatIfPoint.of(last));
        assertThat(latest.request().context()).isEqualTo(last);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.paintedMapProperty().get().map().at())).isEqualTo(WhatIfPoint.of(last));
    }

    @Test
    void aPlotTooSmallToReadIsNotPainted() throws Exception {
        LabSession session = onFx(() -> new LabSession(Samples.pyramid(), Samples.pyramidScenario()));
        LandscapeViewModel model = onFx(() -> new LandscapeViewModel(session));
        onFx(() -> {
            model.drawMapAt(7, 300, COLOURS);
            return null;
        });
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.paintedMapProperty().get())).isNull();
        assertThat(onFx(model::isMapUpToDate)).isFalse();
    }
}
