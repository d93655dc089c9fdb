package org.learnops.studio.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.learnops.studio.error.StudioException;

/**
 * Moves a workspace file out of the way without deleting it: {@code plan.mv.db} becomes
 * {@code plan.damaged-20261129-101500.mv.db} (or {@code .replaced-…}) in the same folder, so it can
 * still be opened or sent to support. Used by restore (the replaced file) and by recovery (the
 * damaged file).
 */
public final class SetAside {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SetAside() {
    }

    /**
     * @param why a short lower-case word for the file name: "damaged", "replaced"
     * @return where the file is now
     */
    public static Path move(WorkspaceFile file, String why, Instant at) {
        Path target = freeName(file, why, at);
        try {
            return Files.move(file.path(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StudioException("workspace.error.cannotSetAside", e, file.path().toString());
        }
    }

    /**
     * Keeps the file's current bytes under the set-aside name while the file itself stays in
     * place: a hard link where the file system has them (instant, no extra space), else a copy.
     * A restore then replaces the file in one atomic rename, so there is never a moment without
     * a workspace file at its path.
     *
     * @return where the kept bytes are
     */
    public static Path keep(WorkspaceFile file, String why, Instant at) {
        Path target = freeName(file, why, at);
        try {
            return Files.createLink(target, file.path());
        } catch (UnsupportedOperationException | IOException linkRefused) {
            try {
                return Files.copy(file.path(), target, StandardCopyOption.COPY_ATTRIBUTES);
            } catch (IOException e) {
                e.addSuppressed(linkRefused);
                throw new StudioException("workspace.error.cannotSetAside", e, file.path().toString());
            }
        }
    }

    private static Path freeName(WorkspaceFile file, String why, Instant at) {
        String base = file.name() + "." + why + "-" + STAMP.format(at);
        Path candidate = file.path().resolveSibling(base + WorkspaceFile.SUFFIX);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = file.path().resolveSibling(base + "-" + n + WorkspaceFile.SUFFIX);
        }
        return candidate;
    }
}
