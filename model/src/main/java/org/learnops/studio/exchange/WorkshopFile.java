package org.learnops.studio.exchange;

import java.nio.file.Path;
import org.learnops.studio.export.ExportOptions;
import org.learnops.studio.export.ExportProgress;
import org.learnops.studio.persistence.Workspace;

/**
 * X3: the whole workspace (strategy and operations) as a documented, versioned JSON file
 * ({@code formatVersion}; see docs/workshop-file-format.md). Imports are hostile until validated:
 * a file over the size limit, nested too deep, with duplicate keys, unknown fields, wrong types or
 * another format version is refused with a message key and the workspace is not touched.
 */
public interface WorkshopFile {

    /** The format this build writes and reads. */
    int FORMAT_VERSION = 1;

    /** Writes the workspace (sections and personal data as the options say) via a temp file + rename. */
    void write(Workspace workspace, ExportOptions options, Path target, ExportProgress progress);

    /**
     * Reads and validates {@code source} and says what importing it into {@code workspace} would add,
     * change and leave alone. Writes nothing. {@code progress} follows the reading of the file.
     */
    ImportPreview preview(Workspace workspace, Path source, ExportProgress progress);

    /** Imports {@code source} into {@code workspace} in one transaction: all or nothing. Returns what was done. */
    ImportPreview importInto(Workspace workspace, Path source, ExportProgress progress);
}
