package org.learnops.studio.app.overview;

import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.ViewLoader;

/** The strategy overview screen: step cards and the warnings list, each a link to where it is fixed. */
public final class OverviewView {

    private final OverviewViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    @FXML private FlowPane stepCards;
    @FXML private Label warningsTitle;
    @FXML private Label noWarnings;
    @FXML private VBox warningList;
    @FXML private ProgressIndicator busyIndicator;

    public OverviewView(OverviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = ViewLoader.load(this, messages);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        warningsTitle.textProperty().bind(viewModel.warningsTitleProperty());
        noWarnings.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(viewModel.warnings()));
        noWarnings.managedProperty().bind(noWarnings.visibleProperty());
        viewModel.steps().addListener((ListChangeListener<OverviewViewModel.StepCard>) change -> fillCards());
        viewModel.warnings().addListener((ListChangeListener<OverviewViewModel.WarningLine>) change -> fillWarnings());
        fillCards();
        fillWarnings();
    }

    private void fillCards() {
        stepCards.getChildren().clear();
        for (OverviewViewModel.StepCard card : viewModel.steps()) {
            Hyperlink title = new Hyperlink(card.title());
            title.setId("card-" + card.step().name());
            title.getStyleClass().add("overview-card-title");
            title.setOnAction(event -> viewModel.open(card));
            ProgressBar bar = new ProgressBar(card.progress());
            bar.setMaxWidth(Double.MAX_VALUE);
            Label count = new Label(card.progressText());
            count.getStyleClass().add("overview-card-count");
            VBox box = new VBox(6, title, bar, count);
            if (card.missing().isEmpty()) {
                Label complete = new Label(messages.get("overview.complete"), new FontIcon(Feather.CHECK_CIRCLE));
                complete.getStyleClass().add("overview-complete");
                box.getChildren().add(complete);
            }
            for (String missing : card.missing()) {
                Label line = new Label("• " + missing);
                line.setWrapText(true);
                line.getStyleClass().add("overview-missing");
                box.getChildren().add(line);
            }
            box.getStyleClass().add("overview-card");
            stepCards.getChildren().add(box);
        }
    }

    private void fillWarnings() {
        warningList.getChildren().clear();
        int index = 0;
        for (OverviewViewModel.WarningLine warning : viewModel.warnings()) {
            Label step = new Label(warning.stepTitle());
            step.getStyleClass().add("overview-warning-step");
            Hyperlink text = new Hyperlink(warning.text());
            text.setId("warning-" + index++);
            text.setWrapText(true);
            text.setOnAction(event -> viewModel.open(warning));
            HBox line = new HBox(8, new FontIcon(Feather.ALERT_TRIANGLE), step, text);
            line.setAlignment(Pos.CENTER_LEFT);
            line.getStyleClass().add("overview-warning");
            warningList.getChildren().add(line);
        }
    }
}
