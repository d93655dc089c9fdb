package org.learnops.studio.app.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Everything a ViewModel may ask of the user. Tests use a fake; the app shows JavaFX dialogs. */
public interface DialogService {

    void showError(String title, String message);

    void showInformation(String title, String message);

    /** Information with a few lines the user can select and copy (e.g. folders for a support request). */
    void showInformation(String title, String message, String copyable);

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

    /**
     * Asks for a required text, e.g. the reason for a cancellation or an override; OK stays
     * disabled while the text is blank.
     *
     * @return the text without outer spaces, or empty when the user cancels
     */
    Optional<String> askText(String title, String message, String fieldLabel);

    /** Lets the user pick one of {@code options} (first preselected); empty when cancelled. */
    <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label);

    /**
     * Where to save a file, suggesting {@code suggestedName}; the filter shows {@code *.extension}
     * files (extension without the dot, e.g. "ics"). Empty when the user cancels.
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension);

    /** Lets the user pick a folder, starting in {@code start} (if it exists); empty when cancelled. */
    Optional<Path> chooseFolder(String title, Path start);

    /** Shows the folder in the system's file manager (tests record it instead). */
    void showFolder(Path folder);

    /** Which existing file to open; the filter shows {@code *.extension} files. Empty when cancelled. */
    Optional<Path> chooseFileToOpen(String title, String filterDescription, String extension);
}
