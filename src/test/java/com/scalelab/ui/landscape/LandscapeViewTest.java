package com.scalelab.ui.landscape;

import static org.assertj.core.api.Assertions.assertThat;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.landscape.DecisionMap;
import com.scalelab.engine.landscape.MapFrame;
import com.scalelab.engine.landscape.Samples;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.Screenshots;
import com.scalelab.ui.ViewLoader;
import com.scalelab.ui.app.FakeDialogService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The landscape panel as a trader uses it: the map paints and follows, hover, click, flips, ladder, exports. */
@ExtendWith(ApplicationExtension.class)
class LandscapeViewTest {
    private LabSession session;
    private LandscapeController controller;
    private Region root;
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        session = new LabSession(Samples.pyramid(), Samples.pyramidScenario());
        ViewLoader.Loaded<LandscapeController> loaded = new ViewLoader(session).load("landscape.fxml");
        controller = loaded.controller();
        root = (Region) loaded.root();
        // the main window shows the flips under the verdict; here they go below the map and ladder
        FlipSuggestionsView flips = new FlipSuggestionsView();
        flips.setPrefHeight(160);
        ((javafx.scene.layout.VBox) root).getChildren().add(flips);
        controller.showFlipsIn(flips);
        TestTheme.LIGHT.applyTo(root);
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
    }

    private DecisionMapView map() {
        return controller.mapView();
    }

    /** Waits until the map on screen was computed for this scenario and axis. */
    private DecisionMap awaitMap(ScalingContext ctx, WhatIfInput axis) throws Exception {
        WhatIfPoint want = WhatIfPoint.of(ctx);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            DecisionMap m = map().mapProperty().get();
            return m != null && m.at().equals(want) && m.frame().yAxis() == axis;
        });
        // the legend may have changed the layout: wait until the map on screen fits it
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
                root.applyCss();
                root.layout();
            });
            WaitForAsyncUtils.waitForFxEvents();
            return WaitForAsyncUtils.waitForAsyncFx(5000, () -> map().isUpToDate());
        });
        return map().mapProperty().get();
    }

    private void awaitSideViews(String firstLine) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            List<FlipSuggestionsView.Line> lines = controller.flipsView().lines();
            return !lines.isEmpty() && lines.get(0).text().equals(firstLine);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private WritableImage snapshot(FxRobot robot) {
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(map().snapshot(null, null)));
        return image.get();
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.02 && Math.abs(a.getGreen() - b.getGreen()) < 0.02
                && Math.abs(a.getBlue() - b.getBlue()) < 0.02;
    }

    /** Whether (price, value) are exactly the grid values of the cell or one next to it. */
    private static boolean isCellNear(DecisionMap m, double price, double value, int[] cell) {
        for (int dc = -1; dc <= 1; dc++) {
            for (int dr = -1; dr <= 1; dr++) {
                if (m.frame().priceAt(cell[0] + dc) == price
                        && Math.abs(m.frame().yAt(cell[1] + dr) - value) < 1e-6) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int[] firstCell(DecisionMap m, ReasonCode reason) {
        for (int r = 20; r < m.rows() - 20; r++) {
            for (int c = 20; c < m.columns() - 20; c++) {
                if (m.reasonAt(c, r) == reason && m.reasonAt(c + 3, r) == reason && m.reasonAt(c, r + 3) == reason
                        && m.reasonAt(c - 3, r) == reason && m.reasonAt(c, r - 3) == reason) {
                    return new int[] {c + 1, r + 1};
                }
            }
        }
        throw new AssertionError("no " + reason + " area in the map");
    }

    @Test
    void theMapPaintsEachCellInItsVerdictsColourWithALegend(FxRobot robot) throws Exception {
        DecisionMap m = awaitMap(session.getContext(), WhatIfInput.TIME);
        LandscapePalette palette = map().palette();
        PixelReader pixels = snapshot(robot).getPixelReader();
        for (ReasonCode reason : List.of(ReasonCode.SCALE_APPROVED, ReasonCode.PRICE_STRUCTURE_MISMATCH,
                ReasonCode.MIN_TIME_NOT_ELAPSED)) {
            int[] cell = firstCell(m, reason);
            Point2D p = map().cellCentre(cell[0], cell[1]);
            Color seen = pixels.getColor((int) p.getX(), (int) p.getY());
            assertThat(near(seen, palette.colour(reason)) || near(seen, palette.patternColour(reason)))
                    .as("pixel of a %s cell is %s, expected %s", reason, seen, palette.colour(reason)).isTrue();
        }
        assertThat(root.lookupAll(".legend-label")).extracting(n -> ((javafx.scene.control.Label) n).getText())
                .contains("✔ SCALE · approved", "‖ SKIP · too soon", "‖ SKIP · wrong way (mode)");
    }

    @Test
    void theMarkerSitsOnTheCurrentPoint(FxRobot robot) throws Exception {
        DecisionMap m = awaitMap(session.getContext(), WhatIfInput.TIME);
        MapFrame f = m.frame();
        Point2D marker = map().markerPosition();
        Point2D cell = map().cellCentre(f.columnOfPoint(m.at()), f.rowOfPoint(m.at()));
        double cellW = (map().getWidth() - DecisionMapView.LEFT - DecisionMapView.RIGHT) / f.columns();
        assertThat(Math.abs(marker.getX() - cell.getX())).isLessThanOrEqualTo(cellW / 2 + 1);
        assertThat(Math.abs(marker.getY() - cell.getY())).isLessThanOrEqualTo(3);
        // the ring is drawn in the text colour around it
        PixelReader pixels = snapshot(robot).getPixelReader();
        boolean ring = false;
        for (int dx = 5; dx <= 9 && !ring; dx++) {
            ring = near(pixels.getColor((int) marker.getX() + dx, (int) marker.getY() - 1), map().palette().text())
                    || near(pixels.getColor((int) marker.getX() + dx, (int) marker.getY()), map().palette().text());
        }
        assertThat(ring).as("marker ring at %s", marker).isTrue();
        // the cell under the marker says what the verdict panel says
        assertThat(m.reasonAt(f.columnOfPoint(m.at()), f.rowOfPoint(m.at()))).isEqualTo(session.getResult().reasonCode());
    }

    @Test
    void hoverNamesTheVerdictAndClickingPicksTheCellsValues(FxRobot robot) throws Exception {
        DecisionMap m = awaitMap(session.getContext(), WhatIfInput.TIME);
        int[] cell = firstCell(m, ReasonCode.MIN_TIME_NOT_ELAPSED);
        Point2D at = map().localToScreen(map().cellCentre(cell[0], cell[1]));
        robot.moveTo(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(map().hoverTextProperty().get()).startsWith("‖ SKIP · too soon (MIN_TIME_NOT_ELAPSED)");

        // cells are about a pixel high, and the robot lands on whole pixels: accept the cell or a neighbour,
        // but the values must be exactly those of that cell
        List<DecisionMapView.MapPick> picks = new ArrayList<>();
        controller.setOnPick(picks::add);
        robot.clickOn(at);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picks).hasSize(1);
        assertThat(isCellNear(m, picks.get(0).price(), picks.get(0).value(), cell)).as("pick %s near cell %s",
                picks.get(0), java.util.Arrays.toString(cell)).isTrue();
        assertThat(picks.get(0).axis()).isEqualTo(WhatIfInput.TIME);

        // by default a click moves the scenario there, and the map follows
        controller.setOnPick(null);
        int[] target = firstCell(m, ReasonCode.SCALE_APPROVED);
        target[1] += 3;
        robot.clickOn(map().localToScreen(map().cellCentre(target[0], target[1])));
        WaitForAsyncUtils.waitForFxEvents();
        WhatIfPoint now = WhatIfPoint.of(session.getContext());
        assertThat(isCellNear(m, now.price(), now.minutes(), target)).as("scenario moved to %s", now).isTrue();
        assertThat(session.getResult().decision()).isEqualTo(Decision.SCALE);
        awaitMap(session.getContext(), WhatIfInput.TIME);
    }

    @Test
    void theMapFollowsTheScenarioAndTheMarkerFollowsThePrice(FxRobot robot) throws Exception {
        DecisionMap before = awaitMap(session.getContext(), WhatIfInput.TIME);
        Point2D markerBefore = map().markerPosition();
        // price moves 2 ATR up: same cells, marker 2 ATR to the right
        ScalingContext up = Samples.withProposal(Samples.pyramidScenario(), 107, 90, 6, 0.8);
        robot.interact(() -> session.contextProperty().set(up));
        DecisionMap after = awaitMap(up, WhatIfInput.TIME);
        for (int r = 0; r < after.rows(); r += 17) {
            for (int c = 0; c < after.columns(); c += 13) {
                assertThat(after.reasonAt(c, r)).isEqualTo(before.reasonAt(c, r));
            }
        }
        double atrWidth = (map().getWidth() - DecisionMapView.LEFT - DecisionMapView.RIGHT) / 16 * 255 / 256;
        assertThat(map().markerPosition().getX() - markerBefore.getX())
                .isCloseTo(2 * atrWidth, org.assertj.core.data.Offset.offset(1.5));
        // a weaker signal changes the cells: where it is too weak nothing scales
        ScalingContext weak = Samples.withProposal(Samples.pyramidScenario(), 107, 90, 6, 0.3);
        robot.interact(() -> session.contextProperty().set(weak));
        DecisionMap weakMap = awaitMap(weak, WhatIfInput.TIME);
        assertThat(weakMap.countByReason()[ReasonCode.SCALE_APPROVED.ordinal()]).isZero();
        assertThat(weakMap.countByReason()[ReasonCode.SIGNAL_TOO_WEAK.ordinal()]).isPositive();
    }

    @Test
    void aSliderTrackShowsTheAllowedBand(FxRobot robot) throws Exception {
        AtomicReference<DecisionTrackStrip> strip = new AtomicReference<>();
        robot.interact(() -> {
            DecisionTrackStrip s = new DecisionTrackStrip();
            s.resize(400, 12);
            ((javafx.scene.layout.Pane) root.lookup(".flip-suggestions")).getChildren().add(s);
            s.setManaged(false);
            s.resize(400, 12);
            s.layout();
            s.show(session.getPolicy(), session.getContext(), WhatIfInput.PRICE);
            strip.set(s);
        });
        WaitForAsyncUtils.waitForFxEvents();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        robot.interact(() -> image.set(strip.get().snapshot(null, null)));
        LandscapePalette palette = LandscapePalette.LIGHT;
        // the price track: refused below the last entry (100), allowed from 102 to 108
        for (double[] at : new double[][] {{97, ReasonCode.PRICE_STRUCTURE_MISMATCH.ordinal()},
                {105.3, ReasonCode.SCALE_APPROVED.ordinal()}, {101, ReasonCode.PRICE_SPACING_OUT_OF_RANGE.ordinal()}}) {
            ReasonCode r = ReasonCode.values()[(int) at[1]];
            int x = (int) strip.get().xOf(at[0]);
            boolean seen = false;
            for (int y = 2; y < 10 && !seen; y++) {
                Color c = image.get().getPixelReader().getColor(x, y);
                seen = near(c, map().palette().colour(r)) || near(c, palette.colour(r));
            }
            assertThat(seen).as("track colour of %s at price %s", r, at[0]).isTrue();
        }
    }

    @Test
    void theSecondAxisCanBeSwitched(FxRobot robot) throws Exception {
        awaitMap(session.getContext(), WhatIfInput.TIME);
        robot.interact(() -> controller.flipsView().getScene().lookup(".combo-box"));
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            javafx.scene.control.ComboBox<WhatIfInput> combo =
                    (javafx.scene.control.ComboBox<WhatIfInput>) root.lookup(".combo-box");
            combo.setValue(WhatIfInput.SIGNAL_QUALITY);
        });
        DecisionMap m = awaitMap(session.getContext(), WhatIfInput.SIGNAL_QUALITY);
        assertThat(m.countByReason()[ReasonCode.SIGNAL_TOO_WEAK.ordinal()]).isPositive();
    }

    @Test
    void aSkipShowsWhatWouldFlipItAndApplyingItGivesScale(FxRobot robot) throws Exception {
        ScalingContext tooSoon = Samples.withProposal(Samples.pyramidScenario(), 103, 30, 6, 0.8);
        robot.interact(() -> session.contextProperty().set(tooSoon));
        awaitSideViews("SCALE from 15:30 UTC (60 min after the last entry)");
        awaitMap(tooSoon, WhatIfInput.TIME);
        javafx.scene.control.ListCell<?> first = robot.lookup(".flip-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.getItem() != null && c.isVisible()).query();
        robot.doubleClickOn(first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(session.getResult().decision()).isEqualTo(Decision.SCALE);
    }

    @Test
    void theLadderListsTheLevelsAndExportsCsvAndPng(FxRobot robot) throws Exception {
        awaitSideViews("Already SCALE: nothing to flip.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !controller.ladderView().table().getItems().isEmpty());
        assertThat(controller.ladderView().table().getItems()).extracting(l -> l.kind().label())
                .containsExactly("Entry", "Proposed", "Next", "Next");
        Path csv = dir.resolve("ladder.csv");
        Path png = dir.resolve("map.png");
        FakeDialogService dialogs = new FakeDialogService();
        dialogs.saveChooser = request -> request.extension().equals("csv") ? csv : png;
        controller.setDialogs(dialogs);
        robot.interact(controller::exportLadderCsv);
        robot.interact(controller::exportMapPng);
        assertThat(Files.readString(csv)).startsWith("Row,Entry,Price").contains("\r\nProposed,2,103,5,15,");
        byte[] head = Files.readAllBytes(png);
        assertThat(head).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
        // a cancelled chooser writes nothing
        Path other = dir.resolve("never.png");
        controller.setDialogs(new FakeDialogService());
        robot.interact(controller::exportLadderPng);
        assertThat(other).doesNotExist();
    }

    /**
     * "I re-export my map over last week's PNG and the encoder fails": last week's file is still
     * there, whole, and no temporary file is left. (Before, ImageIO.write(image, "png", file) deleted
     * the target first and then wrote straight into it.)
     */
    @Test
    void aFailingPngExportOverLastWeeksFileLeavesItIntact(FxRobot robot) throws Exception {
        Path png = dir.resolve("decision-map.png");
        byte[] lastWeek = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 'l', 'a', 's', 't', ' ', 'w', 'e', 'e', 'k'};
        Files.write(png, lastWeek);
        FakeDialogService dialogs = new FakeDialogService();
        dialogs.fileToSave = png;
        controller.setDialogs(dialogs);
        controller.setPngEncoder(node -> {
            throw new java.io.IOException("the encoder ran out of memory");
        });

        robot.interact(controller::exportMapPng);

        assertThat(Files.readAllBytes(png)).isEqualTo(lastWeek);
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(png);
        }
        assertThat(robot.lookup(".landscape-status").queryAs(javafx.scene.control.Label.class).getText())
                .isEqualTo("Could not write " + png + ": the encoder ran out of memory; the previous file, if any, is unchanged.");
    }

    /** A re-export replaces last week's CSV whole, through a temporary file that does not stay behind. */
    @Test
    void aLadderCsvReExportReplacesLastWeeksFileWhole(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !controller.ladderView().table().getItems().isEmpty());
        Path csv = Files.writeString(dir.resolve("entry-ladder.csv"), "last week's ladder, much longer than a header\r\n".repeat(500));
        FakeDialogService dialogs = new FakeDialogService();
        dialogs.fileToSave = csv;
        controller.setDialogs(dialogs);

        robot.interact(controller::exportLadderCsv);

        String[] expected = {""};
        robot.interact(() -> expected[0] = controller.ladderView().csv());
        assertThat(Files.readString(csv)).isEqualTo(expected[0]).doesNotContain("last week");
        try (var files = Files.list(dir)) {
            assertThat(files.toList()).containsExactly(csv);
        }
    }

    @Test
    void theCanvasesTakeTheThemesColours(FxRobot robot) throws Exception {
        awaitMap(session.getContext(), WhatIfInput.TIME);
        assertThat(map().palette().isDark()).isFalse();
        robot.interact(() -> TestTheme.DARK.applyTo(root));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> map().palette().isDark());
        assertThat(map().palette().scale()).isEqualTo(Color.web(TestTheme.DARK.scale()));
        // and the map is repainted with them
        DecisionMap m = map().mapProperty().get();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            int[] cell = firstCell(m, ReasonCode.SCALE_APPROVED);
            Point2D p = map().cellCentre(cell[0], cell[1]);
            return near(snapshot(robot).getPixelReader().getColor((int) p.getX(), (int) p.getY()),
                    Color.web(TestTheme.DARK.scale()));
        });
        robot.interact(() -> Screenshots.save(root.getScene(), "landscape-pyramid-dark"));
    }

    @Test
    void screenshotsOfAPyramidAndAnAverageDownMap(FxRobot robot) throws Exception {
        awaitMap(session.getContext(), WhatIfInput.TIME);
        awaitSideViews("Already SCALE: nothing to flip.");
        robot.interact(() -> {
            Screenshots.save(map(), "landscape-map-pyramid");
            Screenshots.save(root.getScene(), "landscape-pyramid");
        });
        ScalingPolicy dca = Samples.averageDown();
        ScalingContext dcaCtx = Samples.averageDownScenario();
        robot.interact(() -> {
            session.policyProperty().set(dca);
            session.contextProperty().set(dcaCtx);
        });
        awaitMap(dcaCtx, WhatIfInput.TIME);
        awaitSideViews("Already SCALE: nothing to flip.");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> controller.ladderView().table().getItems().size() == 4);
        robot.interact(() -> {
            Screenshots.save(map(), "landscape-map-average-down");
            Screenshots.save(root.getScene(), "landscape-average-down");
        });
        assertThat(Screenshots.DIR.resolve("landscape-map-average-down.png")).exists();
    }
}
