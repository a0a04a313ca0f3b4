package com.scalelab.training;

import com.scalelab.engine.Decision;
import com.scalelab.engine.ReasonCode;
import com.scalelab.io.AtomicFiles;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A trainee's answers as CSV (RFC 4180: CRLF line ends, a header row, a field quoted only when it
 * holds a comma, quote, CR or LF). One row per answered exercise; {@code answered_reason} is empty
 * when the lesson asked the decision only; {@code time_taken_s} is seconds with one decimal. The
 * reader is as strict as the JSON loaders: a bad cell is named as {@code FILE:LINE:COLUMN: column: ...}.
 */
public final class ResultsCsv {
    public static final List<String> COLUMNS = List.of("exercise", "expected", "expected_reason", "answered",
            "answered_reason", "right", "hints", "time_taken_s");
    private static final String CRLF = "\r\n";
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    private ResultsCsv() {
    }

    /** Writes atomically: readers see the old file or the whole new one. */
    public static void save(List<ExerciseResult> results, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(out, results));
    }

    public static String toCsv(List<ExerciseResult> results) {
        return AtomicFiles.Body.render(out -> write(out, results));
    }

    private static void write(Writer out, List<ExerciseResult> results) throws IOException {
        row(out, COLUMNS);
        for (ExerciseResult r : results) {
            row(out, List.of(r.exercise(), r.expectedDecision().name(), r.expectedReason().name(),
                    r.answeredDecision().name(), r.answeredReason() == null ? "" : r.answeredReason().name(),
                    Boolean.toString(r.right()), Integer.toString(r.hints()), seconds(r.millis())));
        }
    }

    static String seconds(long millis) {
        return BigDecimal.valueOf(millis).movePointLeft(3).setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static void row(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String v = fields.get(i);
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\r') >= 0 || v.indexOf('\n') >= 0) {
                out.write('"');
                out.write(v.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(v);
            }
        }
        out.write(CRLF);
    }

    // Reading

    public static List<ExerciseResult> load(Path file) throws FileRefusedException {
        String name = file.toString();
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw refused(name, 0, 0, "(file)", "is larger than 5 MB; a results file is never this large");
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            throw refused(name, 0, 0, "(file)", "no such file");
        } catch (CharacterCodingException e) {
            throw refused(name, 0, 0, "(file)", "is not UTF-8 text; save it as UTF-8");
        } catch (IOException e) {
            throw refused(name, 0, 0, "(file)", "cannot be read: " + e.getMessage());
        }
        return parse(text, name);
    }

    /** A cell as read, with where it started. */
    private record Cell(String text, int line, int column) {
    }

    public static List<ExerciseResult> parse(String text, String source) throws FileRefusedException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1); // a byte-order mark left by a spreadsheet
        }
        List<List<Cell>> rows = rows(text, source);
        if (rows.isEmpty()) {
            throw refused(source, 1, 1, "(header)", "the file is empty; expected the header " + String.join(",", COLUMNS));
        }
        List<Cell> header = rows.get(0);
        List<String> names = header.stream().map(Cell::text).toList();
        if (!names.equals(COLUMNS)) {
            throw refused(source, 1, 1, "(header)", "expected the header " + String.join(",", COLUMNS) + "; got "
                    + String.join(",", names));
        }
        List<FileProblem> problems = new ArrayList<>();
        List<ExerciseResult> out = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<Cell> row = rows.get(i);
            if (row.size() != COLUMNS.size()) {
                Cell first = row.get(0);
                problems.add(new FileProblem(source, first.line(), first.column(), "(row)", "expected "
                        + COLUMNS.size() + " fields; got " + row.size()));
                continue;
            }
            int before = problems.size();
            String exercise = row.get(0).text();
            Decision expected = enumCell(row, 1, Decision.class, false, source, problems);
            ReasonCode expectedReason = enumCell(row, 2, ReasonCode.class, false, source, problems);
            Decision answered = enumCell(row, 3, Decision.class, false, source, problems);
            ReasonCode answeredReason = enumCell(row, 4, ReasonCode.class, true, source, problems);
            Boolean right = null;
            Cell r = row.get(5);
            if (r.text().equals("true") || r.text().equals("false")) {
                right = Boolean.valueOf(r.text());
            } else {
                problems.add(problem(source, r, 5, "expected true or false; got \"" + r.text() + "\""));
            }
            Integer hints = null;
            Cell h = row.get(6);
            try {
                hints = Integer.parseInt(h.text());
                if (hints < 0) {
                    problems.add(problem(source, h, 6, "expected a whole number of hints, 0 or more; got " + hints));
                }
            } catch (NumberFormatException e) {
                problems.add(problem(source, h, 6, "expected a whole number of hints; got \"" + h.text() + "\""));
            }
            Long millis = null;
            Cell t = row.get(7);
            try {
                BigDecimal s = new BigDecimal(t.text());
                if (s.signum() < 0) {
                    problems.add(problem(source, t, 7, "expected seconds, 0 or more; got " + t.text()));
                } else {
                    millis = s.movePointRight(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
                }
            } catch (NumberFormatException | ArithmeticException e) {
                problems.add(problem(source, t, 7, "expected seconds such as 12.5; got \"" + t.text() + "\""));
            }
            if (problems.size() == before) {
                out.add(new ExerciseResult(exercise, expected, expectedReason, answered, answeredReason, right,
                        hints, millis));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return out;
    }

    private static <E extends Enum<E>> E enumCell(List<Cell> row, int column, Class<E> type, boolean mayBeEmpty,
                                                  String source, List<FileProblem> problems) {
        Cell c = row.get(column);
        if (mayBeEmpty && c.text().isEmpty()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(c.text())) {
                return e;
            }
        }
        problems.add(problem(source, c, column, "expected one of " + String.join(", ",
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                + (mayBeEmpty ? " or nothing" : "") + "; got \"" + c.text() + "\""));
        return null;
    }

    private static FileProblem problem(String source, Cell c, int column, String message) {
        return new FileProblem(source, c.line(), c.column(), COLUMNS.get(column), message);
    }

    private static FileRefusedException refused(String source, int line, int column, String path, String message) {
        return new FileRefusedException(new FileProblem(source, line, column, path, message));
    }

    /** RFC 4180 records; a final line end is optional, a bare LF is taken as a line end too (spreadsheets). */
    private static List<List<Cell>> rows(String text, String source) throws FileRefusedException {
        List<List<Cell>> rows = new ArrayList<>();
        List<Cell> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int col = 1;
        int fieldLine = 1;
        int fieldCol = 1;
        int i = 0;
        int n = text.length();
        boolean quoted = false;
        boolean afterQuote = false;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        col += 2;
                        continue;
                    }
                    quoted = false;
                    afterQuote = true;
                } else {
                    field.append(c);
                    if (c == '\n') {
                        line++;
                        col = 0;
                    }
                }
                i++;
                col++;
                continue;
            }
            if (c == ',') {
                row.add(new Cell(field.toString(), fieldLine, fieldCol));
                field.setLength(0);
                afterQuote = false;
                i++;
                col++;
                fieldLine = line;
                fieldCol = col;
            } else if (c == '\r' || c == '\n') {
                row.add(new Cell(field.toString(), fieldLine, fieldCol));
                field.setLength(0);
                afterQuote = false;
                rows.add(row);
                row = new ArrayList<>();
                i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                line++;
                col = 1;
                fieldLine = line;
                fieldCol = col;
            } else if (afterQuote) {
                throw refused(source, line, col, "(row)", "text after a closing quote; quote the whole field");
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
                i++;
                col++;
            } else if (c == '"') {
                throw refused(source, line, col, "(row)", "a quote inside an unquoted field; quote the field and"
                        + " double the quote");
            } else {
                field.append(c);
                i++;
                col++;
            }
        }
        if (quoted) {
            throw refused(source, fieldLine, fieldCol, "(row)", "a quoted field is never closed");
        }
        if (field.length() > 0 || !row.isEmpty() || afterQuote) {
            row.add(new Cell(field.toString(), fieldLine, fieldCol));
            rows.add(row);
        }
        return rows;
    }
}
