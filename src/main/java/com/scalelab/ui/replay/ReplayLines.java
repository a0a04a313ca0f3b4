package com.scalelab.ui.replay;

import com.scalelab.engine.replay.ReplayResult;
import java.io.IOException;
import java.io.Writer;

/** The export bodies: the replay's records as the command line prints them, and as CSV. */
final class ReplayLines {
    private ReplayLines() {
    }

    static void jsonLines(ReplayResult r, Writer out, ReplayExports.Progress progress) throws IOException {
        throw new IOException("JSON Lines export is not available yet");
    }

    static void csv(ReplayResult r, Writer out, ReplayExports.Progress progress) throws IOException {
        throw new IOException("CSV export is not available yet");
    }
}
