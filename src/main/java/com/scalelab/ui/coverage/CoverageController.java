package com.scalelab.ui.coverage;

import com.scalelab.engine.coverage.PolicyCoverage;
import com.scalelab.ui.app.DialogService;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

/** Shows a {@link CoverageViewModel}; the file choosers go through the dialog service. */
public final class CoverageController {
    @FXML private Label headline;
    @FXML private ProgressIndicator busy;
    @FXML private Button addButton;
    @FXML private Button clearButton;
    @FXML private Button exportButton;
    @FXML private TableView<PolicyCoverage.CheckLine> checkTable;
    @FXML private TableColumn<PolicyCoverage.CheckLine, String> checkColumn;
    @FXML private TableColumn<PolicyCoverage.CheckLine, Integer> passedColumn;
    @FXML private TableColumn<PolicyCoverage.CheckLine, Integer> failedColumn;
    @FXML private TableColumn<PolicyCoverage.CheckLine, Integer> decidedColumn;
    @FXML private TableColumn<PolicyCoverage.CheckLine, String> checkCoveredColumn;
    @FXML private TableView<PolicyCoverage.LimitLine> limitTable;
    @FXML private TableColumn<PolicyCoverage.LimitLine, String> policyColumn;
    @FXML private TableColumn<PolicyCoverage.LimitLine, String> fieldColumn;
    @FXML private TableColumn<PolicyCoverage.LimitLine, String> limitColumn;
    @FXML private TableColumn<PolicyCoverage.LimitLine, Integer> belowColumn;
    @FXML private TableColumn<PolicyCoverage.LimitLine, Integer> atColumn;
    @FXML private TableColumn<PolicyCoverage.LimitLine, Integer> aboveColumn;
    @FXML private TableColumn<PolicyCoverage.LimitLine, String> limitCoveredColumn;
    @FXML private ListView<String> problemList;

    private CoverageViewModel model;
    private DialogService dialogs;

    public void attach(CoverageViewModel model, DialogService dialogs) {
        this.model = model;
        this.dialogs = dialogs;
        headline.textProperty().bind(model.headlineProperty());
        busy.visibleProperty().bind(model.busyProperty());
        exportButton.disableProperty().bind(model.reportProperty().isNull());
        checkTable.setItems(model.checks());
        limitTable.setItems(model.limits());
        problemList.setItems(model.problems());
        problemList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.problems()));
        problemList.managedProperty().bind(problemList.visibleProperty());

        text(checkColumn, c -> c.check().name());
        number(passedColumn, PolicyCoverage.CheckLine::passed);
        number(failedColumn, PolicyCoverage.CheckLine::failed);
        number(decidedColumn, PolicyCoverage.CheckLine::decided);
        text(checkCoveredColumn, CoverageViewModel::missing);
        text(policyColumn, PolicyCoverage.LimitLine::policy);
        text(fieldColumn, PolicyCoverage.LimitLine::field);
        text(limitColumn, l -> plain(l.limit()));
        number(belowColumn, PolicyCoverage.LimitLine::below);
        number(atColumn, PolicyCoverage.LimitLine::at);
        number(aboveColumn, PolicyCoverage.LimitLine::above);
        text(limitCoveredColumn, CoverageViewModel::missing);
        checkTable.setRowFactory(t -> marked(c -> c.covered() < 3));
        limitTable.setRowFactory(t -> marked(l -> !l.covered()));
        model.problems().addListener((ListChangeListener<String>) c -> { });
    }

    private static <S> TableRow<S> marked(java.util.function.Predicate<S> uncovered) {
        return new TableRow<>() {
            @Override
            protected void updateItem(S item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("uncovered");
                if (!empty && item != null && uncovered.test(item)) {
                    getStyleClass().add("uncovered");
                }
            }
        };
    }

    private static <S> void text(TableColumn<S, String> column, Function<S, String> f) {
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(f.apply(c.getValue())));
    }

    private static <S> void number(TableColumn<S, Integer> column, Function<S, Integer> f) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(f.apply(c.getValue())));
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    @FXML
    void addFiles() {
        List<Path> chosen = dialogs.chooseFilesToOpen(new DialogService.FileRequest("Add scenario files", "scenario",
                null, null, "Scenario files (*.json)", "json"));
        if (!chosen.isEmpty()) {
            model.add(chosen);
        }
    }

    @FXML
    void clear() {
        model.clear();
    }

    @FXML
    void exportJson() {
        dialogs.chooseFileToSave(new DialogService.FileRequest("Export coverage", "export", null, "coverage.json",
                "JSON files (*.json)", "json")).ifPresent(file -> {
                    try {
                        model.exportJson(file);
                    } catch (IOException e) {
                        dialogs.showError("Export coverage", file + ": could not write the report: " + e.getMessage());
                    }
                });
    }

    public Button addButton() {
        return addButton;
    }

    public TableView<PolicyCoverage.CheckLine> checkTable() {
        return checkTable;
    }

    public TableView<PolicyCoverage.LimitLine> limitTable() {
        return limitTable;
    }
}
