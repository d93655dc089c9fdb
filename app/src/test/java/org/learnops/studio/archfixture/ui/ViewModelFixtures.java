package org.learnops.studio.archfixture.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXMLLoader;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** ViewModels that touch the scene graph, a window or FXML; and one that only uses what is allowed. */
public final class ViewModelFixtures {

    private ViewModelFixtures() {
    }

    public static final class SceneViewModel {
        Label label;
    }

    public static final class StageViewModel {
        Window window;
    }

    public static final class FxmlViewModel {
        FXMLLoader loader;
    }

    /** Properties and observable collections are what a ViewModel is made of: must stay allowed. */
    public static final class GoodViewModel {
        final SimpleStringProperty name = new SimpleStringProperty();
        final ObservableList<String> rows = FXCollections.observableArrayList();
    }
}
