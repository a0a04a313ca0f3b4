package com.scalelab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one JSON writer of the files ScaleLab saves: two-space indent, {@code "field": value}, arrays
 * of objects one per line, "\n" line ends on every platform, so the same policy is the same bytes
 * everywhere (its fingerprint depends on it).
 */
final class CanonicalJson {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private CanonicalJson() {
    }

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    static String pretty(Body body) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        return write(body, printer) + "\n";
    }

    static String compact(Body body) {
        return write(body, null);
    }

    private static String write(Body body, DefaultPrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            if (printer != null) {
                g.setPrettyPrinter(printer);
            }
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** A number, or null where the value is not finite (JSON has no Infinity or NaN). */
    static void number(JsonGenerator g, String field, Double v) throws IOException {
        g.writeFieldName(field);
        if (v == null || !Double.isFinite(v)) {
            g.writeNull();
        } else {
            g.writeNumber(v);
        }
    }
}
