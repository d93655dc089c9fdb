package org.learnops.studio.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Child process of the start-up floor: the smallest JavaFX application with a window and a
 * control. Like the product's Launcher, the main class does not extend Application.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        ReadyMarker.watch(stage -> "bare".equals(stage.getTitle()));
        Application.launch(App.class, args);
    }

    public static final class App extends Application {

        @Override
        public void start(Stage stage) {
            stage.setTitle("bare");
            stage.setScene(new Scene(new StackPane(new Label("Hello")), 1280, 860));
            stage.show();
        }
    }
}
