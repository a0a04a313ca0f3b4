package com.scalelab.ui.replay;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tells a dropped run file from a bar file by its first characters: a run file is a JSON object,
 * a bar file is CSV or a JSON array (replay contract sections 1 and 2). Reads at most 4 KB.
 */
final class RunFileSniffer {
    private RunFileSniffer() {
    }

    static boolean looksLikeRun(Path file) {
        char[] head = new char[4096];
        int n;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            n = in.read(head);
        } catch (IOException | RuntimeException e) {
            return false; // the bar loader then says what is wrong with it
        }
        for (int i = 0; i < n; i++) {
            char c = head[i];
            if (c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '{';
        }
        return false;
    }
}
