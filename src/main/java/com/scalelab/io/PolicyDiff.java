package com.scalelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.scalelab.engine.ScalingPolicy;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The field-by-field differences of two policies, compared on their canonical files so a default
 * left out on one side and written on the other is no difference, and fields come in file order.
 */
public final class PolicyDiff {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyDiff() {
    }

    /** One field that differs; a value is its JSON text, or null where the field is not set. */
    public record FieldChange(String path, String a, String b) {
    }

    public static List<FieldChange> fields(ScalingPolicy a, ScalingPolicy b) {
        try {
            List<FieldChange> out = new ArrayList<>();
            walk("", JSON.readTree(PolicyFiles.toJson(a)), JSON.readTree(PolicyFiles.toJson(b)), out);
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // our own canonical text always parses
        }
    }

    private static void walk(String path, JsonNode a, JsonNode b, List<FieldChange> out) {
        boolean objects = (a == null || a.isObject()) && (b == null || b.isObject()) && (a != null || b != null);
        if (objects) {
            Set<String> names = new LinkedHashSet<>();
            for (JsonNode n : new JsonNode[]{a, b}) {
                if (n != null) {
                    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                        names.add(it.next().getKey());
                    }
                }
            }
            for (String name : names) {
                if (path.isEmpty() && name.equals("schemaVersion")) {
                    continue;
                }
                walk(path.isEmpty() ? name : path + "." + name, a == null ? null : a.get(name),
                        b == null ? null : b.get(name), out);
            }
            return;
        }
        if (a == null || b == null || !a.equals(b)) {
            out.add(new FieldChange(path, a == null ? null : a.toString(), b == null ? null : b.toString()));
        }
    }
}
