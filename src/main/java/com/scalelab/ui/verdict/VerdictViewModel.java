package com.scalelab.ui.verdict;

import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.CheckResult;
import com.scalelab.engine.CheckStatus;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Metrics;
import com.scalelab.engine.Phase;
import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.landscape.Figures;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.app.VerdictBadge;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the verdict panel shows, as properties the view binds once. The check rows (one per
 * catalogue check) and the
 * metric texts are fixed objects updated in place on every new result, so a slider tick only
 * changes a few strings instead of rebuilding nodes.
 */
public final class VerdictViewModel {

    /** One line of the trace, always for the same check. */
    public static final class CheckRow {
        private final ReasonCode code;
        private final ReadOnlyObjectWrapper<CheckStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
        private final ReadOnlyStringWrapper statusText = new ReadOnlyStringWrapper(this, "statusText", "");
        private final ReadOnlyStringWrapper observed = new ReadOnlyStringWrapper(this, "observed", "");
        private final ReadOnlyStringWrapper limit = new ReadOnlyStringWrapper(this, "limit", "");
        private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
        private final ReadOnlyBooleanWrapper deciding = new ReadOnlyBooleanWrapper(this, "deciding");

        CheckRow(ReasonCode code) {
            this.code = code;
        }

        public ReasonCode code() {
            return code;
        }

        public Phase phase() {
            return code.phase();
        }

        /** The policy field behind this check's limit, or null (input, pending orders, direction). */
        public String policyField() {
            return code.policyField();
        }

        /** A failed check with a policy limit can take the user to that field. */
        public boolean canFocusPolicyField() {
            return status.get() == CheckStatus.FAIL && code.policyField() != null;
        }

        public ReadOnlyObjectProperty<CheckStatus> statusProperty() {
            return status.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty statusTextProperty() {
            return statusText.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty observedProperty() {
            return observed.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty limitProperty() {
            return limit.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty messageProperty() {
            return message.getReadOnlyProperty();
        }

        public ReadOnlyBooleanProperty decidingProperty() {
            return deciding.getReadOnlyProperty();
        }

        void update(CheckResult r, boolean isDeciding) {
            status.set(r.status());
            statusText.set(statusWords(r.status()));
            // Where the two values are not "value against limit" (the stop against the entry price), the
            // catalogue names them: say which is which.
            CheckCatalogue.CheckSpec spec = CheckCatalogue.of(code);
            observed.set(labelled(spec.observedLabel(), figure(code, r.observed())));
            limit.set(labelled(spec.limitLabel(), figure(code, r.limit())));
            message.set(r.message());
            deciding.set(isDeciding);
        }
    }

    private final LabSession session;
    private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ReadOnlyStringWrapper badgeText = new ReadOnlyStringWrapper(this, "badgeText", "");
    private final ReadOnlyStringWrapper reasonCode = new ReadOnlyStringWrapper(this, "reasonCode", "");
    private final ReadOnlyStringWrapper explanation = new ReadOnlyStringWrapper(this, "explanation", "");
    private final ReadOnlyStringWrapper draftBanner = new ReadOnlyStringWrapper(this, "draftBanner", "");
    private final ReadOnlyBooleanWrapper draftInvalid = new ReadOnlyBooleanWrapper(this, "draftInvalid");
    private final ReadOnlyStringWrapper entriesAfter = new ReadOnlyStringWrapper(this, "entriesAfter", "");
    private final ReadOnlyStringWrapper positionPct = new ReadOnlyStringWrapper(this, "positionPct", "");
    private final ReadOnlyStringWrapper riskAmount = new ReadOnlyStringWrapper(this, "riskAmount", "");
    private final ReadOnlyStringWrapper riskPct = new ReadOnlyStringWrapper(this, "riskPct", "");
    private final ReadOnlyStringWrapper averagePrice = new ReadOnlyStringWrapper(this, "averagePrice", "");
    private final ReadOnlyStringWrapper suggestedQuantity = new ReadOnlyStringWrapper(this, "suggestedQuantity", "");
    private final List<CheckRow> rows;

    public VerdictViewModel(LabSession session) {
        this.session = session;
        List<CheckRow> list = new ArrayList<>(CheckCatalogue.size());
        for (ReasonCode code : CheckCatalogue.codes()) {
            list.add(new CheckRow(code));
        }
        rows = Collections.unmodifiableList(list);
        session.resultProperty().addListener((obs, o, n) -> show(n));
        session.draftProblemsProperty().addListener((obs, o, n) -> showDraft(n));
        show(session.getResult());
        showDraft(session.draftProblemsProperty().get());
    }

    // Properties

    public ReadOnlyObjectProperty<Decision> decisionProperty() {
        return decision.getReadOnlyProperty();
    }

    /** Glyph and word, e.g. "✔ SCALE": readable without colour. */
    public ReadOnlyStringProperty badgeTextProperty() {
        return badgeText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonCodeProperty() {
        return reasonCode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explanationProperty() {
        return explanation.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty draftBannerProperty() {
        return draftBanner.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty draftInvalidProperty() {
        return draftInvalid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty entriesAfterProperty() {
        return entriesAfter.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty positionPctProperty() {
        return positionPct.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty riskAmountProperty() {
        return riskAmount.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty riskPctProperty() {
        return riskPct.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty averagePriceProperty() {
        return averagePrice.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty suggestedQuantityProperty() {
        return suggestedQuantity.getReadOnlyProperty();
    }

    /** The catalogue's checks in contract order (and so grouped by phase). */
    public List<CheckRow> rows() {
        return rows;
    }

    public CheckRow row(ReasonCode code) {
        return rows.get(code.ordinal());
    }

    // Commands

    /** Clicking a check: a failed one with a policy limit asks the policy builder to show that field. */
    public boolean open(CheckRow row) {
        if (!row.canFocusPolicyField()) {
            return false;
        }
        session.focusPolicyField(row.policyField());
        return true;
    }

    /** The verdict as plain text, for the clipboard. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append(badgeText.get()).append(" - ").append(reasonCode.get()).append('\n')
                .append(explanation.get()).append('\n');
        for (CheckRow r : rows) {
            sb.append(String.format(Locale.ROOT, "%-14s %-26s %-14s %-10s %-10s %s%n", r.phase(), r.code(),
                    r.statusText.get(), r.observed.get(), r.limit.get(), r.message.get()));
        }
        return sb.toString();
    }

    // Updating

    private void show(ScalingResult result) {
        if (result == null) {
            return;
        }
        decision.set(result.decision());
        badgeText.set(badge(result.decision()));
        reasonCode.set(result.reasonCode().name());
        explanation.set(result.explanation());
        ReasonCode decidingCode = result.reasonCode().isCheck() ? result.reasonCode() : null;
        for (int i = 0; i < rows.size(); i++) {
            CheckRow row = rows.get(i);
            row.update(result.check(row.code), row.code == decidingCode);
        }
        Metrics m = result.metrics();
        if (m == null) {
            String none = "—";
            entriesAfter.set(none);
            positionPct.set(none);
            riskAmount.set(none);
            riskPct.set(none);
            averagePrice.set(none);
            suggestedQuantity.set(none);
        } else {
            entriesAfter.set(Integer.toString(m.entriesAfter()));
            positionPct.set(Figures.percent(m.positionPctAfter()));
            riskAmount.set(String.format(Locale.ROOT, "%,.2f", m.riskAmountAfter()));
            riskPct.set(Figures.percent(m.riskPctAfter()));
            // the scenario's decimals, so the average reads like every other price of it
            averagePrice.set(session.whatIf().price(m.averagePriceAfter()));
            suggestedQuantity.set(m.suggestedQuantity() == null ? "— (initial)"
                    : Figures.quantity(m.suggestedQuantity()));
        }
    }

    private void showDraft(List<PolicyProblem> problems) {
        List<PolicyProblem> errors = problems == null ? List.of()
                : problems.stream().filter(PolicyProblem::isError).toList();
        draftInvalid.set(!errors.isEmpty());
        draftBanner.set(errors.isEmpty() ? ""
                : "The policy being edited is invalid: "
                + errors.stream().map(PolicyProblem::toString).collect(Collectors.joining("; "))
                + ". The last valid policy stays in force.");
    }

    // Words and figures

    /** The verdict's glyph and word, as every panel shows it ({@link VerdictBadge}). */
    public static String badge(Decision d) {
        return VerdictBadge.text(d);
    }

    public static String statusWords(CheckStatus s) {
        return switch (s) {
            case PASS -> "✔ PASS";
            case FAIL -> "✖ FAIL";
            case NOT_APPLICABLE -> "– N/A";
            case NOT_EVALUATED -> "○ NOT RUN";
        };
    }

    /** An observed value or limit with the unit its check speaks in (from the catalogue); empty when there is none. */
    static String figure(ReasonCode code, Double v) {
        if (v == null) {
            return "";
        }
        CheckCatalogue.Unit unit = CheckCatalogue.of(code).unit();
        return unit.prefix() + (unit.signed() && v > 0 ? "+" : "") + number(v, unit.decimals()) + unit.suffix();
    }

    private static String labelled(String label, String figure) {
        return label.isEmpty() || figure.isEmpty() ? figure : label + " " + figure;
    }

    /** At most {@code decimals} decimals, no trailing zeros, no binary noise. */
    static String number(double v, int decimals) {
        if (!Double.isFinite(v) || Math.abs(v) >= 1e12) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
