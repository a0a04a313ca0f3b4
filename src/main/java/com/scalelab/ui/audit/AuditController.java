package com.scalelab.ui.audit;

import com.scalelab.audit.AuditRecord;
import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FxDialogService;
import com.scalelab.ui.app.TaskExecutor;
import java.math.BigDecimal;
import java.math.RoundingMode;
import com.scalelab.ui.app.VerdictBadge;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.controlsfx.control.SegmentedButton;

/**
 * The audit log view: a table of recorded decisions, a filter by decision, counts, Clear, and
 * exports with progress and Cancel. The session calls back on every record (slider release, Add
 * entry, Record); everything else is in {@link AuditViewModel}.
 */
public class AuditController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

    private final AuditViewModel viewModel;
    private DialogService dialogs;
    private List<MenuItem> menuItems;
    private boolean scrollPending;

    @FXML private SegmentedButton filterButtons;
    @FXML private ToggleButton showAll;
    @FXML private ToggleButton showScale;
    @FXML private ToggleButton showSkip;
    @FXML private ToggleButton showBlock;
    @FXML private Label countLabel;
    @FXML private Button clearButton;
    @FXML private Button exportCsvButton;
    @FXML private Button exportJsonButton;
    @FXML private ProgressBar exportProgress;
    @FXML private Button cancelButton;
    @FXML private Label statusLabel;
    @FXML private TableView<AuditRecord> table;
    @FXML private TableColumn<AuditRecord, AuditRecord> timeColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> symbolColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> strategyColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> policyColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> decisionColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> reasonColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> entriesColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> positionColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> riskColumn;
    @FXML private TableColumn<AuditRecord, AuditRecord> explanationColumn;

    public AuditController(LabSession session) {
        this(session, new AuditViewModel());
    }

    public AuditController(LabSession session, AuditViewModel viewModel) {
        this(viewModel);
        listen(session, viewModel);
    }

    /** A view of a log that already listens to the session (the window keeps the log from the start). */
    public AuditController(AuditViewModel viewModel) {
        this.viewModel = viewModel;
        this.dialogs = new FxDialogService(this::window);
    }

    /** Every decision the session records goes into the log, on the FX thread, view built or not. */
    public static void listen(LabSession session, AuditViewModel log) {
        session.addRecordListener(snapshot -> {
            if (Platform.isFxApplicationThread()) {
                log.record(snapshot);
            } else {
                Platform.runLater(() -> log.record(snapshot));
            }
        });
    }

    public AuditViewModel viewModel() {
        return viewModel;
    }

    /** Replaces the file chooser and confirmation (the window's one service; tests answer them). */
    public void setDialogs(DialogService dialogs) {
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    @FXML
    private void initialize() {
        table.setItems(viewModel.shown());
        table.setPlaceholder(new Label("No decisions recorded yet: release a slider, add an entry or press Record."));
        column(timeColumn, r -> TIME.format(LocalDateTime.ofInstant(r.time(), ZoneId.systemDefault())),
                r -> r.time() + " (" + r.trigger() + ")");
        column(symbolColumn, AuditRecord::symbol, null);
        column(strategyColumn, AuditRecord::strategy, null);
        policyColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        policyColumn.setCellFactory(c -> new PolicyCell());
        column(reasonColumn, r -> r.reasonCode().name(), null);
        column(entriesColumn, r -> r.entriesAfter() == null ? "\u2014" : Integer.toString(r.entriesAfter()), null);
        column(positionColumn, r -> percent(r.positionPct()), null);
        column(riskColumn, r -> r.riskAmount() == null ? "\u2014"
                : money(r.riskAmount()) + " (" + percent(r.riskPct()) + ")", null);
        column(explanationColumn, AuditRecord::explanation, AuditRecord::explanation);
        decisionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        decisionColumn.setCellFactory(c -> new DecisionCell());
        for (TableColumn<AuditRecord, ?> col : table.getColumns()) {
            col.setSortable(false); // newest stays at the bottom
        }

        // Newest at the bottom, kept in view.
        viewModel.shown().addListener((ListChangeListener<AuditRecord>) change -> {
            while (change.next()) {
                if (change.wasAdded() && !change.wasRemoved()) {
                    scrollToNewest();
                }
            }
        });

        Map<Toggle, DecisionFilter> filters = Map.of(showAll, DecisionFilter.ALL, showScale, DecisionFilter.SCALE,
                showSkip, DecisionFilter.SKIP, showBlock, DecisionFilter.BLOCK);
        showScale.setText(VerdictBadge.text(Decision.SCALE));
        showSkip.setText(VerdictBadge.text(Decision.SKIP));
        showBlock.setText(VerdictBadge.text(Decision.BLOCK));
        showAll.setSelected(true);
        filterButtons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                old.setSelected(true); // ControlsFX lets a click deselect the selected segment
            } else {
                viewModel.filterProperty().set(filters.get(now));
            }
        });
        viewModel.filterProperty().addListener((obs, o, n) -> {
            Toggle t = filters.entrySet().stream().filter(e -> e.getValue() == n).findFirst().orElseThrow().getKey();
            t.setSelected(true);
        });

        countLabel.textProperty().bind(viewModel.countTextProperty());
        statusLabel.textProperty().bind(viewModel.statusProperty());
        exportProgress.progressProperty().bind(viewModel.exportProgressProperty());
        for (var node : List.of(exportProgress, cancelButton)) {
            node.visibleProperty().bind(viewModel.exportingProperty());
            node.managedProperty().bind(viewModel.exportingProperty());
        }
        exportCsvButton.disableProperty().bind(viewModel.exportingProperty());
        exportJsonButton.disableProperty().bind(viewModel.exportingProperty());
        clearButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.records()));
    }

    /** Audit menu: the two exports and Clear (Record Decision lives in the Scenario menu). */
    public List<MenuItem> menuItems() {
        if (menuItems == null) {
            menuItems = menuItems(viewModel, () -> this);
        }
        return menuItems;
    }

    /**
     * The Audit menu's items for a view built on first use: they exist (accelerators too) from the
     * start, and the supplier builds the view when one is chosen.
     */
    public static List<MenuItem> menuItems(AuditViewModel log, java.util.function.Supplier<AuditController> view) {
        MenuItem csv = item("Export CSV\u2026", "Shortcut+E", () -> view.get().exportCsv());
        MenuItem jsonl = item("Export JSON Lines\u2026", "Shortcut+Shift+E", () -> view.get().exportJsonLines());
        MenuItem clear = item("Clear Audit Log\u2026", "Shortcut+Shift+K", () -> view.get().clear());
        csv.disableProperty().bind(log.exportingProperty());
        jsonl.disableProperty().bind(log.exportingProperty());
        clear.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(log.records()));
        return List.of(csv, jsonl, new SeparatorMenuItem(), clear);
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setAccelerator(KeyCombination.keyCombination(accelerator));
        item.setOnAction(e -> action.run());
        return item;
    }

    @FXML
    void exportCsv() {
        export(ExportFormat.CSV);
    }

    @FXML
    void exportJsonLines() {
        export(ExportFormat.JSON_LINES);
    }

    /** Asks for a file, then exports in the background; returns the export, or null when not started. */
    TaskExecutor.Running export(ExportFormat format) {
        if (viewModel.exportingProperty().get()) {
            return null;
        }
        String name = "scalelab-audit-" + FILE_STAMP.format(LocalDateTime.now()) + "." + format.extension();
        return dialogs.chooseFileToSave(new DialogService.FileRequest("Export audit log as " + format.label(),
                        "export", null, name, format.description(), format.extension()))
                .map(path -> viewModel.export(format, path)).orElse(null);
    }

    @FXML
    void cancelExport() {
        viewModel.cancelExport();
    }

    @FXML
    void clear() {
        int n = viewModel.records().size();
        if (n > 0 && dialogs.confirm("Clear the audit log", "Clear the audit log?",
                "The " + NumberFormat.getIntegerInstance(Locale.US).format(n)
                        + " recorded decisions will be removed. Export them first if you need them.", "Clear")) {
            viewModel.clear();
        }
    }

    /**
     * Scrolls once the table has taken in the new rows: its skin counts rows on layout, and a
     * scroll asked for before that stops one row short of the end.
     */
    private void scrollToNewest() {
        if (scrollPending) {
            return;
        }
        scrollPending = true;
        Platform.runLater(() -> {
            scrollPending = false;
            int last = viewModel.shown().size() - 1;
            if (last >= 0) {
                table.layout();
                table.scrollTo(last);
            }
        });
    }

    private Window window() {
        return table == null || table.getScene() == null ? null : table.getScene().getWindow();
    }

    private static void column(TableColumn<AuditRecord, AuditRecord> col, Function<AuditRecord, String> text,
                               Function<AuditRecord, String> tooltip) {
        col.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        col.setCellFactory(c -> new TextCell(text, tooltip));
    }

    /** Up to three decimals, as the engine's messages show them: 0.246%, 14.933%, 1.5%. */
    static String percent(Double v) {
        if (v == null) {
            return "\u2014";
        }
        if (!Double.isFinite(v)) {
            return v + "%";
        }
        return com.scalelab.engine.landscape.Figures.percent(v);
    }

    static String money(double v) {
        return String.format(Locale.US, "%,.2f", v);
    }

    /** A cell showing one text of the record, with an optional tooltip (only visible cells exist). */
    private static final class TextCell extends TableCell<AuditRecord, AuditRecord> {
        private final Function<AuditRecord, String> text;
        private final Function<AuditRecord, String> tooltip;
        private final Tooltip tip = new Tooltip();

        TextCell(Function<AuditRecord, String> text, Function<AuditRecord, String> tooltip) {
            this.text = text;
            this.tooltip = tooltip;
            tip.setWrapText(true);
            tip.setMaxWidth(600);
        }

        @Override
        protected void updateItem(AuditRecord r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(text.apply(r));
                if (tooltip != null) {
                    tip.setText(tooltip.apply(r));
                    setTooltip(tip);
                }
            }
        }
    }

    /**
     * The policy name, cut short with an ellipsis when the column is narrow, and its short
     * fingerprint, always whole on the right: the fingerprint is what tells two versions apart.
     */
    private static final class PolicyCell extends TableCell<AuditRecord, AuditRecord> {
        private final Label name = new Label();
        private final Label fingerprint = new Label();
        private final HBox box = new HBox(6, name, fingerprint);
        private final Tooltip tip = new Tooltip();

        PolicyCell() {
            name.setMinWidth(0);
            HBox.setHgrow(name, Priority.ALWAYS);
            name.setMaxWidth(Double.MAX_VALUE);
            fingerprint.setMinWidth(Region.USE_PREF_SIZE);
            fingerprint.getStyleClass().add("fingerprint");
            box.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(AuditRecord r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                setTooltip(null);
            } else {
                name.setText(r.policyName());
                fingerprint.setText(r.shortFingerprint());
                tip.setText(r.policyName() + "\nSHA-256 " + r.policyFingerprint());
                setTooltip(tip);
                setGraphic(box);
            }
        }
    }

    /** The decision as glyph and word, coloured by pseudo-class so both themes apply. */
    private static final class DecisionCell extends TableCell<AuditRecord, AuditRecord> {
        DecisionCell() {
            getStyleClass().add("decision-cell");
        }

        @Override
        protected void updateItem(AuditRecord r, boolean empty) {
            super.updateItem(r, empty);
            Decision d = empty || r == null ? null : r.decision();
            setText(d == null ? null : VerdictBadge.text(d));
            // an invalid input is a BLOCK coloured apart (:invalid), so the badge marks it as none
            boolean invalid = d == Decision.BLOCK && r.reasonCode() == ReasonCode.INVALID_INPUT;
            VerdictBadge.mark(this, invalid ? null : d);
            pseudoClassStateChanged(INVALID, d == Decision.BLOCK && r.reasonCode() == ReasonCode.INVALID_INPUT);
        }
    }
}
