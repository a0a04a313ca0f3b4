package com.scalelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.engine.Direction;
import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.engine.replay.OpenRule;
import com.scalelab.engine.replay.RunSettings;
import com.scalelab.engine.replay.StopMode;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Run files (replay contract section 2): loaded as strictly as policy and scenario files (unknown
 * fields, wrong types, missing required fields, a newer schemaVersion and values out of range are
 * all load errors with file, line:column and field path), saved canonically and atomically.
 */
public final class RunFiles {
    public static final int MAX_ATR_PERIOD = 1000;
    public static final int MAX_LOOKBACK = 1000;
    public static final double MAX_NOTIONAL_PCT = 1000;

    private RunFiles() {
    }

    public static RunFile load(Path file) throws FileRefusedException {
        return loadWithWarnings(file).value();
    }

    /** The run and the warnings of its inline policy. */
    public static Loaded<RunFile> loadWithWarnings(Path file) throws FileRefusedException {
        return read(JsonDocument.readText(file), file.toString(), file.toAbsolutePath().getParent());
    }

    /** Reads run-file text; {@code folder} is where a relative {@code bars} path starts (null: as written). */
    public static Loaded<RunFile> parseWithWarnings(String json, String sourceName, Path folder)
            throws FileRefusedException {
        return read(json, sourceName, folder);
    }

    public static RunFile parse(String json, String sourceName) throws FileRefusedException {
        return read(json, sourceName, null).value();
    }

    private static Loaded<RunFile> read(String json, String source, Path folder) throws FileRefusedException {
        JsonDocument doc = JsonDocument.parse(json, source);
        if (!doc.root.has("open") && !doc.root.has("direction")
                && (doc.root.has("scaling") || doc.root.has("limits"))) {
            throw new FileRefusedException(doc.problemAt("", "this is a policy file (it has 'scaling' or 'limits'), "
                    + "not a run file; give it to replay with --policy, or put it in the run's \"policy\" field"));
        }
        if (doc.root.has("proposed") || doc.root.has("position")) {
            throw new FileRefusedException(doc.problemAt("", "this is a scenario file (it has 'proposed' or "
                    + "'position'), not a run file; give it to evaluate"));
        }
        List<FileProblem> problems = new ArrayList<>();
        List<FileProblem> warnings = new ArrayList<>();
        Fields f = new Fields(doc, doc.root, "", problems);
        PolicyFiles.checkVersion(f, true, "run");
        f.allowOnly("schemaVersion", "name", "symbol", "direction", "bars", "account", "market", "open", "adds",
                "stop", "exit", "policy");
        String name = f.string("name", false, "");
        String symbol = f.string("symbol", false, "");
        Direction direction = f.enumeration("direction", true, Direction.class, null);
        String bars = f.string("bars", false, null);
        Path barsPath = null;
        if (bars != null) {
            if (bars.isBlank()) {
                f.problem("bars", "an empty path; name the bar file, or leave the field out and give --bars");
            } else {
                try {
                    barsPath = folder == null ? Path.of(bars) : folder.resolve(bars);
                } catch (InvalidPathException e) {
                    f.problem("bars", "not a path this system can open: " + e.getReason());
                }
            }
        }

        double equity = Double.NaN;
        Fields account = f.object("account", true);
        if (account != null) {
            account.allowOnly("equity");
            equity = account.number("equity", true);
        }

        long atrPeriod = RunSettings.DEFAULT_ATR_PERIOD;
        double spreadBps = RunSettings.DEFAULT_SPREAD_BPS;
        Fields market = f.object("market", false);
        if (market != null) {
            market.allowOnly("atrPeriod", "spreadBps");
            Long n = market.whole("atrPeriod", false, Long.MIN_VALUE, Long.MAX_VALUE);
            if (n != null && (n < 1 || n > MAX_ATR_PERIOD)) {
                market.problem("atrPeriod", "must be a whole number from 1 to " + MAX_ATR_PERIOD
                        + " (bars in the ATR); got " + n);
            }
            atrPeriod = n == null ? (market.has("atrPeriod") ? 1 : RunSettings.DEFAULT_ATR_PERIOD) : n;
            spreadBps = market.number("spreadBps", RunSettings.DEFAULT_SPREAD_BPS);
        }

        OpenRule rule = null;
        Long lookback = null;
        double notionalPct = Double.NaN;
        Fields open = f.object("open", true);
        if (open != null) {
            open.allowOnly("rule", "lookback", "notionalPct");
            rule = open.enumeration("rule", true, OpenRule.class, null);
            if (rule == OpenRule.EVERY_BAR && open.has("lookback")) {
                problems.add(doc.problemAtName(open.pathOf("lookback"), "EVERY_BAR opens at every bar close and "
                        + "looks back at no bars; leave 'lookback' out (it is for BREAKOUT and PULLBACK)"));
            } else if (rule != null && rule != OpenRule.EVERY_BAR && !open.has("lookback")) {
                problems.add(doc.problemAt(open.path, "missing required field 'lookback' (a whole number from 1 to "
                        + MAX_LOOKBACK + "): " + rule + " compares the close with the previous lookback bars")
                        .withPath(open.pathOf("lookback")));
            } else if (rule != null && rule != OpenRule.EVERY_BAR) {
                lookback = open.whole("lookback", true, Long.MIN_VALUE, Long.MAX_VALUE);
                if (lookback != null && (lookback < 1 || lookback > MAX_LOOKBACK)) {
                    open.problem("lookback", "must be a whole number from 1 to " + MAX_LOOKBACK + " (bars before the "
                            + "close that " + rule + " compares with); got " + lookback);
                }
            }
            notionalPct = open.number("notionalPct", true);
        }

        double signalQuality = RunSettings.DEFAULT_SIGNAL_QUALITY;
        Fields adds = f.object("adds", false);
        if (adds != null) {
            adds.allowOnly("signalQuality");
            signalQuality = adds.number("signalQuality", RunSettings.DEFAULT_SIGNAL_QUALITY);
        }

        double stopAtr = Double.NaN;
        StopMode mode = StopMode.FIXED;
        Fields stop = f.object("stop", true);
        if (stop != null) {
            stop.allowOnly("atr", "mode");
            stopAtr = stop.number("atr", true);
            mode = stop.enumeration("mode", false, StopMode.class, StopMode.FIXED);
        }

        Double takeProfitPct = null;
        Fields exit = f.object("exit", false);
        if (exit != null) {
            exit.allowOnly("takeProfitPct");
            takeProfitPct = exit.number("takeProfitPct", false);
        }

        ScalingPolicy inline = null;
        Fields pol = f.object("policy", false);
        if (pol != null) {
            inline = PolicyFiles.read(pol, doc, false, problems, warnings);
        }

        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        // Well typed, whole numbers in range: now the other ranges, each at its field.
        RunSettings settings = new RunSettings(name, symbol, direction, bars, equity, (int) atrPeriod, spreadBps,
                rule, lookback == null ? null : lookback.intValue(), notionalPct, signalQuality, stopAtr, mode,
                takeProfitPct);
        for (PolicyProblem p : problems(settings)) {
            problems.add(doc.problemAt(p.path(), p.message()));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new Loaded<>(new RunFile(settings, inline, barsPath), warnings);
    }

    /**
     * The value rules of section 2, by field path: used when loading (placed at the field in the
     * file) and before saving (a run the app built must obey them too).
     */
    public static List<PolicyProblem> problems(RunSettings s) {
        List<PolicyProblem> out = new ArrayList<>();
        if (s.direction() == null) {
            out.add(error("direction", "missing: LONG or SHORT"));
        }
        if (!(s.equity() > 0) || !Double.isFinite(s.equity())) {
            out.add(error("account.equity", "must be a finite number above 0 (the account's cash "
                    + "equity); got " + show(s.equity())));
        }
        if (s.atrPeriod() < 1 || s.atrPeriod() > MAX_ATR_PERIOD) {
            out.add(error("market.atrPeriod", "must be a whole number from 1 to " + MAX_ATR_PERIOD
                    + " (bars in the ATR); got " + s.atrPeriod()));
        }
        if (!(s.spreadBps() >= 0) || !Double.isFinite(s.spreadBps())) {
            out.add(error("market.spreadBps", "must be a finite number at or above 0 (basis points); "
                    + "got " + show(s.spreadBps())));
        }
        if (s.openRule() == null) {
            out.add(error("open.rule", "missing: EVERY_BAR, BREAKOUT or PULLBACK"));
        } else if (s.openRule() == OpenRule.EVERY_BAR) {
            if (s.lookback() != null) {
                out.add(error("open.lookback", "EVERY_BAR looks back at no bars; leave it unset"));
            }
        } else if (s.lookback() == null) {
            out.add(error("open.lookback", s.openRule() + " needs a lookback (a whole number from 1 to "
                    + MAX_LOOKBACK + ")"));
        } else if (s.lookback() < 1 || s.lookback() > MAX_LOOKBACK) {
            out.add(error("open.lookback", "must be a whole number from 1 to " + MAX_LOOKBACK
                    + " (bars before the close that " + s.openRule() + " compares with); got " + s.lookback()));
        }
        if (!(s.notionalPct() > 0 && s.notionalPct() <= MAX_NOTIONAL_PCT)) {
            out.add(error("open.notionalPct", "must be above 0 and at most 1000 (% of equity put into "
                    + "the initial entry); got " + show(s.notionalPct())));
        }
        if (!(s.signalQuality() >= 0 && s.signalQuality() <= 1)) {
            out.add(error("adds.signalQuality", "must be a number from 0 to 1 (the signal quality of "
                    + "every proposal when the bar file has no signal column); got " + show(s.signalQuality())));
        }
        if (!(s.stopAtr() > 0) || !Double.isFinite(s.stopAtr())) {
            out.add(error("stop.atr", "must be a finite number above 0 (the stop's distance from the "
                    + "entry in ATRs); got " + show(s.stopAtr())));
        }
        if (s.takeProfitPct() != null && (!(s.takeProfitPct() > 0) || !Double.isFinite(s.takeProfitPct()))) {
            out.add(error("exit.takeProfitPct", "must be a finite number above 0 (% from the average "
                    + "price); leave it out for no take-profit; got " + show(s.takeProfitPct())));
        }
        return out;
    }

    private static PolicyProblem error(String path, String message) {
        return new PolicyProblem(path, message, PolicyProblem.Severity.ERROR);
    }

    /** A number as the user wrote it where possible: 0 not 0.0, 1001 not 1001.0. */
    private static String show(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Canonical pretty JSON in the contract's field order; defaults written out, unset options left out. */
    public static String toJson(RunSettings s, ScalingPolicy inlinePolicy) {
        return CanonicalJson.pretty(g -> write(g, s, inlinePolicy));
    }

    static void write(JsonGenerator g, RunSettings s, ScalingPolicy inline) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", PolicyFiles.SCHEMA_VERSION);
        g.writeStringField("name", s.name());
        g.writeStringField("symbol", s.symbol());
        g.writeStringField("direction", s.direction() == null ? null : s.direction().name());
        if (s.bars() != null) {
            g.writeStringField("bars", s.bars());
        }
        g.writeObjectFieldStart("account");
        CanonicalJson.number(g, "equity", s.equity());
        g.writeEndObject();
        g.writeObjectFieldStart("market");
        g.writeNumberField("atrPeriod", s.atrPeriod());
        CanonicalJson.number(g, "spreadBps", s.spreadBps());
        g.writeEndObject();
        g.writeObjectFieldStart("open");
        g.writeStringField("rule", s.openRule() == null ? null : s.openRule().name());
        if (s.lookback() != null) {
            g.writeNumberField("lookback", s.lookback());
        }
        CanonicalJson.number(g, "notionalPct", s.notionalPct());
        g.writeEndObject();
        g.writeObjectFieldStart("adds");
        CanonicalJson.number(g, "signalQuality", s.signalQuality());
        g.writeEndObject();
        g.writeObjectFieldStart("stop");
        CanonicalJson.number(g, "atr", s.stopAtr());
        g.writeStringField("mode", s.stopMode().name());
        g.writeEndObject();
        if (s.takeProfitPct() != null) {
            g.writeObjectFieldStart("exit");
            CanonicalJson.number(g, "takeProfitPct", s.takeProfitPct());
            g.writeEndObject();
        }
        if (inline != null) {
            g.writeFieldName("policy");
            PolicyFiles.write(g, inline);
        }
        g.writeEndObject();
    }

    /**
     * Saves a valid run atomically; an invalid one (or one with an invalid inline policy) is refused
     * with every problem by field path, and the old file stays.
     */
    public static void save(RunSettings s, ScalingPolicy inlinePolicy, Path file)
            throws IOException, FileRefusedException {
        List<FileProblem> errors = new ArrayList<>();
        for (PolicyProblem p : problems(s)) {
            errors.add(new FileProblem(file.toString(), 0, 0, p.path(), p.message()));
        }
        if (inlinePolicy != null) {
            for (PolicyProblem p : inlinePolicy.errors()) {
                errors.add(new FileProblem(file.toString(), 0, 0, "policy." + p.path(), p.message()));
            }
        }
        if (!errors.isEmpty()) {
            throw new FileRefusedException(errors);
        }
        AtomicFiles.write(file, toJson(s, inlinePolicy));
    }
}
