package com.scalelab.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.DecisionTrack;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.ui.app.FakeDialogService;
import com.scalelab.ui.app.LabPreferences;
import com.scalelab.ui.landscape.DecisionMapView;
import com.scalelab.ui.landscape.DecisionTrackStrip;
import com.scalelab.ui.landscape.FlipSuggestionsView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The decision landscape inside the assembled main window, as a newcomer meets it with the default sample. */
@ExtendWith(ApplicationExtension.class)
class MainWindowLandscapeTest {
    /** The default sample: last entry 5060, ATR 40, proposed 5120 (+1.5 ATR). */
    static final double LAST_ENTRY = 5060;
    static final double ATR = 40;

    private final FakeDialogService dialogs = new FakeDialogService();
    private ScaleLabApp app;
    private Stage stage;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        LabPreferences.fromSystemProperty().clear();
        this.stage = stage;
        app = new ScaleLabApp(dialogs);
        app.start(stage);
    }

    private LabSession session() {
        return app.session();
    }

    private DecisionMapView map() {
        return landscape().mapView();
    }

    /** The landscape goes in just after the window's first frame: waits for it. */
    private com.scalelab.ui.landscape.LandscapeController landscape() {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.mainController().landscapeController() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the landscape was never built", e);
        }
        return app.mainController().landscapeController();
    }

    private FlipSuggestionsView flips() {
        return app.mainController().verdictController().flipsView();
    }

    private Slider priceSlider(FxRobot robot) {
        return robot.lookup("#priceSlider").queryAs(Slider.class);
    }

    /** Waits until the map on screen was computed for the session's scenario and fits its place. */
    private DecisionMap awaitMap() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WhatIfPoint want = WaitForAsyncUtils.waitForAsyncFx(5000, () -> WhatIfPoint.of(session().getContext()));
            DecisionMap m = map().mapProperty().get();
            if (m == null || !m.at().equals(want)) {
                return false;
            }
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.waitForAsyncFx(5000, () -> map().isUpToDate());
        });
        return map().mapProperty().get();
    }

    /** A cell well inside an area of one reason (its neighbours agree), so a click a pixel off still lands in it. */
    private static int[] cellIn(DecisionMap m, ReasonCode reason) {
        for (int r = 20; r < m.rows() - 20; r++) {
            for (int c = 20; c < m.columns() - 20; c++) {
                if (m.reasonAt(c, r) == reason && m.reasonAt(c + 4, r) == reason && m.reasonAt(c - 4, r) == reason
                        && m.reasonAt(c, r + 4) == reason && m.reasonAt(c, r - 4) == reason) {
                    return new int[] {c, r};
                }
            }
        }
        throw new AssertionError("no " + reason + " area in the map");
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    private static WritableImage snapshot(FxRobot robot, Node node) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(node.snapshot(null, null)));
        return image.get();
    }

    private void setPrice(FxRobot robot, double price) {
        robot.interact(() -> {
            ScalingContext ctx = session().getContext();
            session().contextProperty().set(WhatIfPoint.of(ctx).with(WhatIfInput.PRICE, price).applyTo(ctx));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<FlipSuggestionsView.Line> awaitFlips() throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.waitForAsyncFx(5000,
                () -> flips().isVisible() && !flips().lines().isEmpty()
                        && flips().lines().equals(expectedFlipLines())));
        WaitForAsyncUtils.waitForFxEvents();
        return flips().lines();
    }

    private List<FlipSuggestionsView.Line> expectedFlipLines() {
        WhatWouldFlip f = WhatWouldFlip.find(session().getPolicy(), session().getContext());
        List<FlipSuggestionsView.Line> out = new ArrayList<>();
        if (f.suggestions().isEmpty()) {
            out.add(new FlipSuggestionsView.Line(f.summary(), null));
        }
        f.suggestions().forEach(s -> out.add(new FlipSuggestionsView.Line(s.sentence(), s)));
        return out;
    }

    @Test
    void theDecisionMapIsShownAtStartAndPaintsTheVerdicts(FxRobot robot) throws Exception {
        DecisionMap m = awaitMap();

        assertThat(app.mainController().bottomTabs().getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Decision map & ladder");
        assertThat(map().isVisible() && map().getScene() == stage.getScene()).isTrue();
        Bounds onScene = map().localToScene(map().getBoundsInLocal());
        assertThat(onScene.getWidth()).as("map width").isGreaterThan(360);
        assertThat(onScene.getHeight()).as("map height").isGreaterThan(220);
        assertThat(onScene.getMaxX()).isLessThanOrEqualTo(stage.getScene().getWidth());
        assertThat(onScene.getMaxY()).isLessThanOrEqualTo(stage.getScene().getHeight());

        PixelReader pixels = snapshot(robot, map()).getPixelReader();
        for (ReasonCode reason : List.of(ReasonCode.SCALE_APPROVED, ReasonCode.PRICE_STRUCTURE_MISMATCH)) {
            int[] cell = cellIn(m, reason);
            Point2D p = map().cellCentre(cell[0], cell[1]);
            Color seen = pixels.getColor((int) p.getX(), (int) p.getY());
            assertThat(near(seen, map().palette().colour(reason)) || near(seen, map().palette().patternColour(reason)))
                    .as("pixel of a %s cell is %s", reason, seen).isTrue();
        }
        // the marked point is the verdict the panel shows: SCALE for the default sample
        assertThat(m.reasonAt(m.frame().columnOfPoint(m.at()), m.frame().rowOfPoint(m.at())))
                .isEqualTo(ReasonCode.SCALE_APPROVED);
        // the ladder beside it is filled too
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> !landscape().ladderView().table().getItems().isEmpty());
    }

    @Test
    void clickingTheMapMovesThePriceSliderAndTheVerdictFollows(FxRobot robot) throws Exception {
        DecisionMap m = awaitMap();
        int[] below = cellIn(m, ReasonCode.PRICE_STRUCTURE_MISMATCH);

        robot.clickOn(map().localToScreen(map().cellCentre(below[0], below[1])));
        WaitForAsyncUtils.waitForFxEvents();

        double price = session().getContext().proposed().price();
        assertThat(price).as("picked price, below the last entry").isLessThan(LAST_ENTRY);
        assertThat(priceSlider(robot).getValue()).isEqualTo(price);
        // ATR 40: a hundredth of it is 0.4, so prices show the minimum 2 decimals, as on the map's axis
        assertThat(robot.lookup("#priceField").queryAs(TextField.class).getText())
                .isEqualTo(String.format(java.util.Locale.ROOT, "%.2f", price));
        assertThat(session().getResult().decision()).isEqualTo(Decision.SKIP);
        assertThat(robot.lookup(".badge").queryAs(Label.class).getText()).contains("SKIP");

        // and back into the allowed band
        awaitMap();
        int[] allowed = cellIn(m, ReasonCode.SCALE_APPROVED);
        robot.clickOn(map().localToScreen(map().cellCentre(allowed[0], allowed[1])));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(priceSlider(robot).getValue()).isEqualTo(session().getContext().proposed().price())
                .isGreaterThan(LAST_ENTRY + ATR * 0.99);
        assertThat(robot.lookup(".badge").queryAs(Label.class).getText()).contains("SCALE");

        // a click is a what-if move, an edit of the scenario: Reset position asks before dropping it,
        // then goes back to the scenario as loaded
        dialogs.saveAnswer = com.scalelab.ui.app.DialogService.SaveChoice.DONT_SAVE;
        robot.clickOn("#resetButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(dialogs.askedToSave).containsExactly("scenario: pyramid-add-approved.json");
        assertThat(priceSlider(robot).getValue()).isEqualTo(5120);
    }

    @Test
    void theScenarioViewFollowsAScenarioPutIntoTheSessionFromElsewhere(FxRobot robot) {
        ScalingContext ctx = session().getContext();
        ScalingContext moved = WhatIfPoint.of(ctx).with(WhatIfInput.PRICE, 5200).with(WhatIfInput.TIME, 150)
                .with(WhatIfInput.SIGNAL_QUALITY, 0.9).applyTo(ctx);

        robot.interact(() -> session().contextProperty().set(moved));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(priceSlider(robot).getValue()).isEqualTo(5200);
        assertThat(robot.lookup("#minutesSlider").queryAs(Slider.class).getValue()).isEqualTo(150);
        assertThat(robot.lookup("#signalField").queryAs(TextField.class).getText()).isEqualTo("0.90");
        // what the view shows is what the session judges: nothing was pushed back differently
        assertThat(session().getContext()).isEqualTo(moved);
    }

    @Test
    void thePriceSliderTrackShowsWhereItScalesAndWhereItSkips(FxRobot robot) throws Exception {
        DecisionTrackStrip strip = app.mainController().scenarioController().trackOf(WhatIfInput.PRICE);
        WaitForAsyncUtils.waitForFxEvents();
        DecisionTrack track = strip.track();
        Slider slider = priceSlider(robot);

        assertThat(track.range().min()).isEqualTo(slider.getMin());
        assertThat(track.range().max()).isEqualTo(slider.getMax());
        Set<Decision> seen = EnumSet.noneOf(Decision.class);
        for (int i = 0; i < track.samples(); i++) {
            seen.add(track.reasonAt(i).decision());
        }
        assertThat(seen).contains(Decision.SCALE, Decision.SKIP);
        // the band the policy allows: 1 to 4 ATR above the last entry
        assertThat(track.reasonNear(LAST_ENTRY + 2.5 * ATR)).isEqualTo(ReasonCode.SCALE_APPROVED);
        assertThat(track.reasonNear(LAST_ENTRY + 0.5 * ATR)).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        assertThat(track.reasonNear(LAST_ENTRY - 2 * ATR)).isEqualTo(ReasonCode.PRICE_STRUCTURE_MISMATCH);

        // painted in the map's colours, lined up under the thumb's travel
        PixelReader pixels = snapshot(robot, strip).getPixelReader();
        int h = (int) strip.getHeight();
        for (double price : new double[] {LAST_ENTRY + 2.5 * ATR, LAST_ENTRY - 2 * ATR}) {
            ReasonCode r = track.reasonNear(price);
            Color c = pixels.getColor((int) strip.xOf(price), h / 2);
            assertThat(near(c, map().palette().colour(r)) || near(c, map().palette().patternColour(r)))
                    .as("strip colour at %s: %s", price, c).isTrue();
        }
        Node thumb = slider.lookup(".thumb");
        double thumbX = thumb.localToScene(thumb.getBoundsInLocal()).getCenterX();
        double tickX = strip.localToScene(strip.xOf(slider.getValue()), 0).getX();
        assertThat(Math.abs(thumbX - tickX)).as("thumb centre vs strip tick").isLessThanOrEqualTo(2.0);

        // every other input is held where it is: a weak signal leaves no SCALE on the price track
        robot.interact(() -> {
            ScalingContext ctx = session().getContext();
            session().contextProperty().set(WhatIfPoint.of(ctx).with(WhatIfInput.SIGNAL_QUALITY, 0.3).applyTo(ctx));
        });
        WaitForAsyncUtils.waitForFxEvents();
        DecisionTrack weak = strip.track();
        for (int i = 0; i < weak.samples(); i++) {
            assertThat(weak.reasonAt(i).decision()).isNotEqualTo(Decision.SCALE);
        }
        assertThat(weak.reasonNear(LAST_ENTRY + 2.5 * ATR)).isEqualTo(ReasonCode.SIGNAL_TOO_WEAK);
    }

    @Test
    void aSkipShowsWhatWouldFlipItUnderTheVerdictAndApplyingThePriceGivesScale(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(flips().isVisible()).as("nothing to flip for SCALE").isFalse();

        setPrice(robot, 5080); // dragged down 1 ATR: only +0.5 ATR from the last entry
        assertThat(session().getResult().reasonCode()).isEqualTo(ReasonCode.PRICE_SPACING_OUT_OF_RANGE);
        List<FlipSuggestionsView.Line> lines = awaitFlips();

        FlipSuggestionsView.Line priceLine = lines.stream()
                .filter(l -> l.suggestion() != null && l.suggestion().input() == WhatIfInput.PRICE)
                .findFirst().orElseThrow();
        assertThat(priceLine.text()).startsWith("SCALE").contains("price");
        // the flips sit in the verdict column, under the badge
        Bounds badge = robot.lookup(".badge").query().localToScene(robot.lookup(".badge").query().getBoundsInLocal());
        Bounds list = flips().localToScene(flips().getBoundsInLocal());
        assertThat(list.getMinY()).isGreaterThanOrEqualTo(badge.getMaxY());
        assertThat(list.getMinX()).isLessThan(badge.getMaxX());

        ListCell<?> cell = robot.lookup(".flip-cell")
                .match((ListCell<?> c) -> c.getItem() == priceLine && c.isVisible()).query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(session().getResult().decision()).isEqualTo(Decision.SCALE);
        assertThat(priceSlider(robot).getValue()).isEqualTo(priceLine.suggestion().to());
        assertThat(robot.lookup(".badge").queryAs(Label.class).getText()).contains("SCALE");
        assertThat(flips().isVisible()).isFalse();
    }

    @Test
    void anExportedJsonLinesRecordCarriesTheFlipSentences(FxRobot robot) throws Exception {
        Path target = dir.resolve("audit.jsonl");
        FakeDialogService exportTo = new FakeDialogService();
        exportTo.fileToSave = target;
        robot.interact(() -> app.mainController().auditController().setDialogs(exportTo)); // builds the tab: FX thread
        setPrice(robot, 5080);
        List<String> expected = WhatWouldFlip.find(session().getPolicy(), session().getContext()).sentences();
        robot.clickOn("#recordButton");
        WaitForAsyncUtils.waitForFxEvents();

        javafx.scene.control.MenuItem export = app.mainController().menuBar().getMenus().stream()
                .filter(menu -> menu.getText().replace("_", "").equals("Audit"))
                .flatMap(menu -> menu.getItems().stream())
                .filter(i -> "Export JSON Lines…".equals(i.getText())).findFirst().orElseThrow();
        robot.interact(export::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(target)
                && !app.mainController().auditController().viewModel().exportingProperty().get());

        List<String> lines = Files.readAllLines(target);
        assertThat(lines).hasSize(1);
        JsonNode record = new ObjectMapper().readTree(lines.get(0));
        assertThat(record.get("decision").asText()).isEqualTo("SKIP");
        List<String> sentences = new ArrayList<>();
        record.get("whatWouldFlip").forEach(n -> sentences.add(n.asText()));
        assertThat(sentences).isNotEmpty().isEqualTo(expected);
        assertThat(sentences).anyMatch(s -> s.startsWith("SCALE") && s.contains("price"));
    }
}
