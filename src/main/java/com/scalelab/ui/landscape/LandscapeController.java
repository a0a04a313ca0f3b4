package com.scalelab.ui.landscape;

import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfPoint;
import com.scalelab.engine.landscape.WhatWouldFlip;
import com.scalelab.io.AtomicFiles;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FxDialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The landscape panel (fxml/landscape.fxml): the decision map, what would flip the verdict and the
 * entry ladder, all following the session's policy and scenario. Clicking the map or applying a
 * suggestion moves the scenario (so the what-if sliders follow).
 */
public class LandscapeController {
    /** Levels shown past the proposed entry. */
    static final int NEXT_LEVELS = LandscapeViewModel.NEXT_LEVELS;
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    /** Quiet time before the flips and the ladder follow a change: a drag leaves the cores to the map. */
    static final long SIDE_WORK_DELAY_MS = LandscapeViewModel.SIDE_WORK_DELAY_MS;

    private final LandscapeViewModel model;
    private DialogService dialogs = new FxDialogService(this::window);
    private PngFiles.Encoder png = PngFiles::encode;
    private Consumer<DecisionMapView.MapPick> onPick;

    @FXML
    private DecisionMapView map;
    /** Where the flips are shown: not in landscape.fxml but under the verdict (see showFlipsIn). */
    private FlipSuggestionsView flips;
    @FXML
    private EntryLadderView ladder;
    @FXML
    private ComboBox<WhatIfInput> axisChoice;
    @FXML
    private Label status;

    public LandscapeController(LabSession session) {
        this.model = new LandscapeViewModel(session);
        this.onPick = model::moveTo;
    }

    public LandscapeViewModel model() {
        return model;
    }

    @FXML
    private void initialize() {
        axisChoice.getItems().setAll(WhatIfInput.SECOND_AXES);
        axisChoice.setConverter(new StringConverter<>() {
            @Override
            public String toString(WhatIfInput input) {
                return input == null ? "" : input.label();
            }

            @Override
            public WhatIfInput fromString(String s) {
                return WhatIfInput.SECOND_AXES.stream().filter(i -> i.label().equals(s)).findFirst().orElse(null);
            }
        });
        axisChoice.setValue(model.axisProperty().get());
        axisChoice.setTooltip(new Tooltip("The decision map's vertical axis; price is always across"));
        axisChoice.valueProperty().addListener((obs, o, n) -> {
            if (n != null) {
                model.axisProperty().set(n);
            }
        });
        map.setOnPick(pick -> onPick.accept(pick));
        Tooltip.install(map, new Tooltip("Where this policy allows the next add: hover a cell for its verdict, "
                + "click to move the scenario there"));
        map.setModel(model);
        model.ladderProperty().addListener((obs, o, n) -> ladder.show(n, model.priceDecimals()));
        model.flipsProperty().addListener((obs, o, n) -> {
            if (flips != null) {
                flips.show(n);
            }
        });
        ladder.show(model.ladderProperty().get(), model.priceDecimals());
    }

    /**
     * Shows "what would flip it" in this view (the main window puts it under the verdict): it follows
     * the session like the map, and applying a suggestion moves the scenario there.
     */
    public void showFlipsIn(FlipSuggestionsView view) {
        flips = view;
        model.setFlipsWanted(view != null);
        if (view == null) {
            return;
        }
        view.setOnApply(model::apply);
        view.show(model.flipsProperty().get());
    }

    /** Replaces what a click on the map does (the default moves the session's scenario there). */
    public void setOnPick(Consumer<DecisionMapView.MapPick> onPick) {
        this.onPick = onPick == null ? model::moveTo : onPick;
    }

    /** Replaces the save chooser (the window's one service; tests use a fake). */
    public void setDialogs(DialogService dialogs) {
        this.dialogs = java.util.Objects.requireNonNull(dialogs);
    }

    /** Replaces the PNG encoder (tests make it fail). */
    void setPngEncoder(PngFiles.Encoder encoder) {
        this.png = encoder;
    }

    public DecisionMapView mapView() {
        return map;
    }

    public FlipSuggestionsView flipsView() {
        return flips;
    }

    public EntryLadderView ladderView() {
        return ladder;
    }

    /** Export items for the main window's Landscape menu. */
    public List<MenuItem> menuItems() {
        MenuItem mapPng = new MenuItem("Export Decision Map as PNG…");
        mapPng.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+M"));
        mapPng.setOnAction(e -> exportMapPng());
        MenuItem ladderPng = new MenuItem("Export Entry Ladder as PNG…");
        ladderPng.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+P"));
        ladderPng.setOnAction(e -> exportLadderPng());
        MenuItem ladderCsv = new MenuItem("Export Entry Ladder as CSV…");
        ladderCsv.setAccelerator(KeyCombination.keyCombination("Shortcut+Alt+C"));
        ladderCsv.setOnAction(e -> exportLadderCsv());
        return List.of(mapPng, ladderPng, ladderCsv);
    }

    @FXML
    void exportMapPng() {
        png(map, "Export decision map", "decision-map.png");
    }

    @FXML
    void exportLadderPng() {
        png(ladder, "Export entry ladder", "entry-ladder.png");
    }

    @FXML
    void exportLadderCsv() {
        String csv = ladder.csv();
        if (csv.isEmpty()) {
            say("No ladder to export yet.", true);
            return;
        }
        Optional<Path> file = dialogs.chooseFileToSave(
                new DialogService.FileRequest("Export entry ladder", "export", null, "entry-ladder.csv", "CSV table", "csv"));
        if (file.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.write(file.get(), csv);
            say("Saved " + file.get().getFileName(), false);
        } catch (IOException | RuntimeException e) {
            say(notWritten(file.get(), e), true);
        }
    }

    private void png(Node node, String title, String name) {
        Optional<Path> file = dialogs.chooseFileToSave(
                new DialogService.FileRequest(title, "export", null, name, "PNG image", "png"));
        if (file.isEmpty()) {
            return;
        }
        try {
            AtomicFiles.write(file.get(), png.encode(node));
            say("Saved " + file.get().getFileName(), false);
        } catch (IOException | RuntimeException e) {
            say(notWritten(file.get(), e), true);
        }
    }

    private static String notWritten(Path file, Exception e) {
        return "Could not write " + file + ": " + e.getMessage() + "; the previous file, if any, is unchanged.";
    }

    private void say(String message, boolean error) {
        status.setText(message);
        status.pseudoClassStateChanged(ERROR, error);
    }

    private Window window() {
        return map.getScene() == null ? null : map.getScene().getWindow();
    }
}
