package com.scalelab.ui.replay;

import com.scalelab.engine.replay.ReplayResult;
import com.scalelab.io.ReplayCsv;
import com.scalelab.io.ReplayJson;
import java.io.IOException;
import java.io.Writer;

/**
 * The export bodies: the replay's records exactly as {@code scalelab replay} prints them (the
 * io writers the command uses), and the decisions as CSV. The text passes through a writer that
 * counts lines, reporting progress and stopping at the next line once the export is cancelled.
 */
final class ReplayLines {
    private ReplayLines() {
    }

    static void jsonLines(ReplayResult r, Writer out, ReplayExports.Progress progress) throws IOException {
        long total = r.decisions().size() + r.exits().size() + 1L;
        ReplayJson.write(r, new Counting(out, progress, total));
    }

    static void csv(ReplayResult r, Writer out, ReplayExports.Progress progress) throws IOException {
        ReplayCsv.write(r.decisions(), new Counting(out, progress, r.decisions().size() + 1L));
    }

    /** Passes text on, counting line ends; every 1,000 lines reports and checks for Cancel. */
    private static final class Counting extends Writer {
        private final Writer out;
        private final ReplayExports.Progress progress;
        private final long total;
        private long lines;

        Counting(Writer out, ReplayExports.Progress progress, long total) {
            this.out = out;
            this.progress = progress;
            this.total = total;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            out.write(buf, off, len);
            for (int i = off; i < off + len; i++) {
                if (buf[i] == '\n') {
                    counted();
                }
            }
        }

        @Override
        public void write(String s) throws IOException {
            out.write(s);
            for (int i = 0; i < s.length(); i++) {
                if (s.charAt(i) == '\n') {
                    counted();
                }
            }
        }

        @Override
        public void write(int c) throws IOException {
            out.write(c);
            if (c == '\n') {
                counted();
            }
        }

        private void counted() {
            lines++;
            if (lines % 1000 == 0 || lines == total) {
                progress.check();
                progress.update(lines, total);
            }
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.flush(); // the export closes the file itself
        }
    }
}
