package com.scalelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.engine.ReasonCode;
import com.scalelab.engine.replay.ReplayDecision;
import com.scalelab.engine.replay.ReplaySummary;
import com.scalelab.engine.tuning.VerdictDiff;
import java.io.IOException;

/**
 * The lines of {@code diff}: one JSON object per difference ("field", "scenario", "bar"), then a
 * "summary". Numbers are written as the replay command writes them.
 */
public final class DiffJson {
    private DiffJson() {
    }

    public static String field(PolicyDiff.FieldChange c) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "field");
            g.writeStringField("path", c.path());
            raw(g, "a", c.a());
            raw(g, "b", c.b());
            g.writeEndObject();
        });
    }

    public static String scenario(VerdictDiff.ScenarioDifference d) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "scenario");
            g.writeStringField("scenario", d.scenario());
            verdict(g, "a", d.a());
            verdict(g, "b", d.b());
            g.writeBooleanField("newScale", d.isNewScale());
            g.writeEndObject();
        });
    }

    public static String bar(VerdictDiff.BarDifference d) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "bar");
            g.writeNumberField("bar", d.bar());
            g.writeStringField("time", d.time().toString());
            proposal(g, "a", d.a(), "bOnIt", d.bOnA());
            proposal(g, "b", d.b(), "aOnIt", d.aOnB());
            g.writeBooleanField("newScale", d.isNewScale());
            g.writeEndObject();
        });
    }

    /** The closing line; {@code replayA}/{@code replayB} are null when no run was given. */
    public static String summary(int fields, int scenarios, int scenarioDifferences, int bars, int barDifferences,
                                 int newScale, ReplaySummary replayA, ReplaySummary replayB) {
        return CanonicalJson.compact(g -> {
            g.writeStartObject();
            g.writeStringField("type", "summary");
            g.writeNumberField("fieldDifferences", fields);
            g.writeNumberField("scenarios", scenarios);
            g.writeNumberField("scenarioDifferences", scenarioDifferences);
            g.writeNumberField("bars", bars);
            g.writeNumberField("barDifferences", barDifferences);
            g.writeNumberField("newScale", newScale);
            g.writeFieldName("replayA");
            if (replayA == null) {
                g.writeNull();
            } else {
                g.writeRawValue(ReplayJson.summary(replayA));
            }
            g.writeFieldName("replayB");
            if (replayB == null) {
                g.writeNull();
            } else {
                g.writeRawValue(ReplayJson.summary(replayB));
            }
            g.writeEndObject();
        });
    }

    private static void raw(JsonGenerator g, String field, String json) throws IOException {
        g.writeFieldName(field);
        if (json == null) {
            g.writeNull();
        } else {
            g.writeRawValue(json);
        }
    }

    private static void verdict(JsonGenerator g, String field, ReasonCode code) throws IOException {
        g.writeObjectFieldStart(field);
        g.writeStringField("decision", code.decision().name());
        g.writeStringField("reasonCode", code.name());
        g.writeEndObject();
    }

    /** A walk's proposal and its verdict, and the other policy's verdict on the same scenario. */
    private static void proposal(JsonGenerator g, String field, ReplayDecision d, String otherField, ReasonCode other)
            throws IOException {
        if (d == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("kind", d.kind().name());
        CanonicalJson.number(g, "price", d.price());
        CanonicalJson.number(g, "quantity", d.quantity());
        g.writeStringField("decision", d.decision().name());
        g.writeStringField("reasonCode", d.reasonCode().name());
        g.writeStringField(otherField, other == null ? null : other.name());
        g.writeEndObject();
    }
}
