package com.scalelab.ui.app;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Help > About and Help > Reason codes: non-modal windows, so they can stay open beside the lab. */
public final class HelpDialogs {
    private HelpDialogs() {
    }

    /** The program's version from the jar manifest, or "development build" when run from classes. */
    public static String version() {
        String v = HelpDialogs.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }

    public static Alert about(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle("About ScaleLab");
        alert.setHeaderText("ScaleLab " + version());
        alert.setContentText("A lab for position scaling policies: build a policy, set up a position, and watch "
                + "the engine judge the next entry phase by phase (SCALE, SKIP or BLOCK, with the reason).\n\n"
                + "Java " + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version", "?"));
        alert.show();
        return alert;
    }

    public static Alert reasonCodes(Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle("Reason codes");
        alert.setHeaderText("The 17 reason codes: the first failing check decides the verdict");
        ListView<String> list = new ListView<>();
        list.getItems().setAll(ReasonCodeGuide.lines());
        list.setPrefSize(720, 430);
        list.setTooltip(new Tooltip("Each code, the decision it gives, and what it means"));
        list.getStyleClass().add("reason-code-list");
        alert.getDialogPane().setContent(list);
        alert.setResizable(true);
        alert.show();
        return alert;
    }
}
