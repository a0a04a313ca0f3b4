package com.scalelab.ui.audit;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the audit view asks the user; behind an interface so tests answer them. */
public interface AuditDialogs {
    /** The file to export to, or empty when the user cancelled. */
    Optional<Path> chooseExportFile(ExportFormat format, String suggestedName);

    /** Whether to really clear a log of {@code count} decisions. */
    boolean confirmClear(int count);
}
