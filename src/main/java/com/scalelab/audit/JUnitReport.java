package com.scalelab.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Scenario packs as a JUnit XML test report, in the layout Maven Surefire writes and Jenkins,
 * GitLab and other CI servers read: one {@code <testsuite>}, one {@code <testcase>} per scenario
 * with an {@code expect}; an unmet expectation is a {@code <failure>} (expected and actual verdict,
 * the deciding check's message), a file that could not be loaded an {@code <error>} with its problems.
 */
public final class JUnitReport {

    /** One test case: {@code failure} and {@code error} are null when it passed. */
    public record Case(String name, String classname, double seconds, Failure failure, Failure error) {
    }

    /** The message (one line, shown in CI lists), the type and the longer text (shown on click). */
    public record Failure(String message, String type, String text) {
    }

    private final String suiteName;
    private final List<Case> cases = new ArrayList<>();

    public JUnitReport(String suiteName) {
        this.suiteName = suiteName;
    }

    public void passed(String name, String classname, double seconds) {
        cases.add(new Case(name, classname, seconds, null, null));
    }

    public void failed(String name, String classname, double seconds, String message, String text) {
        cases.add(new Case(name, classname, seconds, new Failure(message, "UNMET", text), null));
    }

    public void error(String name, String classname, String message, String text) {
        cases.add(new Case(name, classname, 0, null, new Failure(message, "LOAD_ERROR", text)));
    }

    public List<Case> cases() {
        return List.copyOf(cases);
    }

    public long failures() {
        return cases.stream().filter(c -> c.failure() != null).count();
    }

    public long errors() {
        return cases.stream().filter(c -> c.error() != null).count();
    }

    /** The report as XML text (UTF-8 declared). */
    public String toXml() {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("testsuite");
            x.writeAttribute("name", suiteName);
            x.writeAttribute("tests", Integer.toString(cases.size()));
            x.writeAttribute("failures", Long.toString(failures()));
            x.writeAttribute("errors", Long.toString(errors()));
            x.writeAttribute("skipped", "0");
            x.writeAttribute("time", seconds(cases.stream().mapToDouble(Case::seconds).sum()));
            x.writeCharacters("\n");
            for (Case c : cases) {
                x.writeCharacters("  ");
                boolean empty = c.failure() == null && c.error() == null;
                if (empty) {
                    x.writeEmptyElement("testcase");
                } else {
                    x.writeStartElement("testcase");
                }
                x.writeAttribute("name", c.name());
                x.writeAttribute("classname", c.classname());
                x.writeAttribute("time", seconds(c.seconds()));
                if (!empty) {
                    Failure f = c.failure() != null ? c.failure() : c.error();
                    x.writeCharacters("\n    ");
                    x.writeStartElement(c.failure() != null ? "failure" : "error");
                    x.writeAttribute("message", f.message());
                    x.writeAttribute("type", f.type());
                    x.writeCharacters(f.text());
                    x.writeEndElement();
                    x.writeCharacters("\n  ");
                    x.writeEndElement();
                }
                x.writeCharacters("\n");
            }
            x.writeEndElement();
            x.writeCharacters("\n");
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("could not write the JUnit report: " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Writes the report atomically: a CI server never reads half a file. */
    public void write(java.nio.file.Path file) throws IOException {
        com.scalelab.io.AtomicFiles.write(file, toXml());
    }
}
