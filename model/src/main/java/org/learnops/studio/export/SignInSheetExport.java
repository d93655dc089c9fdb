package org.learnops.studio.export;

import java.nio.file.Path;

/** Writes a session's sign-in sheet as a spreadsheet laid out for printing. */
public interface SignInSheetExport {

    /**
     * Writes {@code sheet} to {@code target}, replacing it; a failure leaves any earlier file there untouched.
     *
     * @throws org.learnops.studio.error.StudioException when the file cannot be written
     */
    void write(SignInSheet sheet, Path target);
}
