package org.learnops.studio.app.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Records what a ViewModel asked of the user and answers from queues the test fills. */
public final class FakeDialogService implements DialogService {

    /** One dialog shown: its kind ("error", "information", "details", "ask"), title and message. */
    public record Shown(String kind, String title, String message) {
    }

    public final List<Shown> shown = new ArrayList<>();
    public final Deque<Boolean> answers = new ArrayDeque<>();
    public final Deque<Optional<Path>> chosenFiles = new ArrayDeque<>();
    /** Answers to {@link #askText}: a text, or empty for "cancelled". */
    public final Deque<Optional<String>> texts = new ArrayDeque<>();
    /** Answers to {@link #choose}: the index of the option picked, or -1 for "cancelled". */
    public final Deque<Integer> choices = new ArrayDeque<>();
    /** The labels of the options each {@link #choose} offered, in order. */
    public final List<List<String>> offered = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        shown.add(new Shown("error", title, message));
    }

    @Override
    public void showInformation(String title, String message) {
        shown.add(new Shown("information", title, message));
    }

    /** Recorded as "information" with the copyable lines after the message. */
    @Override
    public void showInformation(String title, String message, String copyable) {
        shown.add(new Shown("information", title, message + "\n" + copyable));
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

    @Override
    public Optional<String> askText(String title, String message, String fieldLabel) {
        shown.add(new Shown("text", title, message));
        if (texts.isEmpty()) {
            throw new AssertionError("Unexpected request for text: " + message);
        }
        return texts.removeFirst().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        shown.add(new Shown("choose", title, message));
        offered.add(options.stream().map(label).toList());
        if (choices.isEmpty()) {
            throw new AssertionError("Unexpected choice: " + message);
        }
        int index = choices.removeFirst();
        return index < 0 ? Optional.empty() : Optional.of(options.get(index));
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension) {
        return nextFile();
    }

    private Optional<Path> nextFile() {
        if (chosenFiles.isEmpty()) {
            throw new AssertionError("Unexpected file chooser");
        }
        return chosenFiles.removeFirst();
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path start) {
        return nextFile();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String extension) {
        return nextFile();
    }

    @Override
    public void showFolder(Path folder) {
        shown.add(new Shown("folder", "", folder.toString()));
    }

    public List<Shown> ofKind(String kind) {
        return shown.stream().filter(s -> s.kind().equals(kind)).toList();
    }
}
