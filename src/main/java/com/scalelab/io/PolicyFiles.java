package com.scalelab.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.scalelab.engine.PolicyProblem;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Policy files (contract section 3): strict loading with every problem named by file, line:column
 * and field path; canonical saving in the contract's field order, atomically.
 */
public final class PolicyFiles {
    /** The newest schemaVersion this program reads and the one it writes. */
    public static final int SCHEMA_VERSION = 1;

    private PolicyFiles() {
    }

    public static ScalingPolicy load(Path file) throws FileRefusedException {
        return loadWithWarnings(file).value();
    }

    /** The policy and its warnings (valid but suspicious settings), each at its place in the file. */
    public static Loaded<ScalingPolicy> loadWithWarnings(Path file) throws FileRefusedException {
        return parseWithWarnings(JsonDocument.readText(file), file.toString());
    }

    public static ScalingPolicy parse(String json, String sourceName) throws FileRefusedException {
        return parseWithWarnings(json, sourceName).value();
    }

    public static Loaded<ScalingPolicy> parseWithWarnings(String json, String sourceName) throws FileRefusedException {
        JsonDocument doc = JsonDocument.parse(json, sourceName);
        return fromDocument(doc);
    }

    static Loaded<ScalingPolicy> fromDocument(JsonDocument doc) throws FileRefusedException {
        if (doc.root.has("proposed") || doc.root.has("position")) {
            // One clear line instead of a dozen unknown-field errors for the usual mix-up.
            throw new FileRefusedException(doc.problemAt("", "this is a scenario file (it has 'proposed' or "
                    + "'position'), not a policy file"));
        }
        List<FileProblem> problems = new ArrayList<>();
        List<FileProblem> warnings = new ArrayList<>();
        Fields root = new Fields(doc, doc.root, "", problems);
        ScalingPolicy p = read(root, doc, true, problems, warnings);
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new Loaded<>(p, warnings);
    }

    /**
     * Checks schemaVersion; throws at once for a newer file, whose other fields we cannot judge.
     */
    static void checkVersion(Fields f, boolean required, String kind) throws FileRefusedException {
        if (!f.has("schemaVersion") && !required) {
            return;
        }
        List<FileProblem> own = new ArrayList<>();
        Long v = f.collectingInto(own).whole("schemaVersion", true, Long.MIN_VALUE, Long.MAX_VALUE);
        if (v == null) {
            for (FileProblem p : own) {
                f.add(new FileProblem(p.file(), p.line(), p.column(), p.path(),
                        p.message() + "; this program reads " + kind + " files of schemaVersion " + SCHEMA_VERSION));
            }
            return;
        }
        if (v > SCHEMA_VERSION) {
            throw new FileRefusedException(f.problemFor("schemaVersion", "schemaVersion " + v
                    + " is newer than this program knows (" + SCHEMA_VERSION + "); upgrade ScaleLab to read this "
                    + kind + " file"));
        }
        if (v < SCHEMA_VERSION) {
            f.problem("schemaVersion", "schemaVersion " + v + " does not exist; the first version is "
                    + SCHEMA_VERSION);
        }
    }

    /**
     * Reads a policy object (a whole policy file, or a scenario's inline {@code policy}); adds
     * type problems and, once well typed, the policy's own validity errors, each at its path.
     */
    static ScalingPolicy read(Fields f, JsonDocument doc, boolean versionRequired, List<FileProblem> problems,
                              List<FileProblem> warnings) throws FileRefusedException {
        checkVersion(f, versionRequired, "policy");
        f.allowOnly("schemaVersion", "name", "strategy", "description", "scaling", "limits", "qualification",
                "execution", "sizing");
        int before = problems.size();
        String name = f.string("name", true, "");
        String strategy = f.string("strategy", false, "");
        String description = f.string("description", false, "");

        ScalingPolicy.Scaling scaling = null;
        Fields s = f.object("scaling", true);
        if (s != null) {
            s.allowOnly("enabled", "mode", "maxEntries");
            boolean enabled = s.bool("enabled", true, false);
            ScalingMode mode = s.enumeration("mode", enabled, ScalingMode.class, ScalingMode.PYRAMID);
            Long max = s.whole("maxEntries", enabled, Long.MIN_VALUE, Long.MAX_VALUE);
            if (max != null && (max < Integer.MIN_VALUE || max > Integer.MAX_VALUE)) {
                s.problem("maxEntries", "must be a whole number from 1 to 100; got " + max);
                max = null;
            }
            scaling = new ScalingPolicy.Scaling(enabled, mode, max == null ? 1 : max.intValue());
        }

        ScalingPolicy.Limits limits = null;
        Fields l = f.object("limits", true);
        if (l != null) {
            l.allowOnly("maxPositionPct", "maxRiskPct", "ledgerTolerance");
            limits = new ScalingPolicy.Limits(l.number("maxPositionPct", true), l.number("maxRiskPct", true),
                    l.number("ledgerTolerance", 0.0));
        }

        ScalingPolicy.Qualification qualification = null;
        Fields q = f.object("qualification", false);
        if (q != null) {
            q.allowOnly("minMinutesBetween", "minBarsBetween", "minSignalQuality", "minSpacingAtr", "maxSpacingAtr",
                    "volatilityPct");
            Long bars = q.whole("minBarsBetween", false, Long.MIN_VALUE, Long.MAX_VALUE);
            ScalingPolicy.Band band = null;
            Fields v = q.object("volatilityPct", false);
            if (v != null) {
                v.allowOnly("min", "max");
                band = new ScalingPolicy.Band(v.number("min", true), v.number("max", true));
            }
            qualification = new ScalingPolicy.Qualification(q.number("minMinutesBetween", 0.0),
                    bars == null ? 0 : bars, q.number("minSignalQuality", 0.0), q.number("minSpacingAtr", 0.0),
                    q.number("maxSpacingAtr", false), band);
        }

        ScalingPolicy.Execution execution = null;
        Fields e = f.object("execution", false);
        if (e != null) {
            e.allowOnly("maxSpreadBps");
            execution = new ScalingPolicy.Execution(e.number("maxSpreadBps", false));
        }

        ScalingPolicy.Sizing sizing = null;
        Fields z = f.object("sizing", false);
        if (z != null) {
            z.allowOnly("scale");
            sizing = new ScalingPolicy.Sizing(z.number("scale", 1.0));
        }

        if (problems.size() > before || scaling == null || limits == null) {
            return null;
        }
        ScalingPolicy policy = new ScalingPolicy(name, strategy, description, scaling, limits, qualification,
                execution, sizing);
        for (PolicyProblem pp : policy.problems()) {
            String path = JsonDocument.child(f.path, pp.path());
            if (pp.isError()) {
                problems.add(doc.problemAt(path, pp.message()));
            } else {
                warnings.add(doc.problemAt(path, "warning: " + pp.message()));
            }
        }
        return policy;
    }

    /** Canonical pretty JSON: schemaVersion first, then the contract's field order; unset bounds left out. */
    public static String toJson(ScalingPolicy p) {
        return CanonicalJson.pretty(g -> write(g, p));
    }

    /** The canonical content on one line, for JSON Lines exports. The fingerprint is of {@link #toJson}. */
    public static String toCompactJson(ScalingPolicy p) {
        return CanonicalJson.compact(g -> write(g, p));
    }

    static void write(JsonGenerator g, ScalingPolicy p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schemaVersion", SCHEMA_VERSION);
        g.writeStringField("name", p.name() == null ? "" : p.name());
        g.writeStringField("strategy", p.strategy());
        g.writeStringField("description", p.description());
        if (p.scaling() != null) {
            g.writeObjectFieldStart("scaling");
            g.writeBooleanField("enabled", p.scaling().enabled());
            if (p.scaling().mode() != null) {
                g.writeStringField("mode", p.scaling().mode().name());
            }
            g.writeNumberField("maxEntries", p.scaling().maxEntries());
            g.writeEndObject();
        }
        if (p.limits() != null) {
            g.writeObjectFieldStart("limits");
            CanonicalJson.number(g, "maxPositionPct", p.limits().maxPositionPct());
            CanonicalJson.number(g, "maxRiskPct", p.limits().maxRiskPct());
            CanonicalJson.number(g, "ledgerTolerance", p.limits().ledgerTolerance());
            g.writeEndObject();
        }
        ScalingPolicy.Qualification q = p.qualification();
        g.writeObjectFieldStart("qualification");
        CanonicalJson.number(g, "minMinutesBetween", q.minMinutesBetween());
        g.writeNumberField("minBarsBetween", q.minBarsBetween());
        CanonicalJson.number(g, "minSignalQuality", q.minSignalQuality());
        CanonicalJson.number(g, "minSpacingAtr", q.minSpacingAtr());
        if (q.maxSpacingAtr() != null) {
            CanonicalJson.number(g, "maxSpacingAtr", q.maxSpacingAtr());
        }
        if (q.volatilityPct() != null) {
            g.writeObjectFieldStart("volatilityPct");
            CanonicalJson.number(g, "min", q.volatilityPct().min());
            CanonicalJson.number(g, "max", q.volatilityPct().max());
            g.writeEndObject();
        }
        g.writeEndObject();
        if (p.execution().maxSpreadBps() != null) {
            g.writeObjectFieldStart("execution");
            CanonicalJson.number(g, "maxSpreadBps", p.execution().maxSpreadBps());
            g.writeEndObject();
        }
        g.writeObjectFieldStart("sizing");
        CanonicalJson.number(g, "scale", p.sizing().scale());
        g.writeEndObject();
        g.writeEndObject();
    }

    /**
     * Saves a valid policy atomically; an invalid one is refused (the old file stays) with every
     * problem by field path.
     */
    public static void save(ScalingPolicy p, Path file) throws IOException, FileRefusedException {
        List<FileProblem> errors = new ArrayList<>();
        for (PolicyProblem pp : p.errors()) {
            errors.add(new FileProblem(file.toString(), 0, 0, pp.path(), pp.message()));
        }
        if (!errors.isEmpty()) {
            throw new FileRefusedException(errors);
        }
        AtomicFiles.write(file, toJson(p));
    }

    /** SHA-256 (lower-case hex) of the canonical JSON: the same policy has the same fingerprint everywhere. */
    public static String fingerprint(ScalingPolicy p) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(toJson(p).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The warnings of a policy (valid but suspicious settings), by field path. */
    public static List<PolicyProblem> warnings(ScalingPolicy p) {
        return p.problems().stream().filter(pp -> !pp.isError()).toList();
    }
}
