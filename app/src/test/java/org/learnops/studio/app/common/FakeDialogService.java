package org.learnops.studio.app.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Records what a ViewModel asked of the user and answers from queues the test fills. */
public final class FakeDialogService implements DialogService {

    /** One dialog shown: its kind ("error", "information", "details", "ask"), title and message. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<Boolean> answers = new ArrayDeque<>();
    public final Deque<Optional<Path>> chosenFiles = new ArrayDeque<>();

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    @Override
    public void showErrorDetails(String title, String message, Throwable details) {
        shown.add(new Shown("details", title, message));
    }

    @Override
    public boolean ask(String title, String message, String yesLabel, String noLabel) {
        shown.add(new Shown("ask", title, message));
        if (answers.isEmpty()) {
            throw new AssertionError("Unexpected question: " + message);
        }
        return answers.removeFirst();
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path startFolder) {
        return nextFile();
    }

    @Override
    public Optional<Path> chooseNewWorkspace(Path startFolder) {
        return nextFile();
    }

    @Override
    public Optional<Path> choosePictureFile(String suggestedName) {
        return nextFile();
    }

    private Optional<Path> nextFile() {
        if (chosenFiles.isEmpty()) {
            throw new AssertionError("Unexpected file chooser");
        }
        return chosenFiles.removeFirst();
    }

    public List<Shown> ofKind(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }
}
