package org.learnops.studio.export.poi;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exported file is written to a hidden ".part" file in the target folder and moved onto the
 * target only when complete, so an interrupted export never leaves a half file (and the move stays
 * on one file system, atomic where it can be).
 */
final class PartFile {

    private static final Logger LOG = LoggerFactory.getLogger(PartFile.class);

    private PartFile() {
    }

    /** A new empty part file beside {@code target}, e.g. ".workbook-123.xlsx.part". */
    static Path beside(Path target, String prefix, String suffix) throws IOException {
        return Files.createTempFile(target.toAbsolutePath().getParent(), prefix, suffix + ".part");
    }

    /** Moves the finished part file onto {@code target}, replacing it. */
    static void moveIntoPlace(Path part, Path target) throws IOException {
        try {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path part) {
        if (part == null) {
            return;
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("Could not delete the unfinished file {}", part, e);
        }
    }
}
