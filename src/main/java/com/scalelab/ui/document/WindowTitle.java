package com.scalelab.ui.document;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableStringValue;

/**
 * The main window's title, showing both documents and which has unsaved edits ("*" after it):
 * "ScaleLab — Trend pyramid (conservative)* (trend-pyramid-conservative.json) · Scenario:
 * pyramid-add-approved.json*".
 */
public final class WindowTitle {
    private WindowTitle() {
    }

    public static StringBinding of(ObservableStringValue policyName, Document<?> policy, Document<?> scenario) {
        return Bindings.createStringBinding(() -> text(policyName.get(), policy.isDirty(), policy.getOrigin(),
                        scenario == null ? null : scenario.getOrigin(), scenario != null && scenario.isDirty()),
                policyName, policy.dirtyProperty(), policy.originProperty(),
                scenario == null ? policy.originProperty() : scenario.originProperty(),
                scenario == null ? policy.dirtyProperty() : scenario.dirtyProperty());
    }

    /** The title for these states; a scenario origin of null leaves the scenario part out. */
    public static String text(String policyName, boolean policyDirty, String policyOrigin, String scenarioOrigin,
                              boolean scenarioDirty) {
        String name = policyName == null || policyName.isBlank() ? "untitled" : policyName.trim();
        String title = "ScaleLab — " + name + (policyDirty ? "*" : "") + " (" + policyOrigin + ")";
        if (scenarioOrigin != null) {
            title += " · Scenario: " + (Document.UNSAVED.equals(scenarioOrigin) ? "untitled" : scenarioOrigin)
                    + (scenarioDirty ? "*" : "");
        }
        return title;
    }
}
