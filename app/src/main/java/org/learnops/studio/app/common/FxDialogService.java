package org.learnops.studio.app.common;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
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
}
