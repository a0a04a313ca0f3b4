package com.scalelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
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
import com.scalelab.engine.ScalingPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario files (contract section 3). The loader checks shape and types only: a well-typed
 * scenario with values outside their domain (a negative price, times going backwards) loads, and the
 * engine answers BLOCK / INVALID_INPUT naming the field, as the contract's section 4 asks. An inline
 * policy, however, is checked like a policy file: an invalid one is a load error.
 */
public final class ScenarioFiles {
    private ScenarioFiles() {
    }

    public static Scenario load(Path file) throws FileRefusedException {
        return loadWithWarnings(file).value();
    }

    public static Loaded<Scenario> loadWithWarnings(Path file) throws FileRefusedException {
        return parseWithWarnings(JsonDocument.readText(file), file.toString());
    }

    public static Scenario parse(String json, String sourceName) throws FileRefusedException {
        return parseWithWarnings(json, sourceName).value();
    }

    public static Loaded<Scenario> parseWithWarnings(String json, String sourceName) throws FileRefusedException {
        return fromDocument(JsonDocument.parse(json, sourceName));
    }

    static Loaded<Scenario> fromDocument(JsonDocument doc) throws FileRefusedException {
        if (!doc.root.has("proposed") && !doc.root.has("position")
                && (doc.root.has("scaling") || doc.root.has("limits"))) {
            throw new FileRefusedException(doc.problemAt("", "this is a policy file (it has 'scaling' or 'limits'),"
                    + " not a scenario; give it to evaluate with --policy"));
        }
        List<FileProblem> problems = new ArrayList<>();
        List<FileProblem> warnings = new ArrayList<>();
        Fields f = new Fields(doc, doc.root, "", problems);
        PolicyFiles.checkVersion(f, true, "scenario");
        f.allowOnly("schemaVersion", "name", "symbol", "account", "position", "broker", "pendingOrders", "market",
                "proposed", "policy", "expect");
        String name = f.string("name", false, null);
        String symbol = f.string("symbol", true, "");

        double equity = Double.NaN;
        Fields account = f.object("account", true);
        if (account != null) {
            account.allowOnly("equity");
            equity = account.number("equity", true);
        }

        Position position = null;
        Fields pos = f.object("position", true);
        if (pos != null) {
            pos.allowOnly("direction", "stopPrice", "entries");
            List<Entry> entries = new ArrayList<>();
            for (Fields e : pos.objects("entries", false)) {
                e.allowOnly("price", "quantity", "time", "bar");
                Long bar = e.whole("bar", true, Long.MIN_VALUE, Long.MAX_VALUE);
                entries.add(new Entry(e.number("price", true), e.number("quantity", true), e.time("time", true),
                        bar == null ? 0 : bar));
            }
            Direction direction = entries.isEmpty()
                    ? pos.enumeration("direction", false, Direction.class, null)
                    : requiredWithEntries(pos);
            position = new Position(direction, pos.number("stopPrice", true), entries);
        }

        double brokerQuantity = Double.NaN;
        Fields broker = f.object("broker", true);
        if (broker != null) {
            broker.allowOnly("positionQuantity");
            brokerQuantity = broker.number("positionQuantity", true);
        }

        List<PendingOrder> orders = new ArrayList<>();
        for (Fields o : f.objects("pendingOrders", false)) {
            o.allowOnly("side", "quantity", "reduceOnly");
            orders.add(new PendingOrder(o.enumeration("side", true, OrderSide.class, null), o.number("quantity", true),
                    o.bool("reduceOnly", true, false)));
        }

        Market market = null;
        Fields m = f.object("market", true);
        if (m != null) {
            m.allowOnly("atr", "spreadBps");
            market = new Market(m.number("atr", true), m.number("spreadBps", true));
        }

        ProposedEntry proposed = null;
        Fields p = f.object("proposed", true);
        if (p != null) {
            p.allowOnly("direction", "price", "quantity", "time", "bar", "signalQuality");
            Direction direction = p.enumeration("direction", true, Direction.class, null);
            double price = p.number("price", true);
            double quantity = p.number("quantity", true);
            Instant time = p.time("time", true);
            Long bar = p.whole("bar", true, Long.MIN_VALUE, Long.MAX_VALUE);
            proposed = new ProposedEntry(direction, price, quantity, time, bar == null ? 0 : bar,
                    p.number("signalQuality", true));
        }

        ScalingPolicy inline = null;
        Fields pol = f.object("policy", false);
        if (pol != null) {
            inline = PolicyFiles.read(pol, doc, false, problems, warnings);
        }

        Expectation expect = null;
        Fields x = f.object("expect", false);
        if (x != null) {
            x.allowOnly("decision", "reasonCode");
            Decision decision = x.enumeration("decision", true, Decision.class, null);
            ReasonCode code = x.enumeration("reasonCode", false, ReasonCode.class, null);
            if (decision != null && code != null && code.decision() != decision) {
                x.problem("reasonCode", code + " always comes with the decision " + code.decision()
                        + ", so it cannot be expected with " + decision);
            }
            expect = new Expectation(decision, code);
        }

        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        ScalingContext ctx = new ScalingContext(symbol, equity, position, brokerQuantity, orders, market, proposed);
        return new Loaded<>(new Scenario(name, ctx, inline, expect), warnings);
    }

    private static Direction requiredWithEntries(Fields pos) {
        if (!pos.has("direction")) {
            pos.problem("direction", "missing required field 'direction' (LONG or SHORT): a position with"
                    + " entries must say which side it is on");
            return null;
        }
        return pos.enumeration("direction", true, Direction.class, null);
    }

    /** Canonical pretty JSON in the contract's field order, the inline policy included when present. */
    public static String toJson(Scenario s) {
        return CanonicalJson.pretty(g -> write(g, s));
    }

    /** The same content on one line, for JSON Lines exports (an audit record carrying its scenario). */
    public static String toCompactJson(Scenario s) {
        return CanonicalJson.compact(g -> write(g, s));
    }

    static void write(JsonGenerator g, Scenario s) throws IOException {
        ScalingContext c = s.context();
        g.writeStartObject();
        g.writeNumberField("schemaVersion", PolicyFiles.SCHEMA_VERSION);
        if (s.name() != null && !s.name().isEmpty()) {
            g.writeStringField("name", s.name());
        }
        g.writeStringField("symbol", c.symbol());
        g.writeObjectFieldStart("account");
        CanonicalJson.number(g, "equity", c.equity());
        g.writeEndObject();
        Position pos = c.position();
        if (pos != null) {
            g.writeObjectFieldStart("position");
            if (pos.direction() != null) {
                g.writeStringField("direction", pos.direction().name());
            }
            CanonicalJson.number(g, "stopPrice", pos.stopPrice());
            g.writeArrayFieldStart("entries");
            for (Entry e : pos.entries()) {
                g.writeStartObject();
                CanonicalJson.number(g, "price", e.price());
                CanonicalJson.number(g, "quantity", e.quantity());
                time(g, "time", e.time());
                g.writeNumberField("bar", e.bar());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeObjectFieldStart("broker");
        CanonicalJson.number(g, "positionQuantity", c.brokerPositionQuantity());
        g.writeEndObject();
        g.writeArrayFieldStart("pendingOrders");
        for (PendingOrder o : c.pendingOrders()) {
            g.writeStartObject();
            g.writeStringField("side", o.side() == null ? null : o.side().name());
            CanonicalJson.number(g, "quantity", o.quantity());
            g.writeBooleanField("reduceOnly", o.reduceOnly());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (c.market() != null) {
            g.writeObjectFieldStart("market");
            CanonicalJson.number(g, "atr", c.market().atr());
            CanonicalJson.number(g, "spreadBps", c.market().spreadBps());
            g.writeEndObject();
        }
        ProposedEntry p = c.proposed();
        if (p != null) {
            g.writeObjectFieldStart("proposed");
            g.writeStringField("direction", p.direction() == null ? null : p.direction().name());
            CanonicalJson.number(g, "price", p.price());
            CanonicalJson.number(g, "quantity", p.quantity());
            time(g, "time", p.time());
            g.writeNumberField("bar", p.bar());
            CanonicalJson.number(g, "signalQuality", p.signalQuality());
            g.writeEndObject();
        }
        if (s.inlinePolicy() != null) {
            g.writeFieldName("policy");
            PolicyFiles.write(g, s.inlinePolicy());
        }
        if (s.expect() != null) {
            g.writeObjectFieldStart("expect");
            g.writeStringField("decision", s.expect().decision() == null ? null : s.expect().decision().name());
            if (s.expect().reasonCode() != null) {
                g.writeStringField("reasonCode", s.expect().reasonCode().name());
            }
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static void time(JsonGenerator g, String field, Instant t) throws IOException {
        g.writeStringField(field, t == null ? null : DateTimeFormatter.ISO_INSTANT.format(t));
    }

    /** Saves atomically: a failed save leaves the old file as it was. */
    public static void save(Scenario s, Path file) throws IOException {
        AtomicFiles.write(file, toJson(s));
    }
}
