package com.scalelab.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.scalelab.engine.Direction;
import com.scalelab.engine.replay.BarSeries;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bar files of replay contract section 1: each layout and time format read right, each bad file refused by line. */
class BarFilesTest {

    /** A run needing only 2 bars (EVERY_BAR, atrPeriod 2: warm-up 1). */
    static final RunSettings TWO_BARS = run(2, OpenRule.EVERY_BAR, null);

    static RunSettings run(int atrPeriod, OpenRule rule, Integer lookback) {
        return new RunSettings("", "", Direction.LONG, null, 100_000, atrPeriod, 0, rule, lookback, 5, 1, 3,
                StopMode.FIXED, null);
    }

    static BarSeries parse(String text, String name) throws FileRefusedException {
        return BarFiles.parse(text, name, TWO_BARS);
    }

    // --- good files, each layout

    @Test
    void yahooCsvWithHeaderIgnoresAdjCloseAndReadsVolume() throws Exception {
        BarSeries b = parse("""
                Date,Open,High,Low,Close,Adj Close,Volume
                2024-01-02,100,102,99,101,100.5,1000
                2024-01-03,101,103.25,100,102.5,102,0
                """, "y.csv");
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.time()).containsExactly(Instant.parse("2024-01-02T00:00:00Z"), Instant.parse("2024-01-03T00:00:00Z"));
        assertThat(b.open()).containsExactly(100, 101);
        assertThat(b.high()).containsExactly(102, 103.25);
        assertThat(b.low()).containsExactly(99, 100);
        assertThat(b.close()).containsExactly(101, 102.5); // Close, not Adj Close
        assertThat(b.volume()).containsExactly(1000, 0);
        assertThat(b.hasSignal()).isFalse();
    }

    @Test
    void headerNamesAreTrimmedAndCaseInsensitiveInAnyOrderWithSignalAndWithoutVolume() throws Exception {
        BarSeries b = parse("""
                 SIGNAL , close,LOW,High,open,Timestamp
                0.5,101,99,102,100,2024-01-02 14:30
                1,102,100,103,101,2024-01-02 14:31:15
                """, "s.csv");
        assertThat(b.time()).containsExactly(Instant.parse("2024-01-02T14:30:00Z"), Instant.parse("2024-01-02T14:31:15Z"));
        assertThat(b.close()).containsExactly(101, 102);
        assertThat(b.signal()).containsExactly(0.5, 1.0);
        assertThat(b.volume()).containsOnly(Double.NaN); // no volume column
    }

    @Test
    void theFirstTimeColumnOfTheContractsListWinsWhereverItStands() throws Exception {
        // "date" comes before "timestamp" in the contract's list, so the date column is the time.
        BarSeries b = parse("""
                timestamp,date,open,high,low,close
                1,2024-01-02,100,102,99,101
                2,2024-01-03,100,102,99,101
                """, "t.csv");
        assertThat(b.time()[0]).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
    }

    @Test
    void quotedFieldsAndACrlfFileWithAByteOrderMarkAreRead() throws Exception {
        BarSeries b = parse("\uFEFF\"time\",\"open\",\"high\",\"low\",\"close\"\r\n"
                + "\"2024-01-02\",\"100\",\"102\",\"99\",\"101\"\r\n2024-01-03,100,102,99,101\r\n", "q.csv");
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.open()[0]).isEqualTo(100);
    }

    @Test
    void headerlessKlineCsvReadsMillisecondOpenTimesAndIgnoresTheRest() throws Exception {
        // Binance dump: open time, O, H, L, C, volume, close time, quote volume, trades, ...
        BarSeries b = parse("""
                1700000000000,37000.1,37100,36900.5,37050,12.5,1700000059999,462000.1,120,6.1,225000,0
                1700000060000,37050,37060,37000,37010,3.25,1700000119999,120000.2,80,1.5,55000,0
                """, "k.csv");
        // 1700000000 s = 19675 days + 80000 s; day 19675 after 1970-01-01 is 2023-11-14; 80000 s = 22:13:20.
        assertThat(b.time()).containsExactly(Instant.parse("2023-11-14T22:13:20Z"), Instant.parse("2023-11-14T22:14:20Z"));
        assertThat(b.open()).containsExactly(37000.1, 37050);
        assertThat(b.volume()).containsExactly(12.5, 3.25);
        assertThat(b.hasSignal()).isFalse();
    }

    @Test
    void jsonArrayOfArraysReadsNumbersAndNumericStrings() throws Exception {
        BarSeries b = parse("""
                [
                  [1700000000000, 100, 102, 99, 101, 5],
                  [1700000060000, "101", "103.5", "100", "102", "0.25", "ignored", [1, 2]]
                ]
                """, "b.json");
        assertThat(b.time()).containsExactly(Instant.parse("2023-11-14T22:13:20Z"), Instant.parse("2023-11-14T22:14:20Z"));
        assertThat(b.high()).containsExactly(102, 103.5);
        assertThat(b.volume()).containsExactly(5, 0.25);
    }

    // --- time formats

    static Stream<Arguments> times() {
        return Stream.of(
                // 1700000000 s: see the kline test.
                Arguments.of("1700000000", "2023-11-14T22:13:20Z"),
                Arguments.of("1700000000123", "2023-11-14T22:13:20.123Z"),
                Arguments.of("1700000000123456", "2023-11-14T22:13:20.123456Z"),
                // 10^11 - 1 is still seconds: 10^11 s = 1157407 days + 35200 s = 5138-11-16 09:46:40, minus 1 s.
                Arguments.of("99999999999", "5138-11-16T09:46:39Z"),
                // 10^11 is milliseconds: 10^8 s = 1157 days + 35200 s = 1973-03-03 09:46:40.
                Arguments.of("100000000000", "1973-03-03T09:46:40Z"),
                Arguments.of("99999999999999", "5138-11-16T09:46:39.999Z"),
                // 10^14 is microseconds: 10^8 s again.
                Arguments.of("100000000000000", "1973-03-03T09:46:40Z"),
                Arguments.of("0", "1970-01-01T00:00:00Z"),
                Arguments.of("2024-02-29", "2024-02-29T00:00:00Z"),
                Arguments.of("2024-01-02 14:30", "2024-01-02T14:30:00Z"),
                Arguments.of("2024-01-02 14:30:59", "2024-01-02T14:30:59Z"),
                Arguments.of("2024-01-02T14:30:00Z", "2024-01-02T14:30:00Z"),
                // 14:30 at +02:00 is 12:30 UTC; 00:30 at -01:00 is 01:30 UTC; 00:15 at +05:30 is 18:45 the day before.
                Arguments.of("2024-01-02T14:30:00+02:00", "2024-01-02T12:30:00Z"),
                Arguments.of("2024-01-02T00:30:00-01:00", "2024-01-02T01:30:00Z"),
                Arguments.of("2024-01-02T00:15+05:30", "2024-01-01T18:45:00Z"),
                Arguments.of("2024-01-02T14:30:00.250Z", "2024-01-02T14:30:00.250Z"),
                Arguments.of("2024-01-02 14:30:00+00:00", "2024-01-02T14:30:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("times")
    void everyTimeFormatOfTheContractGivesTheRightInstant(String written, String expected) throws Exception {
        BarSeries b = BarFiles.parse("time,open,high,low,close\n" + written + ",100,102,99,101\n", "t.csv");
        assertThat(b.time()[0]).isEqualTo(Instant.parse(expected));
    }

    // --- the catalogue of bad files

    private static final String YAHOO = """
            Date,Open,High,Low,Close,Adj Close,Volume
            2024-01-02,100,102,99,101,101,1000
            2024-01-03,101,103,100,102,102,1100
            2024-01-04,102,104,101,103,103,1200
            """;

    /** YAHOO with its line 3 replaced. Columns of line 3: Date 1, Open 12, High 16, Low 20, Close 24, Volume 32. */
    private static String line3(String row) {
        return YAHOO.replace("2024-01-03,101,103,100,102,102,1100", row);
    }

    private static final String FORMATS = "an ISO-8601 time with an offset (2024-01-02T14:30:00Z), a date "
            + "(2024-01-02), a UTC date and time (2024-01-02 14:30 or 2024-01-02 14:30:00) or an integer epoch "
            + "(seconds, milliseconds or microseconds)";

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("Yahoo null row", "b.csv", line3("2024-01-03,null,null,null,null,null,0"),
                        List.of("b.csv:3:12: Open: expected a price (a number above 0); got \"null\"")),
                Arguments.of("thousands separator, quoted", "b.csv", line3("2024-01-03,101,\"1,234.5\",100,102,102,1100"),
                        List.of("b.csv:3:16: High: expected a price (a number above 0) (write numbers with a dot for "
                                + "decimals and no thousands separator, e.g. 1234.5); got \"1,234.5\"")),
                Arguments.of("NaN", "b.csv", line3("2024-01-03,101,103,100,NaN,102,1100"),
                        List.of("b.csv:3:24: Close: expected a price (a number above 0) (not a finite number); got \"NaN\"")),
                Arguments.of("empty price", "b.csv", line3("2024-01-03,101,103,,102,102,1100"),
                        List.of("b.csv:3:20: Low: expected a price (a number above 0); got an empty field")),
                Arguments.of("price 0", "b.csv", line3("2024-01-03,101,103,0,102,102,1100"),
                        List.of("b.csv:3:20: Low: a price must be above 0; got 0")),
                Arguments.of("negative price", "b.csv", line3("2024-01-03,-101,103,100,102,102,1100"),
                        List.of("b.csv:3:12: Open: a price must be above 0; got -101")),
                Arguments.of("overflowing price", "b.csv", line3("2024-01-03,101,1e400,100,102,102,1100"),
                        List.of("b.csv:3:16: High: the number 1e400 is out of range (too large to be a finite number)")),
                Arguments.of("high below close", "b.csv", line3("2024-01-03,101,101.5,100,102,102,1100"),
                        List.of("b.csv:3:16: High: the high 101.5 is below the bar's close 102; a high must be at or "
                                + "above both open and close")),
                Arguments.of("low above open", "b.csv", line3("2024-01-03,101,103,101.5,102,102,1100"),
                        List.of("b.csv:3:20: Low: the low 101.5 is above the bar's open 101; a low must be at or below "
                                + "both open and close")),
                Arguments.of("negative volume", "b.csv", line3("2024-01-03,101,103,100,102,102,-5"),
                        List.of("b.csv:3:32: Volume: a volume cannot be negative; got -5")),
                Arguments.of("duplicate time", "b.csv", line3("2024-01-02,101,103,100,102,102,1100"),
                        List.of("b.csv:3:1: Date: the time 2024-01-02T00:00:00Z is the same as the bar before (line 2, "
                                + "2024-01-02T00:00:00Z); times must strictly increase, oldest bar first")),
                Arguments.of("earlier time", "b.csv", line3("2024-01-01,101,103,100,102,102,1100"),
                        List.of("b.csv:3:1: Date: the time 2024-01-01T00:00:00Z is earlier than the bar before (line 2, "
                                + "2024-01-02T00:00:00Z); times must strictly increase, oldest bar first")),
                Arguments.of("unreadable date", "b.csv", line3("01/03/2024,101,103,100,102,102,1100"),
                        List.of("b.csv:3:1: Date: cannot read the time \"01/03/2024\"; expected " + FORMATS)),
                Arguments.of("no such date", "b.csv", line3("2024-02-30,101,103,100,102,102,1100"),
                        List.of("b.csv:3:1: Date: cannot read the time \"2024-02-30\" (no such date or time); expected "
                                + FORMATS)),
                Arguments.of("T without an offset", "b.csv", line3("2024-01-03T10:00,101,103,100,102,102,1100"),
                        List.of("b.csv:3:1: Date: cannot read the time \"2024-01-03T10:00\" (it has a 'T' but no offset:"
                                + " add Z for UTC, e.g. \"2024-01-03T10:00Z\"); expected " + FORMATS)),
                Arguments.of("ragged row", "b.csv", line3("2024-01-03,101,103,100,102,102"),
                        List.of("b.csv:3:1: (row): has 6 fields; the header has 7: every row needs one field per column"
                                + " (RFC 4180)")),
                Arguments.of("two bad rows, both listed", "b.csv", line3("2024-01-03,101,103,100,102,102,-5")
                                .replace("2024-01-04,102,104", "2024-01-04,102,99"),
                        List.of("b.csv:3:32: Volume: a volume cannot be negative; got -5",
                                "b.csv:4:16: High: the high 99 is below the bar's close 103; a high must be at or above"
                                        + " both open and close")),
                Arguments.of("signal 1.2", "s.csv", "time,open,high,low,close,signal\n"
                                + "2024-01-02,100,102,99,101,0.5\n2024-01-03,100,102,99,101,1.2\n",
                        List.of("s.csv:3:27: signal: a signal quality must be from 0 to 1; got 1.2")),
                Arguments.of("empty file", "e.csv", "",
                        List.of("e.csv:1:1: (file): the file is empty; expected bars, one a row, oldest first")),
                Arguments.of("blank file", "e.csv", "\n  \n",
                        List.of("e.csv:1:1: (file): the file is empty; expected bars, one a row, oldest first")),
                Arguments.of("header only", "h.csv", "time,open,high,low,close\n",
                        List.of("h.csv: (file): has no bars; fewer bars than the run's warm-up needs: at least 2 (the "
                                + "run's warm-up is atrPeriod - 1 = 1 bar, and it needs one more bar to act on)")),
                Arguments.of("header without a time column", "h.csv", "Day,Open,High,Low,Close\n2024-01-02,1,1,1,1\n",
                        List.of("h.csv:1:1: (header): no time column; expected one of time, date, datetime, timestamp, "
                                + "open_time, open time (or a headerless kline file starting with an integer epoch)")),
                Arguments.of("semicolons", "h.csv", "Date;Open;High;Low;Close\n2024-01-02;1;1;1;1\n",
                        List.of("h.csv:1:1: (header): no time column (the fields look separated by ';': a bar file is "
                                + "comma-separated); expected one of time, date, datetime, timestamp, open_time, open time"
                                + " (or a headerless kline file starting with an integer epoch)",
                                "h.csv:1:1: (header): no open, high, low, close columns; a bar file needs open, high, low"
                                        + " and close")),
                Arguments.of("header without close", "h.csv", "time,open,high,low,Adj Close\n2024-01-02,1,1,1,1\n",
                        List.of("h.csv:1:1: (header): no close column; a bar file needs open, high, low and close")),
                Arguments.of("kline row too short", "k.csv", "1700000000000,1,2,1,1.5,3\n1700000060000,1,2,1,1.5\n",
                        List.of("k.csv:2:1: (row): has 5 fields; a headerless kline row needs at least 6: open time "
                                + "(integer epoch), open, high, low, close, volume")),
                Arguments.of("kline time not an integer later on", "k.csv",
                        "1700000000000,1,2,1,1.5,3\n17000000x0000,1,2,1,1.5,3\n",
                        List.of("k.csv:2:1: time: cannot read the time \"17000000x0000\"; expected " + FORMATS)),
                Arguments.of("JSON null price", "b.json", "[[1700000000, 1, 2, 1, 1.5, 3],\n [1700000060, null, 2, 1, 1.5, 3]]",
                        List.of("b.json:2:15: [1][1]: expected a price (a number above 0); got null")),
                Arguments.of("JSON short bar", "b.json", "[[1700000000, 1, 2, 1, 1.5, 3],\n [1700000060, 1, 2, 1]]",
                        List.of("b.json:2:2: [1]: has 4 values; a bar needs at least 6: [time, open, high, low, close, volume]")),
                Arguments.of("JSON fractional epoch", "b.json", "[[1700000000.5, 1, 2, 1, 1.5, 3], [1700000060, 1, 2, 1, 1.5, 3]]",
                        List.of("b.json:1:3: [0][0]: cannot read the time 1700000000.5; expected " + FORMATS)),
                Arguments.of("JSON NaN", "b.json", "[[1700000000, 1, 2, 1, NaN, 3]]",
                        List.of("b.json:1:27: (file): NaN and Infinity are not numbers in JSON; write a finite number")),
                Arguments.of("JSON object", "b.json", "{\"bars\": []}",
                        List.of("b.json:1:1: (root): this is a JSON object; a bar file in JSON is an array of arrays "
                                + "[[time, open, high, low, close, volume], ...]")),
                Arguments.of("unclosed quote", "b.csv", line3("2024-01-03,\"101,103,100,102,102,1100"),
                        List.of("b.csv:3:1: (row): a quoted field in this row is never closed (a '\"' is missing)")),
                Arguments.of("JSON bar that is an object, price that is an array", "b.json",
                        "[[1700000000, 1, 2, 1, 1.5, 3], {\"a\":1}, [1700000060, [1], 2, 1, 1.5, 3]]",
                        // "[[1700000000, 1, 2, 1, 1.5, 3], " is 32 characters; the second row's "[1]" is 22 further on.
                        List.of("b.json:1:33: [1]: expected a bar [time, open, high, low, close, volume]; got an object",
                                "b.json:1:55: [2][1]: expected a price (a number above 0); got an array")),
                Arguments.of("JSON trailing garbage", "b.json", "[[1700000000, 1, 2, 1, 1.5, 3]] x",
                        List.of("b.json:1:34: (file): malformed JSON: Unrecognized token 'x': was expecting a value")),
                Arguments.of("JSON truncated", "b.json", "[[1700000000, 1, 2, 1, 1.5, 3],",
                        List.of("b.json:1:32: (file): the file ends too early: a closing ']' is missing")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badBarFilesAreRefusedWithFileLineColumnAndField(String label, String name, String text, List<String> expected) {
        assertThatThrownBy(() -> parse(text, name))
                .isInstanceOfSatisfying(FileRefusedException.class, e ->
                        assertThat(e.problems()).map(FileProblem::toString).containsExactlyElementsOf(expected));
    }

    @Test
    void tooFewBarsForTheWarmUpNamesTheFileAndTheWarmUp() {
        // BREAKOUT with atrPeriod 14 and lookback 20: w = max(13, 20) = 20, so 21 bars are needed; the file has 3.
        assertThatThrownBy(() -> BarFiles.parse(YAHOO, "dax.csv", run(14, OpenRule.BREAKOUT, 20)))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> assertThat(e.getMessage()).isEqualTo(
                        "dax.csv: (file): has 3 bars; fewer bars than the run's warm-up needs: at least 21 (the run's "
                                + "warm-up is max(atrPeriod - 1, lookback) = max(13, 20) = 20 bars, and it needs one "
                                + "more bar to act on)"));
    }

    @Test
    void aFileBrokenOnEveryRowListsTheFirstProblemsOnly() {
        StringBuilder b = new StringBuilder("time,open,high,low,close\n");
        for (int i = 0; i < 1000; i++) {
            b.append(i).append(",null,1,1,1\n");
        }
        assertThatThrownBy(() -> parse(b.toString(), "n.csv"))
                .isInstanceOfSatisfying(FileRefusedException.class, e -> {
                    assertThat(e.problems()).hasSize(BarFiles.MAX_PROBLEMS + 1);
                    assertThat(e.problems().get(BarFiles.MAX_PROBLEMS).toString()).isEqualTo("n.csv: (file): more "
                            + "problems follow; listed are the first 20, fix these and load the file again");
                });
    }

    // --- from disk

    @TempDir
    Path dir;

    @Test
    void loadsFromDiskAndRefusesMissingAndNonUtf8Files() throws Exception {
        Path good = dir.resolve("good.csv");
        Files.writeString(good, YAHOO);
        assertThat(BarFiles.load(good, TWO_BARS).size()).isEqualTo(3);

        Path missing = dir.resolve("missing.csv");
        assertThatThrownBy(() -> BarFiles.load(missing, TWO_BARS)).hasMessage(missing + ": (file): no such file");

        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, (YAHOO + "2024-01-05,1,1,1,1,1,1 \u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BarFiles.load(latin1, TWO_BARS))
                .hasMessage(latin1 + ": (file): is not UTF-8 text; save it as UTF-8 (or plain ASCII)");

        assertThatThrownBy(() -> BarFiles.load(dir, TWO_BARS)).hasMessage(dir + ": (file): is a directory, not a bar file");
    }
}
