package com.scalelab.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.RunSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Bar files (replay contract section 1): CSV with a header, headerless kline CSV or a JSON array of
 * arrays, told from the content. Rows are streamed (a million-bar file is never held as text) into
 * the columns of a {@link BarSeries}. Every refusal names file, line, column and field; up to
 * {@value #MAX_PROBLEMS} problems are listed so a user fixes a file in a few passes, not hundreds.
 */
public final class BarFiles {
    /** Problems listed before reading stops: a file broken on every row needs one message, not a million. */
    public static final int MAX_PROBLEMS = 20;

    /** The time column names of the contract, in the order they are preferred. */
    static final List<String> TIME_COLUMNS = List.of("time", "date", "datetime", "timestamp", "open_time", "open time");

    private static final String TIME_FORMATS = "an ISO-8601 time with an offset (2024-01-02T14:30:00Z), a date "
            + "(2024-01-02), a UTC date and time (2024-01-02 14:30 or 2024-01-02 14:30:00) or an integer epoch "
            + "(seconds, milliseconds or microseconds)";

    private static final CsvFactory CSV = CsvFactory.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16).maxNumberLength(100).build())
            .build();

    // Roles of a row's fields, in the order they are checked.
    private static final int TIME = 0;
    private static final int OPEN = 1;
    private static final int HIGH = 2;
    private static final int LOW = 3;
    private static final int CLOSE = 4;
    private static final int VOLUME = 5;
    private static final int SIGNAL = 6;
    private static final int ROLES = 7;
    private static final String[] ROLE_NAMES = {"time", "open", "high", "low", "close", "volume", "signal"};

    private BarFiles() {
    }

    /** Loads a bar file with at least one bar. */
    public static BarSeries load(Path file) throws FileRefusedException {
        return load(file, 1, null);
    }

    /** Loads a bar file for a run: refused when it has fewer bars than the run's warm-up needs (w + 1). */
    public static BarSeries load(Path file, RunSettings run) throws FileRefusedException {
        return load(file, run.minimumBars(), warmUpReason(run));
    }

    /** Reads bar-file text (tests, pasted data) under the same rules as {@link #load(Path, RunSettings)}. */
    public static BarSeries parse(String text, String sourceName, RunSettings run) throws FileRefusedException {
        try {
            return read(new BufferedReader(new StringReader(text)), sourceName, run.minimumBars(), warmUpReason(run));
        } catch (IOException e) {
            throw refused(sourceName, "cannot be read: " + e.getMessage());
        }
    }

    public static BarSeries parse(String text, String sourceName) throws FileRefusedException {
        try {
            return read(new BufferedReader(new StringReader(text)), sourceName, 1, null);
        } catch (IOException e) {
            throw refused(sourceName, "cannot be read: " + e.getMessage());
        }
    }

    private static BarSeries load(Path file, int minimumBars, String why) throws FileRefusedException {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw refused(name, "is a directory, not a bar file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder),
                1 << 16)) {
            return read(in, name, minimumBars, why);
        } catch (CharacterCodingException e) {
            throw refused(name, "is not UTF-8 text; save it as UTF-8 (or plain ASCII)");
        } catch (NoSuchFileException e) {
            throw refused(name, "no such file");
        } catch (AccessDeniedException e) {
            throw refused(name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw refused(name, "cannot be read: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        }
    }

    private static String warmUpReason(RunSettings run) {
        int w = run.warmUp();
        String formula = run.openRule() == OpenRule.EVERY_BAR || run.lookback() == null
                ? "atrPeriod - 1 = " + w
                : "max(atrPeriod - 1, lookback) = max(" + (run.atrPeriod() - 1) + ", " + run.lookback() + ") = " + w;
        return "the run's warm-up is " + formula + (w == 1 ? " bar" : " bars") + ", and it needs one more bar to act on";
    }

    private static FileRefusedException refused(String file, String message) {
        return new FileRefusedException(new FileProblem(file, 0, 0, "(file)", message));
    }

    /** Tells the layout from the first character that is not blank: '[' is JSON, anything else CSV. */
    private static BarSeries read(BufferedReader in, String source, int minimumBars, String why)
            throws IOException, FileRefusedException {
        in.mark(2);
        if (in.read() != '\uFEFF') { // a byte-order mark left by spreadsheet exports
            in.reset();
        }
        in.mark(8192);
        int c;
        int seen = 0;
        do {
            c = in.read();
            seen++;
        } while (c != -1 && Character.isWhitespace(c) && seen < 8000);
        in.reset();
        if (c == -1) {
            throw new FileRefusedException(new FileProblem(source, 1, 1, "(file)",
                    "the file is empty; expected bars, one a row, oldest first"));
        }
        Bars bars = new Bars(source);
        if (c == '[') {
            readJson(in, bars);
        } else if (c == '{') {
            throw new FileRefusedException(new FileProblem(source, 1, 1, "(root)", "this is a JSON object; a bar file "
                    + "in JSON is an array of arrays [[time, open, high, low, close, volume], ...]"));
        } else {
            readCsv(in, bars);
        }
        return bars.finish(minimumBars, why);
    }

    // --- CSV (both layouts)

    private static void readCsv(Reader in, Bars bars) throws IOException, FileRefusedException {
        List<String> fields = new ArrayList<>();
        List<JsonLocation> at = new ArrayList<>();
        try (CsvParser p = CSV.createParser(in)) {
            try {
                readCsvRows(p, bars, fields, at);
            } catch (JsonProcessingException e) {
                String message = firstLine(e.getOriginalMessage());
                JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                if (message.startsWith("Missing closing quote") && !at.isEmpty()) {
                    // Jackson notices at the end of the file; the user needs the row where the quote opened.
                    where = at.get(0);
                    message = "a quoted field in this row is never closed (a '\"' is missing)";
                } else {
                    message = "malformed CSV: " + message;
                }
                bars.add(new FileProblem(bars.source, JsonDocument.line(where), JsonDocument.column(where), "(row)",
                        message));
                bars.stop();
            }
        }
    }

    private static void readCsvRows(CsvParser p, Bars bars, List<String> fields, List<JsonLocation> at)
            throws IOException, FileRefusedException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            return;
        }
        int[] roleColumn = null; // header layout: the field index of each role, -1 when absent
        String[] labels = ROLE_NAMES;
        int width = 0; // header layout: fields every row must have
        boolean first = true;
        while (!bars.stopped() && readCsvRow(p, fields, at)) {
            if (first) {
                first = false;
                if (!isInteger(fields.get(0).trim())) {
                    Header h = header(fields, at, bars.source);
                    roleColumn = h.roleColumn;
                    labels = h.labels;
                    width = fields.size();
                    bars.signalColumn = roleColumn[SIGNAL] >= 0;
                    bars.volumeColumn = roleColumn[VOLUME] >= 0;
                    continue;
                }
                bars.signalColumn = false;
                bars.volumeColumn = true;
            }
            int line = JsonDocument.line(at.get(0));
            Row row = bars.row;
            row.reset(line);
            if (roleColumn != null) {
                if (fields.size() != width) {
                    bars.add(new FileProblem(bars.source, line, 1, "(row)", "has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s") + "; the header has " + width
                            + ": every row needs one field per column (RFC 4180)"));
                    continue;
                }
                for (int r = 0; r < ROLES; r++) {
                    int i = roleColumn[r];
                    if (i >= 0) {
                        row.set(r, fields.get(i), at.get(i), labels[r], true);
                    }
                }
            } else {
                if (fields.size() < 6) {
                    bars.add(new FileProblem(bars.source, line, 1, "(row)", "has " + fields.size() + " field"
                            + (fields.size() == 1 ? "" : "s") + "; a headerless kline row needs at least 6: "
                            + "open time (integer epoch), open, high, low, close, volume"));
                    continue;
                }
                for (int r = TIME; r <= VOLUME; r++) {
                    row.set(r, fields.get(r), at.get(r), ROLE_NAMES[r], true);
                }
            }
            bars.take(row);
        }
    }

    /** Reads one row's fields; false at the end of the file. */
    private static boolean readCsvRow(CsvParser p, List<String> fields, List<JsonLocation> at) throws IOException {
        fields.clear();
        at.clear();
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_ARRAY) {
            return false;
        }
        while ((t = p.nextToken()) == JsonToken.VALUE_STRING) {
            fields.add(p.getText());
            at.add(p.currentTokenLocation());
        }
        return !fields.isEmpty();
    }

    private record Header(int[] roleColumn, String[] labels) {
    }

    private static Header header(List<String> names, List<JsonLocation> at, String source) throws FileRefusedException {
        int[] role = new int[ROLES];
        Arrays.fill(role, -1);
        String[] labels = ROLE_NAMES.clone();
        List<FileProblem> problems = new ArrayList<>();
        int timeRank = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            String written = names.get(i).trim();
            String key = written.toLowerCase(Locale.ROOT);
            int r = -1;
            int rank = TIME_COLUMNS.indexOf(key);
            if (rank >= 0) {
                if (rank < timeRank) { // the first of the contract's list wins, wherever it stands
                    timeRank = rank;
                    role[TIME] = i;
                    labels[TIME] = written;
                }
                continue;
            }
            for (int k = OPEN; k < ROLES; k++) {
                if (ROLE_NAMES[k].equals(key)) {
                    r = k;
                }
            }
            if (r < 0) {
                continue; // Adj Close, trades, ...: ignored
            }
            if (role[r] >= 0) {
                problems.add(new FileProblem(source, JsonDocument.line(at.get(i)), JsonDocument.column(at.get(i)),
                        written, "the column '" + ROLE_NAMES[r] + "' appears twice in the header; keep one"));
                continue;
            }
            role[r] = i;
            labels[r] = written;
        }
        int line = JsonDocument.line(at.get(0));
        if (role[TIME] < 0) {
            String hint = String.join(",", names).contains(";")
                    ? " (the fields look separated by ';': a bar file is comma-separated)" : "";
            problems.add(new FileProblem(source, line, 1, "(header)", "no time column" + hint + "; expected one of "
                    + String.join(", ", TIME_COLUMNS) + " (or a headerless kline file starting with an integer epoch)"));
        }
        List<String> missing = new ArrayList<>();
        for (int k = OPEN; k <= CLOSE; k++) {
            if (role[k] < 0) {
                missing.add(ROLE_NAMES[k]);
            }
        }
        if (!missing.isEmpty()) {
            problems.add(new FileProblem(source, line, 1, "(header)", "no " + String.join(", ", missing)
                    + " column" + (missing.size() == 1 ? "" : "s") + "; a bar file needs open, high, low and close"));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new Header(role, labels);
    }

    // --- JSON array of arrays

    private static void readJson(Reader in, Bars bars) throws IOException, FileRefusedException {
        try (JsonParser p = JSON.createParser(in)) {
            try {
                readJsonRows(p, bars);
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
                String message = firstLine(e.getOriginalMessage());
                bars.add(new FileProblem(bars.source, JsonDocument.line(at), JsonDocument.column(at), "(file)",
                        message.startsWith("Non-standard token")
                                ? "NaN and Infinity are not numbers in JSON; write a finite number"
                                : message.startsWith("Unexpected end-of-input")
                                        ? "the file ends too early: a closing ']' is missing"
                                        : "malformed JSON: " + message.replace("(JSON String, Number, Array, "
                                                + "Object or token 'null', 'true' or 'false')", "a value")));
                bars.stop();
            }
        }
    }

    private static void readJsonRows(JsonParser p, Bars bars) throws IOException, FileRefusedException {
        p.nextToken(); // the '[' seen by read()
        bars.signalColumn = false;
        bars.volumeColumn = true;
        int t = 0;
        JsonToken token;
        while (!bars.stopped() && (token = p.nextToken()) != JsonToken.END_ARRAY) {
            JsonLocation rowAt = p.currentTokenLocation();
            String rowPath = "[" + t + "]";
            Row row = bars.row;
            row.reset(JsonDocument.line(rowAt));
            if (token != JsonToken.START_ARRAY) {
                bars.add(new FileProblem(bars.source, JsonDocument.line(rowAt), JsonDocument.column(rowAt), rowPath,
                        "expected a bar [time, open, high, low, close, volume]; got " + JsonDocument.describe(token)));
                p.skipChildren();
                t++;
                continue;
            }
            int i = 0;
            while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
                if (i <= VOLUME) {
                    String path = rowPath + "[" + i + "]";
                    if (token == JsonToken.START_ARRAY || token == JsonToken.START_OBJECT) {
                        row.set(i, JsonDocument.describe(token), p.currentTokenLocation(), path, false);
                        row.malformed[i] = true;
                    } else {
                        row.set(i, p.getText(), p.currentTokenLocation(), path, token == JsonToken.VALUE_STRING);
                    }
                }
                p.skipChildren();
                i++;
            }
            if (i < 6) {
                bars.add(new FileProblem(bars.source, JsonDocument.line(rowAt), JsonDocument.column(rowAt), rowPath,
                        "has " + i + " value" + (i == 1 ? "" : "s") + "; a bar needs at least 6: "
                                + "[time, open, high, low, close, volume]"));
            } else {
                bars.take(row);
            }
            t++;
        }
        if (!bars.stopped() && p.nextToken() != null) {
            JsonLocation at = p.currentTokenLocation();
            bars.add(new FileProblem(bars.source, JsonDocument.line(at), JsonDocument.column(at), "(root)",
                    "unexpected content after the end of the array; a file holds one array of bars"));
        }
    }

    // --- one row, whatever the layout

    /** The texts of one row's fields by role, with where each was written. */
    private static final class Row {
        final String[] text = new String[ROLES];
        final JsonLocation[] at = new JsonLocation[ROLES];
        final String[] path = new String[ROLES];
        final boolean[] quoted = new boolean[ROLES];
        final boolean[] malformed = new boolean[ROLES];
        int line;

        void reset(int line) {
            this.line = line;
            Arrays.fill(text, null);
            Arrays.fill(malformed, false);
        }

        void set(int role, String value, JsonLocation where, String label, boolean isText) {
            text[role] = value;
            at[role] = where;
            path[role] = label;
            quoted[role] = isText;
        }

        /** The value as written, without quotes, for messages about its size. */
        String raw(int role) {
            String v = text[role].trim();
            return v.length() > 40 ? v.substring(0, 40) + "..." : v;
        }

        String got(int role) {
            String v = text[role];
            if (malformed[role]) {
                return v;
            }
            if (v.trim().isEmpty()) {
                return "an empty field";
            }
            String shown = v.length() > 40 ? v.substring(0, 40) + "..." : v;
            return quoted[role] ? "\"" + shown + "\"" : shown;
        }
    }

    /** The columns being filled, the problems found, and the time of the bar before. */
    private static final class Bars {
        final String source;
        final Row row = new Row();
        final List<FileProblem> problems = new ArrayList<>();
        boolean signalColumn;
        boolean volumeColumn;
        private boolean stopped;

        int n;
        Instant[] time = new Instant[1024];
        double[] open = new double[1024];
        double[] high = new double[1024];
        double[] low = new double[1024];
        double[] close = new double[1024];
        double[] volume = new double[1024];
        double[] signal = new double[1024];
        Instant lastTime;
        int lastLine;

        Bars(String source) {
            this.source = source;
        }

        boolean stopped() {
            return stopped;
        }

        void stop() {
            stopped = true;
        }

        void add(FileProblem p) {
            if (problems.size() == MAX_PROBLEMS) {
                problems.add(new FileProblem(source, 0, 0, "(file)", "more problems follow; listed are the first "
                        + MAX_PROBLEMS + ", fix these and load the file again"));
                stopped = true;
                return;
            }
            if (!stopped) {
                problems.add(p);
            }
        }

        private void problem(Row r, int role, String message) {
            add(new FileProblem(source, JsonDocument.line(r.at[role]), JsonDocument.column(r.at[role]), r.path[role],
                    message));
        }

        /** Checks a row and keeps it as a bar; one problem per row at most (the first found). */
        void take(Row r) {
            Instant t = time(r);
            if (t == null) {
                return;
            }
            double o = price(r, OPEN);
            if (Double.isNaN(o)) {
                return;
            }
            double h = price(r, HIGH);
            if (Double.isNaN(h)) {
                return;
            }
            double l = price(r, LOW);
            if (Double.isNaN(l)) {
                return;
            }
            double c = price(r, CLOSE);
            if (Double.isNaN(c)) {
                return;
            }
            double v = Double.NaN;
            if (volumeColumn) {
                v = number(r, VOLUME, "a volume (a number at or above 0)");
                if (Double.isNaN(v)) {
                    return;
                }
                if (v < 0) {
                    problem(r, VOLUME, "a volume cannot be negative; got " + r.raw(VOLUME));
                    return;
                }
            }
            double s = Double.NaN;
            if (signalColumn) {
                s = number(r, SIGNAL, "a signal quality (a number from 0 to 1)");
                if (Double.isNaN(s)) {
                    return;
                }
                if (s < 0 || s > 1) {
                    problem(r, SIGNAL, "a signal quality must be from 0 to 1; got " + r.raw(SIGNAL));
                    return;
                }
            }
            if (h < Math.max(o, c)) {
                problem(r, HIGH, "the high " + r.raw(HIGH) + " is below the bar's " + (o > c ? "open " + r.raw(OPEN)
                        : "close " + r.raw(CLOSE)) + "; a high must be at or above both open and close");
                return;
            }
            if (l > Math.min(o, c)) {
                problem(r, LOW, "the low " + r.raw(LOW) + " is above the bar's " + (o < c ? "open " + r.raw(OPEN)
                        : "close " + r.raw(CLOSE)) + "; a low must be at or below both open and close");
                return;
            }
            if (lastTime != null && !t.isAfter(lastTime)) {
                problem(r, TIME, "the time " + t + (t.equals(lastTime) ? " is the same as" : " is earlier than")
                        + " the bar before (line " + lastLine + ", " + lastTime + "); times must strictly increase,"
                        + " oldest bar first");
                return;
            }
            lastTime = t;
            lastLine = r.line;
            if (!problems.isEmpty()) {
                return; // the file is refused anyway; keep checking, stop storing
            }
            if (n == time.length) {
                grow();
            }
            time[n] = t;
            open[n] = o;
            high[n] = h;
            low[n] = l;
            close[n] = c;
            volume[n] = v;
            signal[n] = s;
            n++;
        }

        private Instant time(Row r) {
            if (r.malformed[TIME]) {
                problem(r, TIME, "expected a time: " + TIME_FORMATS + "; got " + r.got(TIME));
                return null;
            }
            try {
                return BarTimes.read(r.text[TIME].trim());
            } catch (BarTimes.Unreadable e) {
                problem(r, TIME, "cannot read the time " + r.got(TIME) + e.why + "; expected " + TIME_FORMATS);
                return null;
            }
        }

        private double price(Row r, int role) {
            double d = number(r, role, "a price (a number above 0)");
            if (!Double.isNaN(d) && d <= 0) {
                problem(r, role, "a price must be above 0; got " + r.raw(role));
                return Double.NaN;
            }
            return d;
        }

        /** The field as a finite number; NaN (and a problem) when it is not one. */
        private double number(Row r, int role, String expected) {
            String text = r.text[role];
            if (text == null || r.malformed[role]) {
                problem(r, role, "expected " + expected + "; got " + (text == null ? "nothing" : r.got(role)));
                return Double.NaN;
            }
            String s = text.trim();
            if (!isPlainNumber(s)) {
                String how = s.indexOf(',') >= 0 ? " (write numbers with a dot for decimals and no thousands "
                        + "separator, e.g. 1234.5)" : "";
                String notFinite = s.equalsIgnoreCase("nan") || s.toLowerCase(Locale.ROOT).contains("inf")
                        ? " (not a finite number)" : "";
                problem(r, role, "expected " + expected + how + notFinite + "; got " + r.got(role));
                return Double.NaN;
            }
            double d = Double.parseDouble(s);
            if (!Double.isFinite(d)) {
                problem(r, role, "the number " + s + " is out of range (too large to be a finite number)");
                return Double.NaN;
            }
            return d;
        }

        private void grow() {
            int size = time.length * 2;
            time = Arrays.copyOf(time, size);
            open = Arrays.copyOf(open, size);
            high = Arrays.copyOf(high, size);
            low = Arrays.copyOf(low, size);
            close = Arrays.copyOf(close, size);
            volume = Arrays.copyOf(volume, size);
            signal = Arrays.copyOf(signal, size);
        }

        BarSeries finish(int minimumBars, String why) throws FileRefusedException {
            if (!problems.isEmpty()) {
                throw new FileRefusedException(problems);
            }
            if (n < minimumBars) {
                String has = n == 0 ? "has no bars" : "has " + n + " bar" + (n == 1 ? "" : "s");
                throw refused(source, has + "; " + (why == null ? "at least " + minimumBars + " needed"
                        : "fewer bars than the run's warm-up needs: at least " + minimumBars + " (" + why + ")"));
            }
            return new BarSeries(Arrays.copyOf(time, n), Arrays.copyOf(open, n), Arrays.copyOf(high, n),
                    Arrays.copyOf(low, n), Arrays.copyOf(close, n), Arrays.copyOf(volume, n),
                    signalColumn ? Arrays.copyOf(signal, n) : null);
        }
    }

    /** Digits with an optional sign, dot and exponent; no NaN, Infinity, hex, thousands separators or suffixes. */
    static boolean isPlainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
            i++;
        }
        int digits = 0;
        while (i < n && isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '-' || s.charAt(i) == '+')) {
                i++;
            }
            int exp = 0;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    static boolean isInteger(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        if (i == s.length()) {
            return false;
        }
        for (; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String out = nl < 0 ? s : s.substring(0, nl);
        int src = out.indexOf(" at [Source");
        return (src < 0 ? out : out.substring(0, src)).trim();
    }

    /**
     * The time formats of section 1, read by hand: a million {@code DateTimeFormatter} parses would
     * take longer than the whole rest of the load.
     */
    static final class BarTimes {
        private BarTimes() {
        }

        /** Why a time could not be read (may be empty); thrown only for bad rows, so it carries no stack. */
        static final class Unreadable extends Exception {
            private static final long serialVersionUID = 1L;
            final String why;

            Unreadable(String why) {
                super(null, null, false, false);
                this.why = why;
            }
        }

        /** A 'T' time without an offset: local time of an unknown place, so refused. */
        private static final class NoOffset extends RuntimeException {
            private static final long serialVersionUID = 1L;

            NoOffset() {
                super(null, null, false, false);
            }
        }

        /** The instant of one of the section 1 time formats. */
        static Instant read(String s) throws Unreadable {
            if (isInteger(s)) {
                if (s.length() > 18) {
                    throw new Unreadable(" (too large for an epoch)");
                }
                long v = Long.parseLong(s);
                if (v < 100_000_000_000L) {
                    return Instant.ofEpochSecond(v); // seconds below 10^11
                }
                if (v < 100_000_000_000_000L) {
                    return Instant.ofEpochMilli(v); // milliseconds below 10^14
                }
                return Instant.ofEpochSecond(Math.floorDiv(v, 1_000_000L), Math.floorMod(v, 1_000_000L) * 1000L);
            }
            try {
                Instant t = parseText(s);
                if (t == null) {
                    throw new Unreadable("");
                }
                return t;
            } catch (NoOffset e) {
                throw new Unreadable(" (it has a 'T' but no offset: add Z for UTC, e.g. \"" + s + "Z\")");
            } catch (DateTimeException e) {
                throw new Unreadable(" (no such date or time)");
            }
        }

        /**
         * YYYY-MM-DD, then optionally 'T' or ' ' and HH:MM[:SS[.fraction]], then (required after 'T',
         * allowed after ' ') Z or an offset +HH:MM / +HHMM / +HH. Null when the shape is wrong.
         */
        private static Instant parseText(String s) {
            int n = s.length();
            if (n < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return null;
            }
            int year = digits(s, 0, 4);
            int month = digits(s, 5, 2);
            int day = digits(s, 8, 2);
            if (year < 0 || month < 0 || day < 0) {
                return null;
            }
            long epochDay = LocalDate.of(year, month, day).toEpochDay();
            if (n == 10) {
                return Instant.ofEpochSecond(epochDay * 86_400L);
            }
            char sep = s.charAt(10);
            if ((sep != 'T' && sep != 't' && sep != ' ') || n < 16 || s.charAt(13) != ':') {
                return null;
            }
            int hour = digits(s, 11, 2);
            int minute = digits(s, 14, 2);
            if (hour < 0 || minute < 0) {
                return null;
            }
            int i = 16;
            int second = 0;
            long nanos = 0;
            if (i < n && s.charAt(i) == ':') {
                second = i + 3 <= n ? digits(s, i + 1, 2) : -1;
                if (second < 0) {
                    return null;
                }
                i += 3;
                if (i < n && s.charAt(i) == '.') {
                    int start = ++i;
                    while (i < n && isDigit(s.charAt(i))) {
                        i++;
                    }
                    int len = i - start;
                    if (len == 0 || len > 9) {
                        return null;
                    }
                    nanos = Long.parseLong(s.substring(start, i));
                    for (int k = len; k < 9; k++) {
                        nanos *= 10;
                    }
                }
            }
            if (hour > 23 || minute > 59 || second > 59) {
                throw new DateTimeException("time of day out of range");
            }
            int offset;
            if (i == n) {
                if (sep != ' ') {
                    throw new NoOffset();
                }
                offset = 0;
            } else if ((s.charAt(i) == 'Z' || s.charAt(i) == 'z') && i + 1 == n) {
                offset = 0;
            } else if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                int sign = s.charAt(i) == '-' ? -1 : 1;
                String rest = s.substring(i + 1);
                int oh;
                int om = 0;
                if (rest.length() == 2) {
                    oh = digits(rest, 0, 2);
                } else if (rest.length() == 4) {
                    oh = digits(rest, 0, 2);
                    om = digits(rest, 2, 2);
                } else if (rest.length() == 5 && rest.charAt(2) == ':') {
                    oh = digits(rest, 0, 2);
                    om = digits(rest, 3, 2);
                } else {
                    return null;
                }
                if (oh < 0 || om < 0) {
                    return null;
                }
                if (oh > 18 || om > 59) {
                    throw new DateTimeException("offset out of range");
                }
                offset = sign * (oh * 3600 + om * 60);
            } else {
                return null;
            }
            long seconds = epochDay * 86_400L + hour * 3600L + minute * 60L + second - offset;
            return Instant.ofEpochSecond(seconds, nanos);
        }

        /** The number written in s[from, from+len) when all digits, else -1. */
        private static int digits(String s, int from, int len) {
            if (from + len > s.length()) {
                return -1;
            }
            int v = 0;
            for (int k = from; k < from + len; k++) {
                char c = s.charAt(k);
                if (!isDigit(c)) {
                    return -1;
                }
                v = v * 10 + (c - '0');
            }
            return v;
        }
    }
}
