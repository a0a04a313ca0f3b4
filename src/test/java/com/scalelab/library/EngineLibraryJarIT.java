package com.scalelab.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library jar production code embeds, as the build leaves it in target/ (runs in verify, after
 * package): engine and file loaders only, no JavaFX, no picocli, no desktop or command-line code;
 * and the README's example compiles against the jar alone and judges an add.
 */
class EngineLibraryJarIT {
    private static final Path JAR = Path.of("target/scalelab-engine.jar");

    /** The README's example, word for word between its markers. */
    private static String readmeExample() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("<!-- library-example -->");
        int end = readme.indexOf("<!-- /library-example -->");
        assertThat(start).as("README has the library example").isPositive();
        String block = readme.substring(start, end);
        return block.substring(block.indexOf("```java") + 7, block.lastIndexOf("```"));
    }

    @Test
    void holdsTheEngineAndTheLoadersAndNothingOfTheDesktopOrTheCommandLine() throws Exception {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
                names.add(e.nextElement().getName());
            }
        }
        assertThat(names).contains("com/scalelab/engine/ScalingEngine.class", "com/scalelab/io/PolicyFiles.class",
                "com/scalelab/io/ScenarioFiles.class");
        assertThat(names).filteredOn(n -> n.endsWith(".class"))
                .allMatch(n -> n.startsWith("com/scalelab/engine/") || n.startsWith("com/scalelab/io/")
                        || n.startsWith("com/scalelab/shaded/jackson/"), "only engine, io and relocated Jackson");
        assertThat(names).noneMatch(n -> n.startsWith("javafx/") || n.startsWith("com/sun/javafx")
                || n.startsWith("picocli/") || n.startsWith("org/controlsfx") || n.startsWith("com/fasterxml/")
                || n.startsWith("com/scalelab/ui/") || n.startsWith("com/scalelab/cli/"));
    }

    @Test
    void theReadmeExampleCompilesAgainstTheJarAloneAndJudgesAnAdd(@TempDir Path dir) throws Exception {
        Path source = dir.resolve("AddGate.java");
        Files.writeString(source, readmeExample());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, null, diagnostics, "-cp", JAR.toString(), "-d", dir.toString(), source.toString());
        assertThat(rc).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        // a class loader that sees the jar and the JDK only, not the build's class path
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL(), JAR.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Method main = loader.loadClass("AddGate").getMethod("main", String[].class);
            PrintStream original = System.out;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            try {
                main.invoke(null, (Object) new String[]{"sample-policies/trend-pyramid-conservative.json"});
            } finally {
                System.setOut(original);
            }
            // the conservative pyramid (60 min, 3 bars, 1-4 ATR) approves 5 at 103 after 100 with ATR 2
            // (1.5 ATR, 90 min, 6 bars later)
            assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("SCALE SCALE_APPROVED");
        }
    }
}
