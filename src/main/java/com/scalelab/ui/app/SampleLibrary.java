package com.scalelab.ui.app;

import com.scalelab.engine.Direction;
import com.scalelab.engine.Entry;
import com.scalelab.engine.Market;
import com.scalelab.engine.OrderSide;
import com.scalelab.engine.PendingOrder;
import com.scalelab.engine.Position;
import com.scalelab.engine.ProposedEntry;
import com.scalelab.engine.ScalingContext;
import com.scalelab.engine.ScalingMode;
import com.scalelab.engine.ScalingPolicy;
import com.scalelab.io.FileProblem;
import com.scalelab.io.FileRefusedException;
import com.scalelab.io.PolicyFiles;
import com.scalelab.io.Scenario;
import com.scalelab.io.ScenarioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The sample policies and scenarios shipped on the class path under /sample-policies/, and the
 * data the window opens with.
 */
public final class SampleLibrary {
    public static final String ROOT = "/sample-policies/";
    public static final String DEFAULT_POLICY = "trend-pyramid-conservative.json";
    public static final String DEFAULT_SCENARIO = "scenarios/pyramid-add-approved.json";
    /** Used only when the directory cannot be listed (an unusual class loader). */
    private static final List<String> KNOWN_POLICIES = List.of("crypto-dca-volume-scale.json",
            "mean-reversion-average-down.json", "single-entry-legacy.json", "trend-pyramid-aggressive.json",
            "trend-pyramid-conservative.json");

    /**
     * What the window starts with; a source is the sample's file name, null for a built-in copy;
     * {@code notices} says what was missing, if anything.
     */
    public record Start(ScalingPolicy policy, String policySource, ScalingContext context, String scenarioSource,
                        List<String> notices) {
    }

    private SampleLibrary() {
    }

    /** File names of the sample policies (not the scenarios), sorted. */
    public static List<String> policyNames() {
        URL dir = SampleLibrary.class.getResource(ROOT);
        if (dir == null) {
            return knownPolicies(); // a jar without directory entries
        }
        try {
            URI uri = dir.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return list(fs.getPath(ROOT));
            }
            return list(Path.of(uri));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return knownPolicies();
        }
    }

    /** File names of the sample runs under /sample-policies/runs/, sorted; empty when there are none. */
    public static List<String> runNames() {
        Path dir = runPath("");
        if (dir == null) {
            return List.of();
        }
        try {
            return list(dir);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /**
     * A sample run (or, with "", the runs folder) as a path the run loader can read, its bars
     * beside it; null when it is not on the class path. Inside a jar the path is in the jar's
     * file system.
     */
    public static Path runPath(String fileName) {
        URL url = SampleLibrary.class.getResource(ROOT + "runs/" + fileName);
        if (url == null) {
            return null;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened before: Path.of finds it
                }
            }
            return Path.of(uri);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    private static List<String> knownPolicies() {
        return KNOWN_POLICIES.stream().filter(n -> SampleLibrary.class.getResource(ROOT + n) != null).toList();
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString().replace("/", ""))
                    .filter(n -> n.endsWith(".json"))
                    .sorted()
                    .toList();
        }
    }

    /** A sample policy by file name, e.g. "trend-pyramid-conservative.json". */
    public static ScalingPolicy policy(String fileName) throws FileRefusedException {
        return PolicyFiles.parse(read(fileName), "sample-policies/" + fileName);
    }

    /** A sample scenario by its path under /sample-policies/, e.g. "scenarios/pyramid-add-approved.json". */
    public static Scenario scenario(String relativePath) throws FileRefusedException {
        return ScenarioFiles.parse(read(relativePath), "sample-policies/" + relativePath);
    }

    private static String read(String relativePath) throws FileRefusedException {
        String source = "sample-policies/" + relativePath;
        try (InputStream in = SampleLibrary.class.getResourceAsStream(ROOT + relativePath)) {
            if (in == null) {
                throw new FileRefusedException(new FileProblem(source, 0, 0, "", "is not on the class path"));
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new FileRefusedException(new FileProblem(source, 0, 0, "", "could not be read: " + e.getMessage()));
        }
    }

    /**
     * The default sample policy and scenario. When either is missing or refused, a built-in copy
     * stands in and a notice says so, so the window still opens live.
     */
    public static Start start() {
        List<String> notices = new ArrayList<>();
        ScalingPolicy policy;
        String source = DEFAULT_POLICY;
        try {
            policy = policy(DEFAULT_POLICY);
        } catch (FileRefusedException e) {
            policy = builtInPolicy();
            source = null;
            notices.add("The sample policy could not be loaded, a built-in copy is used instead: " + e.getMessage());
        }
        ScalingContext context;
        String scenarioSource = Path.of(DEFAULT_SCENARIO).getFileName().toString();
        try {
            context = scenario(DEFAULT_SCENARIO).context();
        } catch (FileRefusedException e) {
            context = builtInContext();
            scenarioSource = null;
            notices.add("The sample scenario could not be loaded, a built-in copy is used instead: " + e.getMessage());
        }
        return new Start(policy, source, context, scenarioSource, List.copyOf(notices));
    }

    /** The conservative trend pyramid, as in sample-policies/trend-pyramid-conservative.json. */
    public static ScalingPolicy builtInPolicy() {
        return new ScalingPolicy("Trend pyramid (conservative)", "donchian-breakout",
                "Adds to a winning trend position at most three times, each add half the size of the one before, "
                        + "only after a clean 1 to 4 ATR move in its favour. The default ScaleLab opens with.",
                new ScalingPolicy.Scaling(true, ScalingMode.PYRAMID, 4),
                new ScalingPolicy.Limits(20.0, 2.0, 0.0),
                new ScalingPolicy.Qualification(60, 3, 0.6, 1.0, 4.0, new ScalingPolicy.Band(0.5, 5.0)),
                new ScalingPolicy.Execution(20.0), new ScalingPolicy.Sizing(0.5));
    }

    /** An approved pyramid add on ES, as in scenarios/pyramid-add-approved.json. */
    public static ScalingContext builtInContext() {
        Position position = new Position(Direction.LONG, 4950.0, List.of(
                new Entry(5000.0, 200, Instant.parse("2026-01-05T14:30:00Z"), 120),
                new Entry(5060.0, 100, Instant.parse("2026-01-05T16:30:00Z"), 128)));
        return new ScalingContext("ES", 12_000_000, position, 300,
                List.of(new PendingOrder(OrderSide.SELL, 300, true)), new Market(40.0, 0.5),
                new ProposedEntry(Direction.LONG, 5120.0, 50, Instant.parse("2026-01-05T18:00:00Z"), 134, 0.72));
    }
}
