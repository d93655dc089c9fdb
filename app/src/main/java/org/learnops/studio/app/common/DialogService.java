package org.learnops.studio.app.common;

import java.nio.file.Path;
import java.util.Optional;

/** Everything a ViewModel may ask of the user. Tests use a fake; the app shows JavaFX dialogs. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** An error with technical details the user can copy into a bug report. */
    void showErrorDetails(String title, String message, Throwable details);

    /**
     * Asks a question with two answers.
     *
     * @return true for {@code yesLabel}, false for {@code noLabel} or when the dialog is closed
     */
    boolean ask(String title, String message, String yesLabel, String noLabel);

    Optional<Path> chooseWorkspaceToOpen(Path startFolder);

    Optional<Path> chooseNewWorkspace(Path startFolder);

    /** Where to save a PNG picture, suggesting {@code suggestedName}; empty when the user cancels. */
    Optional<Path> choosePictureFile(String suggestedName);
}
