package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.LadderLevel;
import com.scalelab.engine.landscape.MapFrame;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.landscape.FlipSuggestionsView;
import com.scalelab.ui.landscape.LandscapeController;
import com.scalelab.ui.app.FakeDialogService;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * One what-if model in the assembled window: a slider's track and the decision map's axis span the
 * same values, and one price reads with the same digits in every panel.
 */
@ExtendWith(ApplicationExtension.class)
class WhatIfAgreementTest {
    private ScaleLabApp app;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        app = new ScaleLabApp(new FakeDialogService());
        app.start(stage);
    }

    private LabSession session() {
        return app.session();
    }

    /** The landscape goes in just after the window's first frame. */
    private LandscapeController landscape() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.mainController().landscapeController() != null);
        return app.mainController().landscapeController();
    }

    /** Shows this input up the map and waits until the map on screen is drawn for it and the scenario. */
    private MapFrame mapWith(FxRobot robot, WhatIfInput up) throws Exception {
        LandscapeController l = landscape();
        robot.interact(() -> l.model().axisProperty().set(up));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            DecisionMap m = l.mapView().mapProperty().get();
            return m != null && m.frame().yAxis() == up && m.at().equals(WhatIfPoint.of(session().getContext()));
        }));
        return l.mapView().mapProperty().get().frame();
    }

    private static Slider slider(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Slider.class);
    }

    @Test
    void theSliderTracksAndTheMapAxesSpanTheSameValues(FxRobot robot) throws Exception {
        // The default sample: last entry 5060, ATR 40, spread 0.5 bps, maxSpreadBps 20, volatility band top 5%.
        MapFrame spreadUp = mapWith(robot, WhatIfInput.SPREAD);
        // spread: 0 .. max(3 x 0.5, 20, 2 x 20) = 0 .. 40 bps, on the slider and up the map
        assertThat(slider(robot, "spreadSlider").getMin()).isEqualTo(0.0);
        assertThat(slider(robot, "spreadSlider").getMax()).isEqualTo(40.0);
        assertThat(spreadUp.y().min()).isEqualTo(0.0);
        assertThat(spreadUp.y().max()).isEqualTo(40.0);
        // price: 5060 +/- 8 x 40 = 4740 .. 5380, the slider's ends and the map's first and last columns
        assertThat(slider(robot, "priceSlider").getMin()).isCloseTo(4740.0, within(1e-9));
        assertThat(slider(robot, "priceSlider").getMax()).isCloseTo(5380.0, within(1e-9));
        assertThat(spreadUp.priceAt(0)).isCloseTo(4740.0, within(1e-9));
        assertThat(spreadUp.priceAt(spreadUp.columns() - 1)).isCloseTo(5380.0, within(1e-9));

        MapFrame atrUp = mapWith(robot, WhatIfInput.ATR);
        // ATR: 40 / 4 = 10 .. max(3 x 40, 5060 x 5% x 1.2) = max(120, 303.6) = 303.6
        assertThat(slider(robot, "atrSlider").getMin()).isCloseTo(10.0, within(1e-9));
        assertThat(slider(robot, "atrSlider").getMax()).isCloseTo(303.6, within(1e-9));
        assertThat(atrUp.y().min()).isCloseTo(10.0, within(1e-9));
        assertThat(atrUp.y().max()).isCloseTo(303.6, within(1e-9));
    }

    @Test
    void onePriceReadsWithTheSameDigitsInEveryPanel(FxRobot robot) throws Exception {
        // The default sample priced like a currency pair (every price and the ATR / 4000): ATR 0.01, last
        // entry 1.265. A hundredth of the ATR is 0.0001, so every price shows 4 decimals (the last entry
        // was typed with 3). The proposed add at 1.270 is only 0.5 ATR above it: SKIP on spacing, and
        // "what would flip it" names a price.
        ScalingContext es = session().getContext();
        double f = 4000;
        List<Entry> entries = es.position().entries().stream()
                .map(e -> new Entry(e.price() / f, e.quantity(), e.time(), e.bar())).toList();
        ProposedEntry p = es.proposed();
        ScalingContext fx = new ScalingContext("EURUSD", es.equity(),
                new Position(es.position().direction(), es.position().stopPrice() / f, entries),
                es.brokerPositionQuantity(), es.pendingOrders(), new Market(es.market().atr() / f, es.market().spreadBps()),
                new ProposedEntry(p.direction(), 1.27, p.quantity(), p.time(), p.bar(), p.signalQuality()));
        LandscapeController l = landscape();
        robot.interact(() -> session().contextProperty().set(fx));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            var ladder = l.ladderView().ladderProperty().get();
            List<FlipSuggestionsView.Line> lines = app.mainController().verdictController().flipsView().lines();
            return ladder != null && ladder.proposed() != null && ladder.proposed().price() == 1.27
                    && !lines.isEmpty() && lines.get(0).suggestion() != null;
        }));
        WaitForAsyncUtils.waitForFxEvents();

        // the scenario panel
        assertThat(robot.lookup("#priceField").queryAs(TextField.class).getText()).isEqualTo("1.2700");
        // the ladder table: the proposed row's price and its average after the add
        TableView<LadderLevel> table = l.ladderView().table();
        int row = table.getItems().indexOf(l.ladderView().ladderProperty().get().proposed());
        assertThat(cell(table, "Price", row)).isEqualTo("1.2700");
        // average after the add: (200 x 1.25 + 100 x 1.265 + 50 x 1.27) / 350 = 440 / 350 = 1.257142...
        assertThat(cell(table, "Avg price", row)).isEqualTo("1.2571");
        // the verdict metrics
        assertThat(robot.lookup("#averagePrice").queryAs(Label.class).getText()).isEqualTo("1.2571");
        // the flip text: 1 ATR above the last entry at the least, 1.265 + 0.01 = 1.275, in the same 4 decimals
        // (the bound is rounded into the band, so the last digit may be one up)
        String sentence = app.mainController().verdictController().flipsView().lines().get(0).text();
        assertThat(sentence).matches("SCALE from price 1\\.275[01] up.*");
        Matcher prices = Pattern.compile("\\b1\\.\\d+").matcher(sentence);
        while (prices.find()) {
            assertThat(prices.group()).as("a price in '%s'", sentence).matches("1\\.\\d{4}");
        }
    }

    private static String cell(TableView<LadderLevel> table, String title, int row) {
        for (TableColumn<LadderLevel, ?> c : table.getColumns()) {
            if (c.getText().equals(title)) {
                return String.valueOf(c.getCellObservableValue(row).getValue());
            }
        }
        throw new AssertionError("no column " + title);
    }
}
