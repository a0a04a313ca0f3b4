package com.scalelab.ui.audit;

import com.scalelab.audit.AuditCsv;
import com.scalelab.audit.AuditJsonLines;
import com.scalelab.audit.AuditRecord;
import com.scalelab.audit.ExportProgress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The two audit export formats, with what a file chooser needs to know about them. */
public enum ExportFormat {
    CSV("CSV", "csv", "CSV (comma-separated, RFC 4180)"),
    JSON_LINES("JSON Lines", "jsonl", "JSON Lines (one decision per line)");

    private final String label;
    private final String extension;
    private final String description;

    ExportFormat(String label, String extension, String description) {
        this.label = label;
        this.extension = extension;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String extension() {
        return extension;
    }

    public String description() {
        return description;
    }

    /** Writes the records atomically; throws CancellationException when the progress says cancelled. */
    public void export(List<AuditRecord> records, Path target, ExportProgress progress) throws IOException {
        if (this == CSV) {
            AuditCsv.export(records, target, progress);
        } else {
            AuditJsonLines.export(records, target, progress);
        }
    }
}
