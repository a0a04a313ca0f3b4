package com.scalelab.ui.tuning;

import com.scalelab.engine.tuning.SweepFigure;
import com.scalelab.engine.tuning.SweepGrid;
import com.scalelab.engine.tuning.TuningField;
import com.scalelab.io.AtomicFiles;
import com.scalelab.io.SweepCsv;
import com.scalelab.ui.app.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

/**
 * The Sweep tab: two field pickers with their ranges, the figure, Run / Cancel, the heat map and
 * the exports. Built in code (no FXML) so the main window only gains a tab.
 */
public final class SweepView extends BorderPane {
    private final SweepViewModel vm;
    private final SweepHeatMap map = new SweepHeatMap();
    private final Button runButton = new Button("Run sweep");
    private final Button cancelButton = new Button("Cancel");
    private final Button pngButton = new Button("Export PNG…");
    private final Button csvButton = new Button("Export CSV…");
    private final Label status = new Label();
    private Supplier<DialogService> dialogs = () -> null;

    public SweepView(SweepViewModel vm) {
        this.vm = vm;
        getStyleClass().add("sweep-view");
        setPadding(new Insets(6));

        GridPane form = new GridPane();
        form.setHgap(6);
        form.setVgap(4);
        addAxisRow(form, 0, "Across (x)", vm.xFieldProperty(), vm.xFromProperty(), vm.xToProperty(), vm.xStepsProperty(), "x");
        addAxisRow(form, 1, "Up (y)", vm.yFieldProperty(), vm.yFromProperty(), vm.yToProperty(), vm.yStepsProperty(), "y");

        ComboBox<SweepFigure> figure = new ComboBox<>(FXCollections.observableArrayList(SweepFigure.values()));
        figure.setId("sweepFigure");
        figure.setConverter(converter(SweepText::figure));
        figure.valueProperty().bindBidirectional(vm.figureProperty());
        figure.setTooltip(new Tooltip("The figure the colours show; hover a cell for all of them"));
        runButton.setId("sweepRun");
        runButton.setDefaultButton(false);
        runButton.setOnAction(e -> vm.run());
        runButton.setTooltip(new Tooltip("Replays the run once per cell (again after any change: press it to re-run)"));
        cancelButton.setId("sweepCancel");
        cancelButton.setOnAction(e -> vm.cancel());
        cancelButton.disableProperty().bind(vm.runningProperty().not());
        Button reset = new Button("Ranges around the policy");
        reset.setOnAction(e -> vm.resetRanges());
        reset.setTooltip(new Tooltip("From/to/steps around the current values of the policy and run"));
        pngButton.setId("sweepPng");
        pngButton.setOnAction(e -> exportPng());
        csvButton.setId("sweepCsv");
        csvButton.setOnAction(e -> exportCsv());
        pngButton.disableProperty().bind(vm.gridProperty().isNull());
        csvButton.disableProperty().bind(vm.gridProperty().isNull());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.runningProperty());
        bar.setPrefWidth(120);
        HBox actions = new HBox(6, new Label("Colour by"), figure, runButton, cancelButton, bar, reset, pngButton, csvButton);
        actions.setAlignment(Pos.CENTER_LEFT);
        status.setId("sweepStatus");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        setTop(new javafx.scene.layout.VBox(4, form, actions, status));

        map.setId("sweepMap");
        setCenter(map);
        BorderPane.setMargin(map, new Insets(6, 0, 0, 0));
        map.setOnPick((x, y) -> {
            vm.pick(x, y);
            refreshCurrent();
        });
        vm.gridProperty().addListener((Observable o) -> redraw());
        vm.figureProperty().addListener((Observable o) -> redraw());
    }

    public void setDialogs(Supplier<DialogService> dialogs) {
        this.dialogs = dialogs;
    }

    public SweepHeatMap heatMap() {
        return map;
    }

    public SweepViewModel viewModel() {
        return vm;
    }

    /** Moves the outline to the policy in force (call when the policy or run changes). */
    public void refreshCurrent() {
        int[] c = vm.currentPosition();
        map.setCurrent(c[0], c[1]);
    }

    private void redraw() {
        map.show(vm.getGrid(), vm.figureProperty().get());
        refreshCurrent();
    }

    private void addAxisRow(GridPane form, int row, String label, javafx.beans.property.ObjectProperty<TuningField> field,
                            javafx.beans.property.StringProperty from, javafx.beans.property.StringProperty to,
                            javafx.beans.property.StringProperty steps, String id) {
        ComboBox<TuningField> box = new ComboBox<>(FXCollections.observableArrayList(TuningField.values()));
        box.setId("sweep" + id.toUpperCase() + "Field");
        box.setConverter(converter(SweepText::field));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(TuningField f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? "" : SweepText.field(f));
            }
        });
        box.valueProperty().bindBidirectional(field);
        box.setPrefWidth(430);
        box.setMaxWidth(430);
        form.add(new Label(label), 0, row);
        form.add(box, 1, row);
        form.add(new Label("from"), 2, row);
        form.add(text(from, id + "From", 70), 3, row);
        form.add(new Label("to"), 4, row);
        form.add(text(to, id + "To", 70), 5, row);
        form.add(new Label("steps"), 6, row);
        form.add(text(steps, id + "Steps", 50), 7, row);
    }

    private static TextField text(javafx.beans.property.StringProperty p, String id, double width) {
        TextField t = new TextField();
        t.setId("sweep" + Character.toUpperCase(id.charAt(0)) + id.substring(1));
        t.textProperty().bindBidirectional(p);
        t.setPrefColumnCount(5);
        t.setPrefWidth(width);
        return t;
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private Optional<Path> choose(String title, String name, String description, String extension) {
        DialogService d = dialogs.get();
        if (d == null) {
            return Optional.empty();
        }
        return d.chooseFileToSave(new DialogService.FileRequest(title, "export", null, name, description, extension));
    }

    private String baseName() {
        SweepGrid g = vm.getGrid();
        return "sweep-" + g.xAxis().field().path() + "-" + g.yAxis().field().path();
    }

    void exportPng() {
        if (vm.getGrid() == null) {
            return;
        }
        choose("Export sweep as PNG", baseName() + ".png", "PNG images (*.png)", "png").ifPresent(this::writePng);
    }

    /** Writes the heat map as it is drawn, through AtomicFiles. */
    public void writePng(Path file) {
        try {
            AtomicFiles.write(file, SweepPng.encode(map));
        } catch (IOException | RuntimeException e) {
            report("Could not write " + file + ": " + e.getMessage());
        }
    }

    void exportCsv() {
        if (vm.getGrid() == null) {
            return;
        }
        choose("Export sweep as CSV", baseName() + ".csv", "CSV files (*.csv)", "csv").ifPresent(this::writeCsv);
    }

    /** One row per cell, as the command line's {@code sweep} prints it. */
    public void writeCsv(Path file) {
        try {
            AtomicFiles.write(file, SweepCsv.toCsv(vm.getGrid()));
        } catch (IOException | RuntimeException e) {
            report("Could not write " + file + ": " + e.getMessage());
        }
    }

    private void report(String message) {
        DialogService d = dialogs.get();
        if (d != null) {
            d.showError("Export failed", message);
        }
    }

    Node statusNode() {
        return status;
    }
}
