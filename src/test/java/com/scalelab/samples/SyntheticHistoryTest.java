package com.scalelab.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The synthetic bar files are only trustworthy if anyone can make them again: the shipped files
 * must be exactly what the generator writes for its recorded seeds.
 */
class SyntheticHistoryTest {
    private static final Path HISTORY = Path.of("sample-policies", "history");

    @Test
    void shippedSyntheticFilesEqualWhatTheGeneratorWrites() throws IOException {
        Map<String, String> files = SyntheticHistory.files();
        assertThat(files).hasSize(4);
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertThat(file.getKey()).contains("synthetic");
            String shipped = Files.readString(HISTORY.resolve(file.getKey()), StandardCharsets.UTF_8);
            assertThat(shipped).as("%s: regenerate with the command in SyntheticHistory's comment", file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void generatorIsDeterministic() {
        assertThat(SyntheticHistory.files()).isEqualTo(SyntheticHistory.files());
    }

    @Test
    void everyFileInTheFolderIsRealOrFromTheGenerator() throws IOException {
        Map<String, String> files = SyntheticHistory.files();
        try (var s = Files.list(HISTORY)) {
            s.map(p -> p.getFileName().toString())
                    .filter(n -> n.contains("synthetic"))
                    .forEach(n -> assertThat(files).as("a synthetic file the generator does not write").containsKey(n));
        }
    }
}
