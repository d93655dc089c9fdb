package org.learnops.studio.app.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextInputDialog;
import javafx.util.StringConverter;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** {@link DialogService} with JavaFX dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogService(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        alert.showAndWait();
    }

    @Override
    public void showInformation(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public void showInformation(String title, String message, String copyable) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, message);
        javafx.scene.control.Label text = new javafx.scene.control.Label(message);
        text.setWrapText(true);
        TextArea folders = new TextArea(copyable);
        folders.setEditable(false);
        folders.setWrapText(true);
        folders.setPrefRowCount((int) copyable.lines().count() + 1);
        folders.setId("copyableText");
        Button copy = new Button(messages.get("dialog.copyDetails"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(folders.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        alert.getDialogPane().setContent(new VBox(8, text, folders, copy));
        alert.showAndWait();
    }

    @Override
    public void showErrorDetails(String title, String message, Throwable details) {
        Alert alert = alert(Alert.AlertType.ERROR, title, message);
        TextArea text = new TextArea(stackTrace(details));
        text.setEditable(false);
        text.setWrapText(false);
        text.setPrefRowCount(14);
        text.setId("errorDetails");
        VBox.setVgrow(text, Priority.ALWAYS);
        Button copy = new Button(messages.get("dialog.copyDetails"));
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        alert.getDialogPane().setExpandableContent(new VBox(8, text, copy));
        alert.showAndWait();
    }

    static String stackTrace(Throwable throwable) {
        StringWriter writer = new StringWriter();
        throwable.printStackTrace(new PrintWriter(writer));
        return writer.toString();
    }

    @Override
    public boolean ask(String title, String message, String yesLabel, String noLabel) {
        ButtonType yes = new ButtonType(yesLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(noLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<Path> chooseWorkspaceToOpen(Path startFolder) {
        return Optional.ofNullable(chooser("dialog.openWorkspace.title", startFolder).showOpenDialog(owner.get()))
                .map(File::toPath);
    }

    @Override
    public Optional<Path> chooseNewWorkspace(Path startFolder) {
        FileChooser chooser = chooser("dialog.newWorkspace.title", startFolder);
        chooser.setInitialFileName(messages.get("dialog.newWorkspace.fileName"));
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePictureFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("dialog.savePicture.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("dialog.pictureFiles"), "*.png"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<String> askText(String title, String message, String fieldLabel) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.setContentText(fieldLabel);
        dialog.getDialogPane().setMinWidth(480);
        Button ok = (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.disableProperty().bind(dialog.getEditor().textProperty().map(String::isBlank));
        return dialog.showAndWait().map(String::strip).filter(text -> !text.isEmpty());
    }

    @Override
    public <T> Optional<T> choose(String title, String message, List<T> options, Function<T, String> label) {
        if (options.isEmpty()) {
            return Optional.empty();
        }
        ChoiceDialog<T> dialog = new ChoiceDialog<>(options.get(0), options);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(message);
        dialog.getDialogPane().setMinWidth(480);
        // The choice box shows the labels, not toString().
        javafx.scene.control.ComboBox<T> box = (javafx.scene.control.ComboBox<T>) dialog.getDialogPane()
                .lookup(".combo-box");
        if (box != null) {
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(T option) {
                    return option == null ? "" : label.apply(option);
                }

                @Override
                public T fromString(String text) {
                    return null;
                }
            });
        }
        return dialog.showAndWait();
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    private FileChooser chooser(String titleKey, Path startFolder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                messages.get("dialog.workspaceFiles"), "*.mv.db"));
        if (startFolder != null && Files.isDirectory(startFolder)) {
            chooser.setInitialDirectory(startFolder.toFile());
        }
        return chooser;
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.setContentText(message);
        alert.getDialogPane().setMinWidth(480);
        return alert;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path start) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (start != null && java.nio.file.Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner.get())).map(java.io.File::toPath);
    }

    @Override
    public void showFolder(Path folder) {
        // The desktop's file manager, off the FX thread (it can take a moment to start).
        Thread opener = new Thread(() -> {
            try {
                if (java.awt.Desktop.isDesktopSupported()
                        && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
                    java.awt.Desktop.getDesktop().open(folder.toFile());
                    return;
                }
            } catch (java.io.IOException | RuntimeException e) {
                // fall through to the message below
            }
            javafx.application.Platform.runLater(() -> showInformation(messages.get("exchange.export.title"),
                    messages.get("exchange.export.folderIs", folder)));
        }, "show-folder");
        opener.setDaemon(true);
        opener.start();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, String filterDescription, String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterDescription, "*." + extension));
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(java.io.File::toPath);
    }
}
