package com.scalelab.ui.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;

/** The window title names both documents and marks each one with unsaved edits; no toolkit needed. */
class WindowTitleTest {

    @Test
    void bothDocumentsWithTheirStates() {
        assertThat(WindowTitle.text("Trend pyramid (conservative)", true, "trend-pyramid-conservative.json",
                "pyramid-add-approved.json", true))
                .isEqualTo("ScaleLab — Trend pyramid (conservative)* (trend-pyramid-conservative.json)"
                        + " · Scenario: pyramid-add-approved.json*");
        assertThat(WindowTitle.text("Trend pyramid (conservative)", false, "trend-pyramid-conservative.json",
                "pyramid-add-approved.json", false))
                .isEqualTo("ScaleLab — Trend pyramid (conservative) (trend-pyramid-conservative.json)"
                        + " · Scenario: pyramid-add-approved.json");
    }

    @Test
    void untitledOnesSaySo() {
        assertThat(WindowTitle.text("  ", false, Document.UNSAVED, Document.UNSAVED, true))
                .isEqualTo("ScaleLab — untitled (unsaved) · Scenario: untitled*");
    }

    @Test
    void theTitleFollowsTheDocuments() {
        SimpleStringProperty name = new SimpleStringProperty("Crypto DCA");
        SimpleObjectProperty<String> policyContent = new SimpleObjectProperty<>("a");
        SimpleObjectProperty<String> scenarioContent = new SimpleObjectProperty<>("x");
        Document<String> policy = new Document<>("policy", policyContent);
        Document<String> scenario = new Document<>("scenario", scenarioContent);
        policy.markSavedNow();
        scenario.markSavedNow();
        policy.setSource(null, "inline policy of scenario dca.json, not saved");
        scenario.setSource(Path.of("/tmp/dca.json"), null);
        var title = WindowTitle.of(name, policy, scenario);
        assertThat(title.get())
                .isEqualTo("ScaleLab — Crypto DCA (inline policy of scenario dca.json, not saved) · Scenario: dca.json");

        scenarioContent.set("y");
        assertThat(title.get()).endsWith("· Scenario: dca.json*");
        scenarioContent.set("x"); // the saved value again: clean
        assertThat(title.get()).endsWith("· Scenario: dca.json");
        policyContent.set(null); // a field that does not parse
        assertThat(title.get()).startsWith("ScaleLab — Crypto DCA* (");
    }
}
