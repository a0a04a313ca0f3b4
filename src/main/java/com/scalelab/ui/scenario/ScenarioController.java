package com.scalelab.ui.scenario;

import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.landscape.AxisRange;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.DialogService;
import com.scalelab.ui.app.FxDialogService;
import com.scalelab.ui.landscape.DecisionTrackStrip;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The scenario and what-if view. Thin: binds controls to {@link ScenarioViewModel}, turns table
 * edits into whole entries, and runs the file commands through {@link ScenarioDocument} (with a
 * {@link ScenarioStore} and a {@link DialogService} tests can replace).
 */
public class ScenarioController {
    private static final PseudoClass SKIP = PseudoClass.getPseudoClass("skip");
    private static final PseudoClass BLOCK = PseudoClass.getPseudoClass("block");

    private final ScenarioViewModel model;
    private final ScenarioDocument document;

    @FXML private Parent root;
    @FXML private Label scenarioName;
    @FXML private Slider priceSlider;
    @FXML private TextField priceField;
    @FXML private Label priceCaption;
    @FXML private Slider minutesSlider;
    @FXML private TextField minutesField;
    @FXML private Label timeCaption;
    @FXML private Slider barsSlider;
    @FXML private TextField barsField;
    @FXML private Label barCaption;
    @FXML private Slider signalSlider;
    @FXML private TextField signalField;
    @FXML private Slider quantitySlider;
    @FXML private TextField quantityField;
    @FXML private Label quantityCaption;
    @FXML private ComboBox<Direction> proposedDirection;
    @FXML private Button addEntryButton;
    @FXML private Button resetButton;
    @FXML private Button recordButton;
    @FXML private Slider atrSlider;
    @FXML private TextField atrField;
    @FXML private Slider spreadSlider;
    @FXML private TextField spreadField;
    @FXML private TextField symbolField;
    @FXML private TextField equityField;
    @FXML private ComboBox<Direction> positionDirection;
    @FXML private TextField stopField;
    @FXML private TextField brokerField;
    @FXML private CheckBox mismatchToggle;
    @FXML private TableView<Entry> entriesTable;
    @FXML private TableColumn<Entry, Double> entryPriceColumn;
    @FXML private TableColumn<Entry, Double> entryQuantityColumn;
    @FXML private TableColumn<Entry, Instant> entryTimeColumn;
    @FXML private TableColumn<Entry, Long> entryBarColumn;
    @FXML private Button addRowButton;
    @FXML private Button removeRowButton;
    @FXML private CheckBox pendingToggle;
    @FXML private ListView<PendingOrder> pendingList;
    @FXML private Label statusLine;
    @FXML private DecisionTrackStrip priceTrack;
    @FXML private DecisionTrackStrip minutesTrack;
    @FXML private DecisionTrackStrip barsTrack;
    @FXML private DecisionTrackStrip signalTrack;
    @FXML private DecisionTrackStrip quantityTrack;
    @FXML private DecisionTrackStrip atrTrack;
    @FXML private DecisionTrackStrip spreadTrack;

    /** The verdict-coloured strip under each what-if slider, with the input it sweeps. */
    private record Track(Slider slider, DecisionTrackStrip strip, WhatIfInput input) {
    }

    private List<Track> tracks = List.of();
    private boolean tracksDirty;

    public ScenarioController(LabSession session) {
        this.model = new ScenarioViewModel(session);
        this.document = new ScenarioDocument(model, new FxDialogService(this::owner));
    }

    public ScenarioViewModel model() {
        return model;
    }

    /** The scenario as a document: Open, Save, Save As, Reset position and the unsaved-edits prompt. */
    public ScenarioDocument document() {
        return document;
    }

    /** Replaces how scenario files are read and written (tests use an in-memory one). */
    public void setStore(ScenarioStore store) {
        document.setStore(store);
    }

    /** Replaces the file choosers and message boxes (the window's one service; tests use fakes). */
    public void setDialogs(DialogService dialogs) {
        document.setDialogs(dialogs);
    }

    @FXML
    private void initialize() {
        Runnable release = () -> model.record("slider");
        SliderField.bind(priceSlider, priceField, model.priceProperty(), model.priceRangeProperty(),
                () -> model.decimals(WhatIfInput.PRICE), false, v -> v > 0, "a price above 0",
                "Price of the proposed entry; the line below shows its distance from the last entry in ATR.", release);
        SliderField.bind(minutesSlider, minutesField, model.minutesSinceLastProperty(), model.minutesRangeProperty(),
                () -> model.decimals(WhatIfInput.TIME), false, v -> v >= 0, "whole minutes, 0 or more",
                "Minutes between the last entry and the proposed one (qualification.minMinutesBetween).", release);
        SliderField.bind(barsSlider, barsField, model.barsSinceLastProperty(), model.barsRangeProperty(),
                () -> model.decimals(WhatIfInput.BARS), false, v -> v >= 0, "whole bars, 0 or more",
                "Bars between the last entry and the proposed one (qualification.minBarsBetween).", release);
        SliderField.bind(signalSlider, signalField, model.signalQualityProperty(), model.signalRangeProperty(),
                () -> model.decimals(WhatIfInput.SIGNAL_QUALITY), false, v -> v >= 0 && v <= 1, "a number from 0 to 1",
                "Signal quality of the proposed entry, 0 to 1 (qualification.minSignalQuality).", release);
        SliderField.bind(quantitySlider, quantityField, model.quantityProperty(), model.quantityRangeProperty(),
                () -> model.decimals(WhatIfInput.QUANTITY), true, v -> v > 0, "a quantity above 0",
                "Quantity of the proposed entry, in units; the line below shows the policy's suggested size.", release);
        SliderField.bind(atrSlider, atrField, model.atrProperty(), model.atrRangeProperty(),
                () -> model.decimals(WhatIfInput.ATR), false, v -> v > 0, "an ATR above 0",
                "Average true range, in price units: spacing is measured in it, volatility is ATR / price.", release);
        SliderField.bind(spreadSlider, spreadField, model.spreadBpsProperty(), model.spreadRangeProperty(),
                () -> model.decimals(WhatIfInput.SPREAD), false, v -> v >= 0, "a spread of 0 bps or more",
                "Bid/ask spread in basis points (execution.maxSpreadBps).", release);
        SliderField.bind(null, equityField, model.equityProperty(), null, () -> 2, false, v -> v > 0,
                "an equity above 0", "Account equity: position and risk limits are in % of it.", null);
        SliderField.bind(null, stopField, model.stopPriceProperty(), null, model::priceDecimals, false, v -> v > 0,
                "a stop price above 0", "The position's protective stop: risk is measured to it.", null);
        SliderField.bind(null, brokerField, model.brokerQuantityProperty(), null, () -> 4, true, v -> true,
                "a signed quantity (negative for short)",
                "What the broker reports, signed: positive long, negative short. Compared with the entries.", null);

        priceCaption.textProperty().bind(model.priceCaptionProperty());
        timeCaption.textProperty().bind(model.timeCaptionProperty());
        barCaption.textProperty().bind(model.barCaptionProperty());
        quantityCaption.textProperty().bind(model.quantityCaptionProperty());
        scenarioName.textProperty().bind(model.scenarioNameProperty().map(n -> n.isEmpty() ? "" : "Scenario: " + n));
        statusLine.textProperty().bind(model.statusProperty());

        proposedDirection.getItems().setAll(Direction.values());
        proposedDirection.valueProperty().bindBidirectional(model.proposedDirectionProperty());
        positionDirection.getItems().setAll(Direction.values());
        positionDirection.valueProperty().bindBidirectional(model.directionProperty());
        symbolField.textProperty().bindBidirectional(model.symbolProperty());
        mismatchToggle.selectedProperty().bindBidirectional(model.ledgerMismatchProperty());
        pendingToggle.selectedProperty().bindBidirectional(model.nonReduceOnlyPendingProperty());

        addEntryButton.textProperty().bind(model.addEntryTextProperty());
        addEntryButton.disableProperty().bind(model.addEntryAllowedProperty().not());
        Tooltip addTip = new Tooltip();
        addTip.textProperty().bind(model.addEntryHintProperty());
        addTip.setWrapText(true);
        addTip.setMaxWidth(420);
        addEntryButton.setTooltip(addTip);
        showLadderState(model.decisionProperty().get());
        model.decisionProperty().addListener((obs, o, n) -> showLadderState(n));
        addEntryButton.setOnAction(e -> model.addEntry());
        resetButton.setOnAction(e -> document.resetPosition());
        recordButton.setOnAction(e -> model.record("record"));

        setUpEntriesTable();
        setUpTracks();
        pendingList.setItems(model.pendingOrders());
        pendingList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(PendingOrder o, boolean empty) {
                super.updateItem(o, empty);
                setText(empty || o == null ? null : o.side() + " " + ScenarioViewModel.trim(o.quantity())
                        + (o.reduceOnly() ? "  (reduce-only)" : "  (NOT reduce-only: conflicts with an add)"));
            }
        });
    }

    private void setUpTracks() {
        tracks = List.of(new Track(priceSlider, priceTrack, WhatIfInput.PRICE),
                new Track(minutesSlider, minutesTrack, WhatIfInput.TIME),
                new Track(barsSlider, barsTrack, WhatIfInput.BARS),
                new Track(signalSlider, signalTrack, WhatIfInput.SIGNAL_QUALITY),
                new Track(quantitySlider, quantityTrack, WhatIfInput.QUANTITY),
                new Track(atrSlider, atrTrack, WhatIfInput.ATR),
                new Track(spreadSlider, spreadTrack, WhatIfInput.SPREAD));
        LabSession session = model.session();
        session.policyProperty().addListener((obs, o, n) -> tracksChanged());
        session.contextProperty().addListener((obs, o, n) -> tracksChanged());
        for (Track t : tracks) {
            t.slider().minProperty().addListener((obs, o, n) -> tracksChanged());
            t.slider().maxProperty().addListener((obs, o, n) -> tracksChanged());
            // The strip spans the thumb's travel, not the slider's whole width.
            t.slider().skinProperty().addListener((obs, o, n) -> alignTrack(t));
            t.slider().widthProperty().addListener((obs, o, n) -> alignTrack(t));
        }
        tracksChanged();
    }

    /** Several changes in one pulse (value, range, policy) recompute the strips once. */
    private void tracksChanged() {
        if (!tracksDirty) {
            tracksDirty = true;
            javafx.application.Platform.runLater(this::showTracks);
        }
    }

    /**
     * Each strip is a few hundred decisions on the decision-only path (well under a millisecond for
     * all seven), so they are computed here on the FX thread, against the slider's own range.
     */
    private void showTracks() {
        tracksDirty = false;
        ScalingPolicy policy = model.session().getPolicy();
        ScalingContext ctx = model.session().getContext();
        for (Track t : tracks) {
            if (policy == null || ctx == null || ctx.proposed() == null || !(t.slider().getMax() > t.slider().getMin())) {
                continue;
            }
            t.strip().show(policy, ctx, t.input(), new AxisRange(t.slider().getMin(), t.slider().getMax()),
                    model.priceDecimals());
        }
    }

    private void alignTrack(Track t) {
        javafx.scene.Node thumb = t.slider().lookup(".thumb");
        if (!(thumb instanceof javafx.scene.layout.Region r)) {
            return;
        }
        double half = r.prefWidth(-1) / 2;
        t.strip().setPadding(new javafx.geometry.Insets(0, half + t.slider().snappedRightInset(), 0,
                half + t.slider().snappedLeftInset()));
    }

    /** The verdict strip under a what-if slider (for tests): "price", "minutes", "bars", "signal", ... */
    public DecisionTrackStrip trackOf(WhatIfInput input) {
        return tracks.stream().filter(t -> t.input() == input).map(Track::strip).findFirst().orElse(null);
    }

    private void showLadderState(Decision d) {
        addEntryButton.pseudoClassStateChanged(SKIP, d == Decision.SKIP);
        addEntryButton.pseudoClassStateChanged(BLOCK, d == Decision.BLOCK);
    }

    private void setUpEntriesTable() {
        entriesTable.setItems(model.entries());
        entriesTable.setEditable(true);
        entryPriceColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().price()));
        entryQuantityColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().quantity()));
        entryTimeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().time()));
        entryBarColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().bar()));
        entryPriceColumn.setCellFactory(TextFieldTableCell.forTableColumn(numberConverter()));
        entryQuantityColumn.setCellFactory(TextFieldTableCell.forTableColumn(numberConverter()));
        entryTimeColumn.setCellFactory(TextFieldTableCell.forTableColumn(converter(Instant::toString,
                ScenarioController::parseInstant)));
        entryBarColumn.setCellFactory(TextFieldTableCell.forTableColumn(converter(String::valueOf, s -> Long.parseLong(s.strip()))));
        entryPriceColumn.setOnEditCommit(e -> commit(e.getTablePosition().getRow(), e.getNewValue(), "price",
                (old, v) -> new Entry(v, old.quantity(), old.time(), old.bar())));
        entryQuantityColumn.setOnEditCommit(e -> commit(e.getTablePosition().getRow(), e.getNewValue(), "quantity",
                (old, v) -> new Entry(old.price(), v, old.time(), old.bar())));
        entryTimeColumn.setOnEditCommit(e -> commit(e.getTablePosition().getRow(), e.getNewValue(), "time",
                (old, v) -> new Entry(old.price(), old.quantity(), v, old.bar())));
        entryBarColumn.setOnEditCommit(e -> commit(e.getTablePosition().getRow(), e.getNewValue(), "bar",
                (old, v) -> new Entry(old.price(), old.quantity(), old.time(), v)));
        addRowButton.setOnAction(e -> model.addEntryRow());
        removeRowButton.setOnAction(e -> {
            int i = entriesTable.getSelectionModel().getSelectedIndex();
            model.removeEntry(i >= 0 ? i : model.entries().size() - 1);
        });
        removeRowButton.disableProperty().bind(javafx.beans.binding.Bindings.isEmpty(model.entries()));
    }

    /** A typed cell: unreadable text is refused here, a value outside the domain by the view-model. */
    private <T> void commit(int row, T value, String column, java.util.function.BiFunction<Entry, T, Entry> edit) {
        if (value == null) {
            model.reportStatus("Entry " + (row + 1) + " " + column + ": expected "
                    + ScenarioViewModel.expectedInEntry(column) + "; the entry is unchanged.");
            entriesTable.refresh();
            return;
        }
        if (!model.replaceEntry(row, edit.apply(model.entries().get(row), value))) {
            entriesTable.refresh();
        }
    }

    private static Instant parseInstant(String s) {
        String t = s.strip();
        try {
            return Instant.parse(t);
        } catch (DateTimeParseException e) {
            return OffsetDateTime.parse(t).toInstant();
        }
    }

    private static StringConverter<Double> numberConverter() {
        return converter(ScenarioViewModel::trim, s -> {
            double v = Double.parseDouble(s.strip().replace(',', '.'));
            return Double.isFinite(v) ? v : null;
        });
    }

    /** A converter whose bad input gives null (the edit is then refused), never an exception. */
    private static <T> StringConverter<T> converter(Function<T, String> show, Function<String, T> read) {
        return new StringConverter<>() {
            @Override
            public String toString(T v) {
                return v == null ? "" : show.apply(v);
            }

            @Override
            public T fromString(String s) {
                try {
                    return s == null ? null : read.apply(s);
                } catch (RuntimeException e) {
                    return null;
                }
            }
        };
    }

    // File commands

    public void openScenario() {
        document.open();
    }

    public void saveScenario() {
        document.save();
    }

    public void saveScenarioAs() {
        document.saveAs();
    }

    private Window owner() {
        return root == null || root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Menu items for the main window's Scenario menu. */
    public List<MenuItem> menuItems() {
        MenuItem open = new MenuItem("Open Scenario…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        open.setOnAction(e -> openScenario());
        // As the policy's Save and Save As, with Alt: Ctrl+Alt+S and Ctrl+Alt+Shift+S.
        MenuItem save = new MenuItem("Save Scenario");
        save.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        save.setOnAction(e -> saveScenario());
        MenuItem saveAs = new MenuItem("Save Scenario As…");
        saveAs.setAccelerator(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN,
                KeyCombination.SHIFT_DOWN));
        saveAs.setOnAction(e -> saveScenarioAs());
        MenuItem add = new MenuItem("Add Entry");
        add.setAccelerator(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN));
        add.setOnAction(e -> model.addEntry());
        add.disableProperty().bind(model.addEntryAllowedProperty().not());
        MenuItem reset = new MenuItem("Reset Position");
        reset.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        reset.setOnAction(e -> document.resetPosition());
        MenuItem record = new MenuItem("Record Decision");
        record.setAccelerator(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN));
        record.setOnAction(e -> model.record("record"));
        return List.of(open, save, saveAs, add, reset, record);
    }
}
