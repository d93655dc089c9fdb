package org.learnops.studio.persistence;

import java.nio.file.Path;

/**
 * What salvaging a damaged workspace gave back.
 *
 * @param workspace   the rebuilt workspace, open, at the damaged file's old path
 * @param damagedFile where the damaged file was moved (kept, never deleted)
 * @param rowsRescued how many records the rebuilt workspace holds
 * @param complete    false when some records could not be read and are missing
 */
public record Salvaged(Workspace workspace, Path damagedFile, long rowsRescued, boolean complete) {
}
