package com.scalelab.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the fields of one JSON object into typed values, collecting every problem (with its path and
 * location) instead of stopping at the first, so a user fixes a file in one pass. A field that is
 * missing or of the wrong type yields a harmless placeholder; the caller refuses the file when any
 * problem was collected.
 */
final class Fields {
    private final JsonDocument doc;
    private final ObjectNode node;
    final String path;
    private final List<FileProblem> problems;

    Fields(JsonDocument doc, ObjectNode node, String path, List<FileProblem> problems) {
        this.doc = doc;
        this.node = node;
        this.path = path;
        this.problems = problems;
    }

    /** The same object, with problems collected into another list. */
    Fields collectingInto(List<FileProblem> other) {
        return new Fields(doc, node, path, other);
    }

    void add(FileProblem p) {
        problems.add(p);
    }

    FileProblem problemFor(String name, String message) {
        return doc.problemAt(pathOf(name), message);
    }

    boolean has(String name) {
        return node.has(name);
    }

    String pathOf(String name) {
        return JsonDocument.child(path, name);
    }

    void problem(String name, String message) {
        problems.add(doc.problemAt(pathOf(name), message));
    }

    /** Reports every field not in {@code known}, naming the known ones (and the likely intended one). */
    void allowOnly(String... known) {
        Set<String> allowed = new LinkedHashSet<>(Arrays.asList(known));
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!allowed.contains(name)) {
                String hint = closest(name, allowed);
                problems.add(doc.problemAtName(pathOf(name), "unknown field '" + name + "'"
                        + (hint == null ? "" : " (did you mean '" + hint + "'?)")
                        + "; known fields: " + String.join(", ", allowed)));
            }
        }
    }

    private void missing(String name, String expected) {
        problems.add(doc.problemAt(path, "missing required field '" + name + "' (" + expected + ")")
                .withPath(pathOf(name)));
    }

    private void wrongType(String name, String expected, JsonNode got) {
        String huge = doc.overflowText(pathOf(name));
        problem(name, "expected " + expected + "; got " + (huge != null ? "the number " + huge : describe(got)));
    }

    static String describe(JsonNode n) {
        if (n.isNull()) {
            return "null";
        }
        if (n.isTextual()) {
            String t = n.textValue();
            return "the string \"" + (t.length() > 40 ? t.substring(0, 40) + "..." : t) + "\"";
        }
        if (n.isNumber()) {
            return "the number " + n.asText();
        }
        if (n.isBoolean()) {
            return n.asText();
        }
        if (n.isArray()) {
            return "an array";
        }
        return "an object";
    }

    // --- objects and arrays

    /** A nested object; null when absent (reported when required) or of the wrong type. */
    Fields object(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (required) {
                missing(name, "an object { ... }");
            }
            return null;
        }
        if (!v.isObject()) {
            wrongType(name, "an object { ... }", v);
            return null;
        }
        return new Fields(doc, (ObjectNode) v, pathOf(name), problems);
    }

    /** The objects of an array; empty when absent (reported when required) or of the wrong type. */
    List<Fields> objects(String name, boolean required) {
        JsonNode v = node.get(name);
        List<Fields> out = new ArrayList<>();
        if (v == null) {
            if (required) {
                missing(name, "an array [ ... ]");
            }
            return out;
        }
        if (!v.isArray()) {
            wrongType(name, "an array [ ... ] of objects", v);
            return out;
        }
        for (int i = 0; i < v.size(); i++) {
            JsonNode e = v.get(i);
            String p = pathOf(name) + "[" + i + "]";
            if (e.isObject()) {
                out.add(new Fields(doc, (ObjectNode) e, p, problems));
            } else {
                problems.add(doc.problemAt(p, "expected an object { ... }; got " + describe(e)));
            }
        }
        return out;
    }

    // --- scalars

    String string(String name, boolean required, String fallback) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (required) {
                missing(name, "a string");
            }
            return fallback;
        }
        if (!v.isTextual()) {
            wrongType(name, "a string in double quotes", v);
            return fallback;
        }
        return v.textValue();
    }

    boolean bool(String name, boolean required, boolean fallback) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (required) {
                missing(name, "true or false");
            }
            return fallback;
        }
        if (!v.isBoolean()) {
            wrongType(name, "true or false (without quotes)", v);
            return fallback;
        }
        return v.booleanValue();
    }

    /** A number; null when absent and not required. Missing or mistyped required numbers give NaN. */
    Double number(String name, boolean required) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (required) {
                missing(name, "a number");
                return Double.NaN;
            }
            return null;
        }
        if (!v.isNumber()) {
            wrongType(name, "a number" + (v.isNull() && !required ? " (leave the field out to set none)" : "")
                    + (v.isTextual() ? " without quotes" : ""), v);
            return Double.NaN;
        }
        double d = v.doubleValue();
        if (!Double.isFinite(d)) {
            String huge = doc.overflowText(pathOf(name));
            problem(name, "the number " + (huge != null ? huge : v.asText())
                    + " is out of range (too large to be a finite number)");
            return Double.NaN;
        }
        return d;
    }

    double number(String name, double fallback) {
        Double d = number(name, false);
        return d == null ? fallback : d;
    }

    /** A whole number within [min, max] of the Java type; null when absent and not required. */
    Long whole(String name, boolean required, long min, long max) {
        JsonNode v = node.get(name);
        if (v == null) {
            if (required) {
                missing(name, "a whole number");
            }
            return null;
        }
        if (!v.isIntegralNumber()) {
            wrongType(name, "a whole number" + (v.isTextual() ? " without quotes" : ""), v);
            return null;
        }
        BigInteger b = v.bigIntegerValue();
        if (b.compareTo(BigInteger.valueOf(min)) < 0 || b.compareTo(BigInteger.valueOf(max)) > 0) {
            problem(name, "the whole number " + b + " is out of range (" + min + " to " + max + ")");
            return null;
        }
        return b.longValue();
    }

    <E extends Enum<E>> E enumeration(String name, boolean required, Class<E> type, E fallback) {
        JsonNode v = node.get(name);
        E[] values = type.getEnumConstants();
        String choices = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
        if (v == null) {
            if (required) {
                missing(name, "one of " + choices);
            }
            return fallback;
        }
        if (v.isTextual()) {
            for (E e : values) {
                if (e.name().equals(v.textValue())) {
                    return e;
                }
            }
        }
        wrongType(name, "one of " + choices + " (a string, in capitals)", v);
        return fallback;
    }

    /** An ISO-8601 instant with an offset, such as 2026-01-05T14:30:00Z. */
    Instant time(String name, boolean required) {
        JsonNode v = node.get(name);
        String example = "an ISO-8601 time with an offset, such as \"2026-01-05T14:30:00Z\"";
        if (v == null) {
            if (required) {
                missing(name, example);
            }
            return null;
        }
        if (!v.isTextual()) {
            wrongType(name, example, v);
            return null;
        }
        String text = v.textValue();
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            if (hasNoOffset(text)) {
                problem(name, "the time \"" + text + "\" has no offset; add Z for UTC or an offset such as +01:00"
                        + " (e.g. \"" + text + "Z\")");
            } else {
                wrongType(name, example, v);
            }
            return null;
        }
    }

    private static boolean hasNoOffset(String text) {
        try {
            LocalDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The allowed name closest to a misspelt one, when it is close enough to be a likely typo. */
    static String closest(String name, Set<String> allowed) {
        for (String a : allowed) {
            String shorter = a.length() < name.length() ? a : name;
            String longer = a.length() < name.length() ? name : a;
            if (shorter.length() >= 4 && longer.toLowerCase().startsWith(shorter.toLowerCase())) {
                return a; // reduce for reduceOnly, maxSpacing for maxSpacingAtr
            }
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String a : allowed) {
            int d = distance(name.toLowerCase(), a.toLowerCase());
            if (d < bestDistance) {
                bestDistance = d;
                best = a;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() * 2 / 5) ? best : null;
    }

    private static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 8 || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
