package com.scalelab.ui.scenario;

import com.scalelab.engine.CheckCatalogue;
import com.scalelab.engine.Decision;
import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.OrderSide;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.ScalingEngine;
import com.scalelab.engine.ScalingResult;
import com.scalelab.engine.landscape.AxisRange;
import com.scalelab.engine.landscape.WhatIfInput;
import com.scalelab.engine.landscape.WhatIfModel;
import com.scalelab.ui.LabSession;
import com.scalelab.ui.document.Document;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The scenario being played with: position, market and the proposed (what-if) entry, as properties
 * the view binds. Every change builds a new {@link ScalingContext} and puts it into the session at
 * once, which re-evaluates the verdict. The proposed time and bar are kept as "since the last entry"
 * so the sliders read the way the policy's qualification rules are written.
 */
public final class ScenarioViewModel {
    private final LabSession session;

    // Position and account
    private final StringProperty symbol = new SimpleStringProperty(this, "symbol", "");
    private final DoubleProperty equity = new SimpleDoubleProperty(this, "equity");
    private final ObjectProperty<Direction> direction = new SimpleObjectProperty<>(this, "direction", Direction.LONG);
    private final DoubleProperty stopPrice = new SimpleDoubleProperty(this, "stopPrice");
    private final DoubleProperty brokerQuantity = new SimpleDoubleProperty(this, "brokerQuantity");
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    private final ObservableList<PendingOrder> pendingOrders = FXCollections.observableArrayList();
    private final BooleanProperty nonReduceOnlyPending = new SimpleBooleanProperty(this, "nonReduceOnlyPending");
    private final BooleanProperty ledgerMismatch = new SimpleBooleanProperty(this, "ledgerMismatch");

    // Market
    private final DoubleProperty atr = new SimpleDoubleProperty(this, "atr");
    private final DoubleProperty spreadBps = new SimpleDoubleProperty(this, "spreadBps");

    // Proposed entry
    private final ObjectProperty<Direction> proposedDirection =
            new SimpleObjectProperty<>(this, "proposedDirection", Direction.LONG);
    private final DoubleProperty price = new SimpleDoubleProperty(this, "price");
    private final DoubleProperty minutesSinceLast = new SimpleDoubleProperty(this, "minutesSinceLast");
    private final DoubleProperty barsSinceLast = new SimpleDoubleProperty(this, "barsSinceLast");
    private final DoubleProperty signalQuality = new SimpleDoubleProperty(this, "signalQuality");
    private final DoubleProperty quantity = new SimpleDoubleProperty(this, "quantity");

    // Slider ranges: the session's what-if model (the decision map's axes use the same)
    private final ReadOnlyObjectWrapper<Range> priceRange = new ReadOnlyObjectWrapper<>(this, "priceRange", new Range(0, 1));
    private final ReadOnlyObjectWrapper<Range> minutesRange = new ReadOnlyObjectWrapper<>(this, "minutesRange", new Range(0, 240));
    private final ReadOnlyObjectWrapper<Range> barsRange = new ReadOnlyObjectWrapper<>(this, "barsRange", new Range(0, 20));
    private final ReadOnlyObjectWrapper<Range> signalRange = new ReadOnlyObjectWrapper<>(this, "signalRange", new Range(0, 1));
    private final ReadOnlyObjectWrapper<Range> quantityRange = new ReadOnlyObjectWrapper<>(this, "quantityRange", new Range(0, 1));
    private final ReadOnlyObjectWrapper<Range> atrRange = new ReadOnlyObjectWrapper<>(this, "atrRange", new Range(0, 1));
    private final ReadOnlyObjectWrapper<Range> spreadRange = new ReadOnlyObjectWrapper<>(this, "spreadRange", new Range(0, 50));

    // Captions and the ladder button
    private final ReadOnlyStringWrapper priceCaption = new ReadOnlyStringWrapper(this, "priceCaption", "");
    private final ReadOnlyStringWrapper timeCaption = new ReadOnlyStringWrapper(this, "timeCaption", "");
    private final ReadOnlyStringWrapper barCaption = new ReadOnlyStringWrapper(this, "barCaption", "");
    private final ReadOnlyStringWrapper quantityCaption = new ReadOnlyStringWrapper(this, "quantityCaption", "");
    private final ReadOnlyStringWrapper addEntryText = new ReadOnlyStringWrapper(this, "addEntryText", "Add entry");
    private final ReadOnlyStringWrapper addEntryHint = new ReadOnlyStringWrapper(this, "addEntryHint", "");
    private final ReadOnlyObjectWrapper<Decision> decision = new ReadOnlyObjectWrapper<>(this, "decision");
    private final ReadOnlyBooleanWrapper addEntryAllowed = new ReadOnlyBooleanWrapper(this, "addEntryAllowed");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper scenarioName = new ReadOnlyStringWrapper(this, "scenarioName", "");
    /** The scenario as on screen: what Save writes and what dirty compares with the saved one. */
    private final ReadOnlyObjectWrapper<ScalingContext> content = new ReadOnlyObjectWrapper<>(this, "content");
    private final Document<ScalingContext> document = new Document<>("scenario", content);

    /** The scenario as loaded, for the slider spans and Reset position. */
    private ScalingContext loaded;
    /** What Reset position gives back, as the view-model shows it (may differ from the file's form). */
    private ScalingContext resetPoint;
    /** Time and bar the proposed entry counts from while the position is flat. */
    private Instant flatAnchorTime = Instant.EPOCH;
    private long flatAnchorBar;
    /** Broker quantity minus ledger quantity: kept when entries change, so the ledger stays in sync. */
    private double brokerGap;
    private boolean applying;
    private ScalingContext lastPushed;

    public ScenarioViewModel(LabSession session) {
        this.session = session;
        // Change listeners, not invalidation ones: they fire on every new value even while nobody reads.
        javafx.beans.value.ChangeListener<Object> onChange = (obs, o, n) -> changed();
        for (javafx.beans.value.ObservableValue<?> o : List.<javafx.beans.value.ObservableValue<?>>of(symbol, equity,
                stopPrice, atr, spreadBps, proposedDirection, price, minutesSinceLast, barsSinceLast, signalQuality,
                quantity)) {
            o.addListener(onChange);
        }
        direction.addListener((obs, o, n) -> directionChanged(o, n));
        entries.addListener((javafx.collections.ListChangeListener<Entry>) c -> entriesChanged());
        pendingOrders.addListener((javafx.collections.ListChangeListener<PendingOrder>) c -> {
            if (!applying) {
                applying = true;
                nonReduceOnlyPending.set(hasNonReduceOnly());
                applying = false;
            }
            changed();
        });
        brokerQuantity.addListener((obs, o, n) -> {
            if (!applying) {
                brokerGap = n.doubleValue() - ledgerQuantity();
                applying = true;
                ledgerMismatch.set(brokerGap != 0);
                applying = false;
                changed();
            }
        });
        nonReduceOnlyPending.addListener((obs, o, n) -> togglePendingOrder(n));
        ledgerMismatch.addListener((obs, o, n) -> toggleMismatch(n));
        session.policyProperty().addListener((obs, o, n) -> {
            updateRanges(toContext());
            updateCaptions(toContext());
            updateLadder(session.getResult());
        });
        session.resultProperty().addListener((obs, o, n) -> updateLadder(n));
        session.contextProperty().addListener((obs, o, n) -> {
            // Someone else put a scenario in. A new position (start-up, audit replay) is shown and becomes
            // the reset point; a what-if move of the same position (a click on the decision map, an
            // applied "what would flip it") only moves the sliders, keeping their spans and the reset point.
            if (n != null && n != lastPushed) {
                if (o != null && loaded != null && LabSession.samePosition(o, n)) {
                    show(n);
                } else {
                    load(n, null);
                }
            }
        });
        if (session.getContext() != null) {
            load(session.getContext(), null);
        }
        document.markSavedNow(); // what the window starts with is no edit

        // The session compares results by value, so an equal verdict fires nothing: show it now.
        updateLadder(session.getResult());
    }

    // Properties: position and account

    public StringProperty symbolProperty() { return symbol; }
    public DoubleProperty equityProperty() { return equity; }
    public ObjectProperty<Direction> directionProperty() { return direction; }
    public DoubleProperty stopPriceProperty() { return stopPrice; }
    /** Signed, as the broker reports it: positive long, negative short. */
    public DoubleProperty brokerQuantityProperty() { return brokerQuantity; }
    /** The existing entries, in chronological order; replace an element to edit it. */
    public ObservableList<Entry> entries() { return entries; }
    public ObservableList<PendingOrder> pendingOrders() { return pendingOrders; }
    /** On: a non-reduce-only order the size of the proposed entry is pending. Off: none is. */
    public BooleanProperty nonReduceOnlyPendingProperty() { return nonReduceOnlyPending; }
    /** On: the broker reports more than the entries add up to (beyond the policy's tolerance). */
    public BooleanProperty ledgerMismatchProperty() { return ledgerMismatch; }

    // Properties: market

    public DoubleProperty atrProperty() { return atr; }
    public DoubleProperty spreadBpsProperty() { return spreadBps; }

    // Properties: proposed entry

    public ObjectProperty<Direction> proposedDirectionProperty() { return proposedDirection; }
    public DoubleProperty priceProperty() { return price; }
    public DoubleProperty minutesSinceLastProperty() { return minutesSinceLast; }
    /** Whole bars; the slider's fractions are rounded away. */
    public DoubleProperty barsSinceLastProperty() { return barsSinceLast; }
    public DoubleProperty signalQualityProperty() { return signalQuality; }
    public DoubleProperty quantityProperty() { return quantity; }

    // Properties: derived

    public ReadOnlyObjectProperty<Range> priceRangeProperty() { return priceRange.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Range> minutesRangeProperty() { return minutesRange.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Range> barsRangeProperty() { return barsRange.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Range> signalRangeProperty() { return signalRange.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Range> quantityRangeProperty() { return quantityRange.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Range> atrRangeProperty() { return atrRange.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Range> spreadRangeProperty() { return spreadRange.getReadOnlyProperty(); }
    /** Absolute price and its distance from the last entry in ATR, e.g. "103.00 · +1.50 ATR from last entry". */
    public ReadOnlyStringProperty priceCaptionProperty() { return priceCaption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty timeCaptionProperty() { return timeCaption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty barCaptionProperty() { return barCaption.getReadOnlyProperty(); }
    public ReadOnlyStringProperty quantityCaptionProperty() { return quantityCaption.getReadOnlyProperty(); }
    /** "Add entry" when the verdict is SCALE, else why not ("Blocked: MAX_ENTRIES_REACHED", "Skip: too soon"). */
    public ReadOnlyStringProperty addEntryTextProperty() { return addEntryText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty addEntryHintProperty() { return addEntryHint.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty addEntryAllowedProperty() { return addEntryAllowed.getReadOnlyProperty(); }
    /** The current verdict, for styling the ladder button. */
    public ReadOnlyObjectProperty<Decision> decisionProperty() { return decision.getReadOnlyProperty(); }
    /** The last refused edit or file action, for the status line; empty when all is well. */
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty scenarioNameProperty() { return scenarioName.getReadOnlyProperty(); }

    /** Decimals of every price and ATR of this scenario, as every panel shows them. */
    public int priceDecimals() {
        return session.whatIf().priceDecimals();
    }

    /** Decimals an input's slider moves in and its field shows (the what-if model's rule). */
    public int decimals(WhatIfInput input) {
        return session.whatIf().decimals(input);
    }

    public LabSession session() {
        return session;
    }

    // Commands

    /**
     * Shows a scenario and makes it the point Reset position returns to. With a name it came from a
     * file. The proposed time and bar become "since the last entry".
     */
    public void load(ScalingContext ctx, String name) {
        loaded = ctx;
        if (name != null) {
            scenarioName.set(name);
        }
        show(ctx);
        resetPoint = content.get();
    }

    /**
     * Shows a scenario on screen; the slider spans follow the session's what-if model (re-based by
     * the session for a new position, kept for a what-if move of the same one).
     */
    private void show(ScalingContext ctx) {
        applying = true;
        try {
            symbol.set(ctx.symbol());
            equity.set(ctx.equity());
            Position pos = ctx.position();
            ProposedEntry p = ctx.proposed();
            direction.set(pos.direction() != null ? pos.direction() : p.direction() != null ? p.direction() : Direction.LONG);
            stopPrice.set(pos.stopPrice());
            entries.setAll(pos.entries());
            brokerQuantity.set(ctx.brokerPositionQuantity());
            brokerGap = ctx.brokerPositionQuantity() - ledgerQuantity();
            ledgerMismatch.set(brokerGap != 0);
            pendingOrders.setAll(ctx.pendingOrders());
            nonReduceOnlyPending.set(hasNonReduceOnly());
            atr.set(ctx.market().atr());
            spreadBps.set(ctx.market().spreadBps());
            proposedDirection.set(p.direction() != null ? p.direction() : direction.get());
            price.set(p.price());
            signalQuality.set(p.signalQuality());
            quantity.set(p.quantity());
            if (pos.entries().isEmpty()) {
                flatAnchorTime = p.time() == null ? Instant.EPOCH : p.time();
                flatAnchorBar = p.bar();
                minutesSinceLast.set(0);
                barsSinceLast.set(0);
            } else {
                Entry last = pos.entries().get(pos.entries().size() - 1);
                minutesSinceLast.set(p.time() == null || last.time() == null ? 0
                        : Duration.between(last.time(), p.time()).toNanos() / 6e10);
                barsSinceLast.set(p.bar() - last.bar());
                flatAnchorTime = pos.entries().get(0).time();
                flatAnchorBar = pos.entries().get(0).bar();
            }
            status.set("");
        } finally {
            applying = false;
        }
        changed();
    }

    /** Back to the scenario as last opened or saved (position, orders, market and proposed entry). */
    public void resetPosition() {
        if (loaded != null) {
            load(loaded, null);
        }
    }

    /** True when Reset position would change what is on screen. */
    public boolean resetWouldChange() {
        return resetPoint != null && !resetPoint.equals(content.get());
    }

    /** The scenario on screen was written to a file: it is the saved state and the new reset point. */
    public void markSaved() {
        loaded = content.get();
        resetPoint = content.get();
        document.markSavedNow();
    }

    /** The scenario as a document (saved state, file, origin, dirty). */
    public Document<ScalingContext> document() {
        return document;
    }

    /** Appends the current decision to the audit log. */
    public void record(String trigger) {
        session.record(trigger);
    }

    /**
     * When the verdict is SCALE: records it, appends the proposed entry to the position (the broker
     * quantity follows, so the ledger stays in sync) and moves the sliders on: time and bars since the
     * last entry back to the policy's minimums, the price the same ATR distance beyond the new last
     * entry (the next rung of the ladder), the quantity to the policy's suggested size.
     */
    public boolean addEntry() {
        ScalingResult r = session.getResult();
        ScalingContext c = session.getContext();
        if (r == null || c == null || r.decision() != Decision.SCALE) {
            return false;
        }
        session.record("add entry");
        ProposedEntry p = c.proposed();
        ScalingPolicy policy = session.getPolicy();
        double a = atr.get();
        double stepAtr;
        if (entries.isEmpty()) {
            boolean averageDown = policy.scaling().mode() == ScalingMode.AVERAGE_DOWN;
            double spacing = Math.max(policy.qualification().minSpacingAtr(), 1.0);
            stepAtr = p.direction().sign() * (averageDown ? -spacing : spacing);
        } else {
            stepAtr = (p.price() - lastEntry().price()) / a;
        }
        applying = true;
        try {
            if (entries.isEmpty()) {
                direction.set(p.direction());
            }
            entries.add(new Entry(p.price(), p.quantity(), p.time(), p.bar()));
            brokerQuantity.set(ledgerQuantity() + brokerGap);
            minutesSinceLast.set(policy.qualification().minMinutesBetween());
            barsSinceLast.set(policy.qualification().minBarsBetween());
            double next = round(p.price() + stepAtr * a, priceDecimals());
            price.set(next > 0 ? next : p.price());
            // The engine's suggested size for the next add, judged on the position with this entry in it.
            ScalingResult after = ScalingEngine.evaluate(policy, toContext());
            Double suggested = after.metrics() == null ? null : after.metrics().suggestedQuantity();
            if (suggested != null && Double.isFinite(suggested) && suggested > 0) {
                quantity.set(round(suggested, 4));
            }
        } finally {
            applying = false;
        }
        changed();
        return true;
    }

    /**
     * Replaces one entry of the table (an edit); the broker quantity follows the ledger. An entry
     * outside the engine's domain (price or quantity not above 0, no time, a negative bar) is refused:
     * the status line says which field and what was expected, and nothing changes.
     */
    public boolean replaceEntry(int index, Entry entry) {
        if (index < 0 || index >= entries.size() || entry == null) {
            return false;
        }
        String wrong = !(entry.price() > 0) || !Double.isFinite(entry.price()) ? "price"
                : !(entry.quantity() > 0) || !Double.isFinite(entry.quantity()) ? "quantity"
                : entry.time() == null ? "time" : entry.bar() < 0 ? "bar" : null;
        if (wrong != null) {
            reportStatus("Entry " + (index + 1) + " " + wrong + ": expected " + expectedInEntry(wrong)
                    + "; the entry is unchanged.");
            return false;
        }
        reportStatus("");
        entries.set(index, entry);
        return true;
    }

    /** What an entries-table column takes, in the words the status line uses. */
    public static String expectedInEntry(String column) {
        return switch (column) {
            case "price" -> "a price above 0";
            case "quantity" -> "a quantity above 0";
            case "time" -> "an ISO-8601 time such as 2026-01-05T14:30:00Z";
            case "bar" -> "a whole bar number, 0 or more";
            default -> "a value";
        };
    }

    /**
     * Adds a row to the entries table without asking the engine: for setting up a position. The new
     * row repeats the last entry one policy spacing later (or is the proposed entry when flat).
     */
    public void addEntryRow() {
        if (entries.isEmpty()) {
            ProposedEntry p = toContext().proposed();
            entries.add(new Entry(p.price(), p.quantity(), p.time(), p.bar()));
            return;
        }
        Entry last = lastEntry();
        ScalingPolicy.Qualification q = session.getPolicy() == null ? ScalingPolicy.Qualification.DEFAULT
                : session.getPolicy().qualification();
        long minutes = Math.max(1, (long) Math.ceil(q.minMinutesBetween()));
        entries.add(new Entry(last.price(), last.quantity(), last.time().plus(Duration.ofMinutes(minutes)),
                last.bar() + Math.max(1, q.minBarsBetween())));
    }

    public void removeEntry(int index) {
        if (index >= 0 && index < entries.size()) {
            entries.remove(index);
        }
    }

    /** Shows why an edit or file action was refused. */
    public void reportStatus(String message) {
        status.set(message == null ? "" : message);
    }

    /** The context the view-model describes now (also what it last put into the session). */
    public ScalingContext toContext() {
        Direction dir = direction.get();
        Position pos = new Position(dir, stopPrice.get(), List.copyOf(entries));
        ProposedEntry p = new ProposedEntry(proposedDirection.get(), price.get(), quantity.get(), proposedTime(),
                proposedBar(), signalQuality.get());
        return new ScalingContext(symbol.get(), equity.get(), pos, brokerQuantity.get(), List.copyOf(pendingOrders),
                new Market(atr.get(), spreadBps.get()), p);
    }

    // Reactions

    private void changed() {
        if (applying) {
            return;
        }
        ScalingContext ctx = toContext();
        lastPushed = ctx;
        content.set(ctx);
        // Pushed first: the session re-bases its what-if model (a new position) and judges the
        // scenario; the spans and captions below read both.
        session.contextProperty().set(ctx);
        updateRanges(ctx);
        updateCaptions(ctx);
    }

    private void directionChanged(Direction old, Direction now) {
        if (applying) {
            return;
        }
        applying = true;
        try {
            if (old != null && now != null && old != now) {
                brokerGap = -brokerGap;
                if (proposedDirection.get() == old) {
                    proposedDirection.set(now);
                }
            }
            brokerQuantity.set(ledgerQuantity() + brokerGap);
        } finally {
            applying = false;
        }
        changed();
    }

    private void entriesChanged() {
        if (applying) {
            return;
        }
        applying = true;
        try {
            brokerQuantity.set(ledgerQuantity() + brokerGap);
        } finally {
            applying = false;
        }
        changed();
    }

    private void togglePendingOrder(boolean on) {
        if (applying) {
            return;
        }
        applying = true;
        try {
            if (on) {
                OrderSide side = proposedDirection.get() == Direction.SHORT ? OrderSide.SELL : OrderSide.BUY;
                pendingOrders.add(new PendingOrder(side, positiveOr(quantity.get(), 1), false));
            } else {
                pendingOrders.removeIf(o -> !o.reduceOnly());
            }
        } finally {
            applying = false;
        }
        changed();
    }

    private void toggleMismatch(boolean on) {
        if (applying) {
            return;
        }
        applying = true;
        try {
            if (on && brokerGap == 0) {
                // One unit more than the tolerance allows, on the position's side.
                double tolerance = session.getPolicy() == null ? 0 : session.getPolicy().limits().ledgerTolerance();
                double offset = Math.floor(Double.isFinite(tolerance) ? Math.max(0, tolerance) : 0) + 1;
                brokerGap = direction.get() == Direction.SHORT ? -offset : offset;
            } else if (!on) {
                brokerGap = 0;
            }
            brokerQuantity.set(ledgerQuantity() + brokerGap);
        } finally {
            applying = false;
        }
        changed();
    }

    private void updateLadder(ScalingResult r) {
        if (r == null) {
            return;
        }
        decision.set(r.decision());
        if (r.decision() == Decision.SCALE) {
            addEntryText.set("Add entry");
            addEntryHint.set("Append this entry to the position (" + r.explanation()
                    + ") and move the sliders on to the next rung.");
            addEntryAllowed.set(true);
        } else {
            addEntryText.set(r.decision() == Decision.BLOCK ? "Blocked: " + r.reasonCode().name()
                    : "Skip: " + skipWords(r.reasonCode()));
            addEntryHint.set(r.reasonCode().name() + ": " + r.explanation());
            addEntryAllowed.set(false);
        }
    }

    private String skipWords(ReasonCode code) {
        ScalingMode mode = session.getPolicy() == null ? ScalingMode.PYRAMID : session.getPolicy().scaling().mode();
        return CheckCatalogue.words(code).refusal(mode);
    }

    private void updateRanges(ScalingContext ctx) {
        WhatIfModel m = session.whatIf();
        setRange(priceRange, range(m, WhatIfInput.PRICE, ctx));
        setRange(minutesRange, range(m, WhatIfInput.TIME, ctx));
        setRange(barsRange, range(m, WhatIfInput.BARS, ctx));
        setRange(signalRange, range(m, WhatIfInput.SIGNAL_QUALITY, ctx));
        setRange(quantityRange, range(m, WhatIfInput.QUANTITY, ctx));
        setRange(atrRange, range(m, WhatIfInput.ATR, ctx));
        setRange(spreadRange, range(m, WhatIfInput.SPREAD, ctx));
    }

    private static Range range(WhatIfModel m, WhatIfInput input, ScalingContext ctx) {
        AxisRange r = m.span(input, ctx);
        return new Range(r.min(), r.max());
    }

    private static void setRange(ReadOnlyObjectWrapper<Range> target, Range r) {
        if (!r.equals(target.get())) {
            target.set(r);
        }
    }

    private void updateCaptions(ScalingContext ctx) {
        priceCaption.set(session.whatIf().priceCaption(ctx));
        timeCaption.set(WhatIfModel.timeCaption(proposedTime()));
        barCaption.set(WhatIfModel.barCaption(proposedBar()));
        ScalingResult r = session.getResult();
        quantityCaption.set(WhatIfModel.quantityCaption(entries.isEmpty(),
                r == null || r.metrics() == null ? null : r.metrics().suggestedQuantity()));
    }

    // Derived values

    private Instant proposedTime() {
        Instant base = entries.isEmpty() ? flatAnchorTime : lastEntry().time();
        if (base == null) {
            base = Instant.EPOCH;
        }
        double minutes = minutesSinceLast.get();
        if (!Double.isFinite(minutes)) {
            return base;
        }
        return base.plusNanos(Math.round(minutes * 6e10));
    }

    private long proposedBar() {
        long base = entries.isEmpty() ? flatAnchorBar : lastEntry().bar();
        return base + Math.round(barsSinceLast.get());
    }

    private Entry lastEntry() {
        return entries.get(entries.size() - 1);
    }

    /** The engine's ledger for the entries shown (signed by the position's direction). */
    private double ledgerQuantity() {
        return new Position(direction.get(), stopPrice.get(), entries).ledgerQuantity();
    }

    private boolean hasNonReduceOnly() {
        return pendingOrders.stream().anyMatch(o -> !o.reduceOnly());
    }

    static double round(double v, int decimals) {
        if (!Double.isFinite(v)) {
            return v;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    static String trim(double v) {
        return java.math.BigDecimal.valueOf(round(v, 6)).stripTrailingZeros().toPlainString();
    }

    private static double positiveOr(double v, double fallback) {
        return Double.isFinite(v) && v > 0 ? v : fallback;
    }
}
