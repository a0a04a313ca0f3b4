package com.scalelab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A JSON file parsed strictly into a tree, remembering where every value and field name started,
 * so the loaders can name line:column and field path for any problem they find later.
 *
 * <p>Jackson's lenient defaults (duplicate keys, trailing content, NaN) are all refused here: the
 * tree is built by hand from the streaming parser, never through data binding.
 */
final class JsonDocument {
    /** Larger than any plausible policy or scenario, small enough to never exhaust memory. */
    static final long MAX_FILE_BYTES = 5L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64)
                    .maxNumberLength(100)
                    .maxStringLength(1_000_000)
                    .maxNameLength(1_000)
                    .build())
            .build();

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    final String source;
    final ObjectNode root;
    private final Map<String, JsonLocation> valueAt;
    private final Map<String, JsonLocation> nameAt;
    private final Map<String, String> overflow;

    private JsonDocument(String source, ObjectNode root, Map<String, JsonLocation> valueAt,
                         Map<String, JsonLocation> nameAt, Map<String, String> overflow) {
        this.source = source;
        this.root = root;
        this.valueAt = valueAt;
        this.nameAt = nameAt;
        this.overflow = overflow;
    }

    /** The number as written, for a number too large for a double (such as 1e400); else null. */
    String overflowText(String path) {
        return overflow.get(path);
    }

    /** Reads a file as UTF-8 text, refusing missing, unreadable, oversized or non-UTF-8 files. */
    static String readText(Path file) throws FileRefusedException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw refused(name, "is a directory, not a JSON file");
            }
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw refused(name, "is " + size + " bytes; files larger than " + MAX_FILE_BYTES
                        + " bytes (5 MB) are refused");
            }
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length > MAX_FILE_BYTES) {
                throw refused(name, "is larger than 5 MB; refused");
            }
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw refused(name, "is not UTF-8 text; save it as UTF-8");
        } catch (NoSuchFileException e) {
            throw refused(name, "no such file");
        } catch (AccessDeniedException e) {
            throw refused(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static FileRefusedException refused(String file, String message) {
        return new FileRefusedException(new FileProblem(file, 0, 0, "(file)", message));
    }

    /** Parses text whose top level must be a JSON object. */
    static JsonDocument parse(String text, String source) throws FileRefusedException {
        if (text.length() > MAX_FILE_BYTES) {
            throw refused(source, "is larger than 5 MB; refused");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte-order mark left by some Windows editors
        }
        Builder b = new Builder(source);
        try (JsonParser p = FACTORY.createParser(text)) {
            try {
                return parse(p, b, source);
            } catch (JsonProcessingException e) {
                String path = pathOf(p.getParsingContext());
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                throw new FileRefusedException(fromParser(e, at, source, path));
            } catch (RuntimeException e) {
                // Never seen in the mutation test; kept so no parser surprise reaches a user as a stack trace.
                JsonLocation at = p.currentLocation();
                throw new FileRefusedException(new FileProblem(source, line(at), column(at),
                        pathOf(p.getParsingContext()), "malformed JSON (" + e.getClass().getSimpleName() + ")"));
            }
        } catch (IOException e) {
            throw refused(source, "cannot be read: " + e.getMessage());
        }
    }

    private static JsonDocument parse(JsonParser p, Builder b, String source) throws IOException, FileRefusedException {
        JsonToken first = p.nextToken();
        if (first == null) {
            throw new FileRefusedException(new FileProblem(source, 1, 1, "(root)",
                    "the file is empty; expected a JSON object { ... }"));
        }
        if (first != JsonToken.START_OBJECT) {
            JsonLocation at = p.currentTokenLocation();
            throw new FileRefusedException(new FileProblem(source, line(at), column(at), "(root)",
                    "expected a JSON object { ... } at the top of the file; found " + describe(first)));
        }
        ObjectNode root = (ObjectNode) b.value(p, "");
        JsonToken extra = p.nextToken();
        if (extra != null) {
            JsonLocation at = p.currentTokenLocation();
            throw new FileRefusedException(new FileProblem(source, line(at), column(at), "(root)",
                    "unexpected content after the end of the JSON object; a file holds one object"));
        }
        return new JsonDocument(source, root, b.valueAt, b.nameAt, b.overflow);
    }

    private static FileProblem fromParser(JsonProcessingException e, JsonLocation at, String source, String path) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message;
        if (e instanceof JsonEOFException || original.startsWith("Unexpected end-of-input")) {
            message = "the file ends too early: a closing '}' or ']', a value or a quote is missing";
        } else if (e instanceof StreamConstraintsException) {
            message = constraint(original);
            if (path.length() > 60) {
                path = path.substring(0, 60) + "...";
            }
        } else if (original.startsWith("Duplicate field")) {
            String field = original.replaceFirst("^Duplicate field '(.*)'$", "$1");
            message = "duplicate field '" + field + "'; each field may appear only once";
            if (!path.equals(field) && !path.endsWith("." + field)) {
                path = child(path, field);
            }
        } else if (original.startsWith("Non-standard token")) {
            message = "NaN and Infinity are not numbers in JSON; write a finite number";
        } else {
            message = MalformedJson.describe(original);
        }
        return new FileProblem(source, line(at), column(at), path, message);
    }

    private static String constraint(String original) {
        if (original.contains("nesting depth")) {
            return "nested more than 64 levels deep; a ScaleLab file is never this deep";
        }
        if (original.contains("Number value length")) {
            return "a number longer than 100 digits; write it shorter (e.g. 1.5e120)";
        }
        if (original.contains("String value length")) {
            return "a text longer than 1000000 characters";
        }
        return "too large to be a ScaleLab file";
    }

    /** The dotted field path ({@code a.b[2].c}) of where a parser stopped. */
    private static String pathOf(JsonStreamContext ctx) {
        java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
        for (JsonStreamContext c = ctx; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.addFirst("." + c.getCurrentName());
            } else if (c.inArray() && c.getCurrentIndex() >= 0) {
                parts.addFirst("[" + c.getCurrentIndex() + "]");
            }
        }
        String p = String.join("", parts);
        return p.startsWith(".") ? p.substring(1) : p;
    }

    /** Jackson's message without the hints that name its own internals or the source. */
    static int line(JsonLocation at) {
        return at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
    }

    static int column(JsonLocation at) {
        return at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
    }

    static String describe(JsonToken t) {
        switch (t) {
            case START_ARRAY: return "an array";
            case START_OBJECT: return "an object";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE: return "true/false";
            case VALUE_NULL: return "null";
            default: return t.toString();
        }
    }

    /** A problem at the value of {@code path}, or at the nearest enclosing value that the file has. */
    FileProblem problemAt(String path, String message) {
        JsonLocation at = nearest(valueAt, path);
        return new FileProblem(source, line(at), column(at), path, message);
    }

    /** A problem at the field name of {@code path} (for unknown and duplicate fields). */
    FileProblem problemAtName(String path, String message) {
        JsonLocation at = nameAt.get(path);
        if (at == null) {
            at = nearest(valueAt, path);
        }
        return new FileProblem(source, line(at), column(at), path, message);
    }

    private static JsonLocation nearest(Map<String, JsonLocation> map, String path) {
        String p = path;
        while (true) {
            JsonLocation at = map.get(p);
            if (at != null || p.isEmpty()) {
                return at;
            }
            p = parent(p);
        }
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }

    static String child(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    /** Builds the tree from tokens, recording where each value and field name starts. */
    private static final class Builder {
        final String source;
        final Map<String, JsonLocation> valueAt = new HashMap<>();
        final Map<String, JsonLocation> nameAt = new HashMap<>();
        final Map<String, String> overflow = new HashMap<>();

        Builder(String source) {
            this.source = source;
        }

        /** The value whose first token is current. */
        JsonNode value(JsonParser p, String at) throws IOException, FileRefusedException {
            valueAt.put(at, p.currentTokenLocation());
            JsonToken t = p.currentToken();
            switch (t) {
                case START_OBJECT: {
                    ObjectNode obj = NODES.objectNode();
                    while (true) {
                        JsonToken next = p.nextToken();
                        if (next == JsonToken.END_OBJECT) {
                            return obj;
                        }
                        String name = p.currentName();
                        String childPath = child(at, name);
                        if (obj.has(name)) {
                            JsonLocation n = p.currentTokenLocation();
                            throw new FileRefusedException(new FileProblem(source, line(n), column(n), childPath,
                                    "duplicate field '" + name + "'; each field may appear only once"));
                        }
                        nameAt.put(childPath, p.currentTokenLocation());
                        p.nextToken();
                        obj.set(name, value(p, childPath));
                    }
                }
                case START_ARRAY: {
                    ArrayNode arr = NODES.arrayNode();
                    while (true) {
                        String childPath = at + "[" + arr.size() + "]";
                        JsonToken next = p.nextToken();
                        if (next == JsonToken.END_ARRAY) {
                            return arr;
                        }
                        arr.add(value(p, childPath));
                    }
                }
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    return NODES.numberNode(p.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT: {
                    String text = p.getText();
                    double d = p.getDoubleValue();
                    if (!Double.isFinite(d)) {
                        overflow.put(at, text); // reported by the loader, with the other problems
                    }
                    return NODES.numberNode(d);
                }
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new FileRefusedException(new FileProblem(source, 0, 0, at, "unexpected " + t));
            }
        }
    }
}
