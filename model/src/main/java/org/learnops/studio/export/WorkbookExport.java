package org.learnops.studio.export;

import java.nio.file.Path;
import org.learnops.studio.persistence.Workspace;

/**
 * X1: the workspace as an Excel workbook — a summary sheet, one sheet per strategy artefact and
 * operations table, real formulas for totals and rates. Written to a temporary file in the target
 * folder and moved into place only when complete.
 */
public interface WorkbookExport {

    void write(Workspace workspace, ExportOptions options, Path target, ExportProgress progress);
}
