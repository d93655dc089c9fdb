package org.learnops.studio.export;

import java.nio.file.Path;
import org.learnops.studio.persistence.Workspace;

/**
 * X2: the stakeholder deck — a 16:9 PowerPoint file, one or more slides per chosen section, native
 * editable charts for the operations KPIs, speaker notes on every slide. Written to a temporary
 * file in the target folder and moved into place only when complete.
 */
public interface DeckExport {

    void write(Workspace workspace, ExportOptions options, Path target, ExportProgress progress);
}
