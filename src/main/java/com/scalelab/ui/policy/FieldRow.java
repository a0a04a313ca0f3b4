package com.scalelab.ui.policy;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * One field of the policy builder, declared in FXML: its name, an editable text field, the unit,
 * an optional "no bound" check box, a muted one-line hint and, when the value is wrong, the
 * engine's message under it. {@code path} is the field's path in the policy file.
 */
public class FieldRow extends VBox {
    public static final String ERROR_CLASS = "field-error";
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty unit = new SimpleStringProperty(this, "unit", "");
    private final StringProperty hint = new SimpleStringProperty(this, "hint", "");
    private final StringProperty tip = new SimpleStringProperty(this, "tip", "");
    private final StringProperty path = new SimpleStringProperty(this, "path", "");
    private final StringProperty option = new SimpleStringProperty(this, "option", "");
    private final StringProperty optionTip = new SimpleStringProperty(this, "optionTip", "");
    private final BooleanProperty wide = new SimpleBooleanProperty(this, "wide", false);

    private final Label label = new Label();
    private final TextField input = new TextField();
    private final Label unitLabel = new Label();
    private final CheckBox optionBox = new CheckBox();
    private final Label hintLabel = new Label();
    private final Label messageLabel = new Label();

    public FieldRow() {
        getStyleClass().add("field-row");
        label.getStyleClass().add("field-name");
        label.textProperty().bind(text);
        label.setLabelFor(input);
        label.setMinWidth(150);
        label.setPrefWidth(150);
        input.getStyleClass().add("field-input");
        input.setPrefColumnCount(7);
        input.setMinWidth(USE_PREF_SIZE);
        unitLabel.getStyleClass().add("field-unit");
        unitLabel.textProperty().bind(unit);
        unitLabel.setMinWidth(USE_PREF_SIZE);
        optionBox.getStyleClass().add("field-option");
        optionBox.textProperty().bind(option);
        optionBox.visibleProperty().bind(option.isNotEmpty());
        optionBox.managedProperty().bind(optionBox.visibleProperty());
        optionBox.setMinWidth(USE_PREF_SIZE);
        // A field whose bound is switched off is kept (greyed) so unticking brings the value back.
        input.disableProperty().bind(optionBox.selectedProperty().and(option.isNotEmpty()));

        hintLabel.getStyleClass().add("hint");
        hintLabel.textProperty().bind(hint);
        hintLabel.setWrapText(true);
        messageLabel.getStyleClass().add("field-message");
        messageLabel.setWrapText(true);
        messageLabel.visibleProperty().bind(messageLabel.textProperty().isNotEmpty());
        messageLabel.managedProperty().bind(messageLabel.visibleProperty());

        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(tip);
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(360);
        input.setTooltip(tooltip);
        label.setTooltip(tooltip);
        Tooltip optionTooltip = new Tooltip();
        optionTooltip.textProperty().bind(optionTip);
        optionBox.setTooltip(optionTooltip);

        wide.addListener((obs, o, n) -> {
            HBox.setHgrow(input, n ? Priority.ALWAYS : Priority.NEVER);
            input.setMinWidth(n ? 80 : USE_PREF_SIZE);
        });
        HBox line = new HBox(8, label, input, unitLabel);
        line.setAlignment(Pos.BASELINE_LEFT);
        line.getStyleClass().add("field-line");
        // The "no bound" box sits under the field: beside it the row would not fit a narrow builder.
        VBox under = new VBox(1, optionBox, hintLabel, messageLabel);
        under.getStyleClass().add("field-under");
        getChildren().addAll(line, under);
    }

    /** Shows the field's errors (marked) or else its warnings, or clears the mark. */
    public void showMessage(String error, String warning) {
        boolean hasError = error != null && !error.isEmpty();
        boolean hasWarning = !hasError && warning != null && !warning.isEmpty();
        messageLabel.setText(hasError ? error : hasWarning ? warning : "");
        pseudoClassStateChanged(ERROR, hasError);
        pseudoClassStateChanged(WARNING, hasWarning);
        messageLabel.pseudoClassStateChanged(ERROR, hasError);
        messageLabel.pseudoClassStateChanged(WARNING, hasWarning);
        if (hasError) {
            if (!input.getStyleClass().contains(ERROR_CLASS)) {
                input.getStyleClass().add(ERROR_CLASS);
            }
        } else {
            input.getStyleClass().remove(ERROR_CLASS);
        }
    }

    public TextField input() {
        return input;
    }

    public CheckBox optionBox() {
        return optionBox;
    }

    /** The message under the field ("" when none). */
    public Label messageLabel() {
        return messageLabel;
    }

    public Label hintLabel() {
        return hintLabel;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getUnit() {
        return unit.get();
    }

    public void setUnit(String value) {
        unit.set(value);
    }

    public String getHint() {
        return hint.get();
    }

    public void setHint(String value) {
        hint.set(value);
    }

    public String getTip() {
        return tip.get();
    }

    public void setTip(String value) {
        tip.set(value);
    }

    public String getPath() {
        return path.get();
    }

    public void setPath(String value) {
        path.set(value);
    }

    public String getOption() {
        return option.get();
    }

    public void setOption(String value) {
        option.set(value);
    }

    public String getOptionTip() {
        return optionTip.get();
    }

    public void setOptionTip(String value) {
        optionTip.set(value);
    }

    public boolean isWide() {
        return wide.get();
    }

    public void setWide(boolean value) {
        wide.set(value);
    }
}
