package com.scalelab.ui.policy;

import com.scalelab.engine.ScalingMode;
import com.scalelab.ui.LabSession;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.SegmentedButton;
import org.controlsfx.control.ToggleSwitch;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * Binds the policy builder's controls to its {@link PolicyViewModel}. No rule lives here: the
 * messages come from the view-model, which takes them from the engine's policy rules.
 */
public class PolicyController {
    private final LabSession session;
    private final PolicyViewModel vm;
    private final ValidationSupport validation = new ValidationSupport();
    private final Map<String, FieldRow> rows = new LinkedHashMap<>();
    private boolean syncingSlider;

    @FXML private ScrollPane scroll;
    @FXML private VBox sections;
    @FXML private FieldRow nameRow;
    @FXML private FieldRow strategyRow;
    @FXML private FieldRow descriptionRow;
    @FXML private ToggleSwitch enabledSwitch;
    @FXML private SegmentedButton modeButtons;
    @FXML private ToggleButton pyramidButton;
    @FXML private ToggleButton averageDownButton;
    @FXML private Label modeExplanation;
    @FXML private Label modeMessage;
    @FXML private FieldRow maxEntriesRow;
    @FXML private FieldRow maxPositionRow;
    @FXML private FieldRow maxRiskRow;
    @FXML private FieldRow ledgerRow;
    @FXML private FieldRow minMinutesRow;
    @FXML private FieldRow minBarsRow;
    @FXML private FieldRow signalRow;
    @FXML private FieldRow minSpacingRow;
    @FXML private FieldRow maxSpacingRow;
    @FXML private CheckBox anyVolatilityBox;
    @FXML private RangeSlider volatilitySlider;
    @FXML private FieldRow volMinRow;
    @FXML private FieldRow volMaxRow;
    @FXML private FieldRow spreadRow;
    @FXML private FieldRow scaleRow;

    public PolicyController(LabSession session) {
        this.session = session;
        this.vm = new PolicyViewModel(session);
    }

    public PolicyViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        bind(nameRow, vm.nameProperty());
        bind(strategyRow, vm.strategyProperty());
        bind(descriptionRow, vm.descriptionProperty());
        bind(maxEntriesRow, vm.maxEntriesProperty());
        bind(maxPositionRow, vm.maxPositionPctProperty());
        bind(maxRiskRow, vm.maxRiskPctProperty());
        bind(ledgerRow, vm.ledgerToleranceProperty());
        bind(minMinutesRow, vm.minMinutesBetweenProperty());
        bind(minBarsRow, vm.minBarsBetweenProperty());
        bind(signalRow, vm.minSignalQualityProperty());
        bind(minSpacingRow, vm.minSpacingAtrProperty());
        bind(maxSpacingRow, vm.maxSpacingAtrProperty());
        bind(volMinRow, vm.volatilityMinProperty());
        bind(volMaxRow, vm.volatilityMaxProperty());
        bind(spreadRow, vm.maxSpreadBpsProperty());
        bind(scaleRow, vm.scaleProperty());
        maxSpacingRow.optionBox().selectedProperty().bindBidirectional(vm.maxSpacingUnboundedProperty());
        spreadRow.optionBox().selectedProperty().bindBidirectional(vm.noSpreadLimitProperty());
        anyVolatilityBox.selectedProperty().bindBidirectional(vm.anyVolatilityProperty());
        volMinRow.input().disableProperty().bind(vm.anyVolatilityProperty());
        volMaxRow.input().disableProperty().bind(vm.anyVolatilityProperty());
        volatilitySlider.disableProperty().bind(vm.anyVolatilityProperty());
        enabledSwitch.selectedProperty().bindBidirectional(vm.scalingEnabledProperty());

        bindMode();
        bindVolatilitySlider();

        modeMessage.textProperty().bind(vm.errorProperty(PolicyViewModel.MODE));
        modeMessage.visibleProperty().bind(modeMessage.textProperty().isNotEmpty());
        modeMessage.managedProperty().bind(modeMessage.visibleProperty());
        vm.problemsProperty().addListener((obs, o, n) -> showMessages());
        showMessages();

        session.focusedPolicyFieldProperty().addListener((obs, o, path) -> {
            if (path != null) {
                focusField(path);
            }
        });
    }

    private void bind(FieldRow row, StringProperty property) {
        rows.put(row.getPath(), row);
        TextField input = row.input();
        input.textProperty().bindBidirectional(property);
        // One undo step per finished edit: Enter or leaving the field.
        input.setOnAction(e -> vm.commitEdit());
        input.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                vm.commitEdit();
            }
        });
        String path = row.getPath();
        validation.registerValidator(input, false, (control, value) -> {
            String error = vm.errorProperty(path).get();
            return ValidationResult.fromErrorIf((javafx.scene.control.Control) control, error, !error.isEmpty());
        });
    }

    private void bindMode() {
        pyramidButton.setUserData(ScalingMode.PYRAMID);
        averageDownButton.setUserData(ScalingMode.AVERAGE_DOWN);
        modeButtons.getToggleGroup().selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                // ControlsFX lets a click on the selected button deselect it; a mode is never "none".
                if (old != null) {
                    old.setSelected(true);
                }
                return;
            }
            vm.modeProperty().set((ScalingMode) now.getUserData());
        });
        vm.modeProperty().addListener((obs, o, mode) -> selectMode(mode));
        selectMode(vm.modeProperty().get());
        modeExplanation.textProperty().bind(vm.modeExplanationBinding());
    }

    private void selectMode(ScalingMode mode) {
        // The buttons, not the group: ControlsFX's skin puts them in the group only when first shown.
        for (ToggleButton t : modeButtons.getButtons()) {
            if (t.getUserData() == mode && !t.isSelected()) {
                t.setSelected(true);
            }
        }
    }

    /** The RangeSlider and the two fields show the same band; whichever the user moves leads. */
    private void bindVolatilitySlider() {
        vm.volatilityMinProperty().addListener((obs, o, n) -> sliderFromFields());
        vm.volatilityMaxProperty().addListener((obs, o, n) -> sliderFromFields());
        volatilitySlider.lowValueProperty().addListener((obs, o, n) -> {
            if (!syncingSlider) {
                fieldFromSlider(vm.volatilityMinProperty(), n.doubleValue());
            }
        });
        volatilitySlider.highValueProperty().addListener((obs, o, n) -> {
            if (!syncingSlider) {
                fieldFromSlider(vm.volatilityMaxProperty(), n.doubleValue());
            }
        });
        volatilitySlider.lowValueChangingProperty().addListener((obs, was, is) -> {
            if (!is) {
                vm.commitEdit();
            }
        });
        volatilitySlider.highValueChangingProperty().addListener((obs, was, is) -> {
            if (!is) {
                vm.commitEdit();
            }
        });
        volatilitySlider.setOnMouseReleased(e -> vm.commitEdit());
        sliderFromFields();
    }

    private void sliderFromFields() {
        if (syncingSlider) {
            return;
        }
        double low;
        double high;
        try {
            low = Double.parseDouble(vm.volatilityMinProperty().get().trim());
            high = Double.parseDouble(vm.volatilityMaxProperty().get().trim());
        } catch (NumberFormatException | NullPointerException notYet) {
            return; // the field shows the error; the slider keeps the last band that made sense
        }
        if (!(low >= 0 && high >= low && Double.isFinite(high))) {
            return;
        }
        syncingSlider = true;
        try {
            volatilitySlider.setMax(Math.max(10, Math.ceil(high)));
            // RangeSlider clamps each thumb against the other: move the one that leaves room first.
            if (high >= volatilitySlider.getLowValue()) {
                volatilitySlider.setHighValue(high);
                volatilitySlider.setLowValue(low);
            } else {
                volatilitySlider.setLowValue(low);
                volatilitySlider.setHighValue(high);
            }
        } finally {
            syncingSlider = false;
        }
    }

    private void fieldFromSlider(StringProperty field, double value) {
        syncingSlider = true;
        try {
            field.set(BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        } finally {
            syncingSlider = false;
        }
    }

    private void showMessages() {
        rows.forEach((path, row) -> row.showMessage(vm.errorProperty(path).get(), vm.warningProperty(path).get()));
        validation.revalidate();
    }

    /** Brings a field into view and focuses it, e.g. when the user clicks a failed check. */
    public void focusField(String path) {
        Node target = controlFor(path);
        if (target == null) {
            return;
        }
        // The band's fields sit under its range slider: show the slider too, it is what the user drags.
        boolean band = path.equals(PolicyViewModel.VOLATILITY) || path.equals(PolicyViewModel.VOLATILITY_MIN)
                || path.equals(PolicyViewModel.VOLATILITY_MAX);
        scrollIntoView(band ? volatilitySlider : target);
        target.requestFocus();
        if (target instanceof TextField field) {
            field.selectAll();
        }
    }

    private Node controlFor(String path) {
        switch (path) {
            case PolicyViewModel.ENABLED:
                return enabledSwitch;
            case PolicyViewModel.MODE:
                return vm.modeProperty().get() == ScalingMode.AVERAGE_DOWN ? averageDownButton : pyramidButton;
            case PolicyViewModel.VOLATILITY:
                return vm.anyVolatilityProperty().get() ? anyVolatilityBox : volMinRow.input();
            default:
                FieldRow row = rows.get(path);
                if (row == null) {
                    return null;
                }
                if (!row.input().isDisabled()) {
                    return row.input();
                }
                // A bound that is switched off cannot take focus: show the box that switches it.
                return row.optionBox().isVisible() ? row.optionBox() : anyVolatilityBox;
        }
    }

    private void scrollIntoView(Node target) {
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(target.localToScene(target.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewportHeight = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewportHeight) {
            return;
        }
        double top = Math.max(0, inContent.getMinY() - 48);
        double fraction = Math.min(1, top / (contentHeight - viewportHeight));
        scroll.setVvalue(scroll.getVmin() + fraction * (scroll.getVmax() - scroll.getVmin()));
    }

    /** The builder's field rows by policy path, for tests and the main window. */
    public Map<String, FieldRow> rows() {
        return Map.copyOf(rows);
    }

    /** Paths of all fields the builder shows, in order. */
    public List<String> paths() {
        return List.copyOf(rows.keySet());
    }
}
