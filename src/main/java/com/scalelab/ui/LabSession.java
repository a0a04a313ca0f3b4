package com.scalelab.ui;

import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.landscape.WhatIfModel;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The state one ScaleLab window shares between its views: the policy in force (always the last
 * valid one), the problems of the policy being edited, the scenario, and the verdict, which is
 * re-evaluated at once on every change (a few microseconds with every message read).
 */
public final class LabSession {

    /** One decision worth keeping in the audit log, with everything needed to replay it. */
    public record DecisionSnapshot(Instant at, String trigger, ScalingPolicy policy, ScalingContext context,
                                   ScalingResult result) {
    }

    private final ObjectProperty<ScalingPolicy> policy = new SimpleObjectProperty<>(this, "policy");
    private final ObjectProperty<List<PolicyProblem>> draftProblems =
            new SimpleObjectProperty<>(this, "draftProblems", List.of());
    private final ObjectProperty<ScalingContext> context = new SimpleObjectProperty<>(this, "context");
    private final ReadOnlyObjectWrapper<ScalingResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyObjectWrapper<WhatIfModel> whatIf = new ReadOnlyObjectWrapper<>(this, "whatIf");
    private final ObjectProperty<String> focusedPolicyField = new SimpleObjectProperty<>(this, "focusedPolicyField");
    private final List<Consumer<DecisionSnapshot>> recordListeners = new CopyOnWriteArrayList<>();

    public LabSession(ScalingPolicy initialPolicy, ScalingContext initialContext) {
        policy.set(initialPolicy);
        context.set(initialContext);
        whatIf.set(WhatIfModel.of(initialPolicy, initialContext));
        // Registered first, so every view reading the what-if model on a change sees the new one.
        policy.addListener((obs, o, n) -> whatIf.set(whatIf.get().withPolicy(n)));
        context.addListener((obs, o, n) -> {
            if (n != null && (o == null || !samePosition(o, n))) {
                whatIf.set(WhatIfModel.of(policy.get(), n));
            }
        });
        policy.addListener((obs, o, n) -> reevaluate());
        context.addListener((obs, o, n) -> reevaluate());
        reevaluate();
    }

    private void reevaluate() {
        result.set(ScalingEngine.evaluate(policy.get(), context.get()));
    }

    /**
     * The what-if spans, decimals and captions every view uses (sliders, strips, map, ladder,
     * flips, verdict figures). Re-based on a new position (anything but the proposed entry and the
     * market changed); a what-if move or a policy edit keeps the spans' references.
     */
    public ReadOnlyObjectProperty<WhatIfModel> whatIfProperty() {
        return whatIf.getReadOnlyProperty();
    }

    public WhatIfModel whatIf() {
        return whatIf.get();
    }

    /** Same account and position: the two differ at most in the proposed entry and the market. */
    public static boolean samePosition(ScalingContext a, ScalingContext b) {
        return java.util.Objects.equals(a.symbol(), b.symbol()) && a.equity() == b.equity()
                && java.util.Objects.equals(a.position(), b.position())
                && a.brokerPositionQuantity() == b.brokerPositionQuantity()
                && java.util.Objects.equals(a.pendingOrders(), b.pendingOrders());
    }

    /** The policy in force: the last valid one the builder produced. */
    public ObjectProperty<ScalingPolicy> policyProperty() {
        return policy;
    }

    /**
     * Errors and warnings of the policy as currently typed in the builder. When it has errors the
     * policy in force stays the last valid one and the verdict panel says why.
     */
    public ObjectProperty<List<PolicyProblem>> draftProblemsProperty() {
        return draftProblems;
    }

    public ObjectProperty<ScalingContext> contextProperty() {
        return context;
    }

    public ReadOnlyObjectProperty<ScalingResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /**
     * A policy field path (e.g. "limits.maxRiskPct") the user asked to see, for instance by
     * clicking a failed check; the policy builder focuses that field. Set to null first so that
     * asking twice for the same field still fires.
     */
    public ObjectProperty<String> focusedPolicyFieldProperty() {
        return focusedPolicyField;
    }

    public void focusPolicyField(String path) {
        focusedPolicyField.set(null);
        focusedPolicyField.set(path);
    }

    public ScalingPolicy getPolicy() {
        return policy.get();
    }

    public ScalingContext getContext() {
        return context.get();
    }

    public ScalingResult getResult() {
        return result.get();
    }

    /** Appends the current decision to the audit log (slider release, Add entry, Record). */
    public DecisionSnapshot record(String trigger) {
        DecisionSnapshot snapshot = new DecisionSnapshot(Instant.now(), trigger, getPolicy(), getContext(), getResult());
        for (Consumer<DecisionSnapshot> listener : recordListeners) {
            listener.accept(snapshot);
        }
        return snapshot;
    }

    public void addRecordListener(Consumer<DecisionSnapshot> listener) {
        recordListeners.add(listener);
    }
}
