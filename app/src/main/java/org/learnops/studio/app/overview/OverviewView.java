package org.learnops.studio.app.overview;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;
import org.learnops.studio.app.common.Messages;

/** The strategy overview screen: step cards and the warnings list, each a link to where it is fixed. */
public final class OverviewView {

    private final OverviewViewModel viewModel;
    private final Messages messages;
    private final Parent root;

    private final FlowPane stepCards = new FlowPane(12, 12);
    private final Label warningsTitle = new Label();
    private final Label noWarnings = new Label();
    private final VBox warningList = new VBox(4);
    private final ProgressIndicator busyIndicator = new ProgressIndicator();

    public OverviewView(OverviewViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.root = build();
        initialize();
    }

    public Parent root() {
        return root;
    }

    /** Built in code, not FXML: the overview is the first screen of every start (see MainView#build). */
    private Parent build() {
        Label title = new Label(text("overview.title"));
        title.getStyleClass().add("title-2");
        busyIndicator.setId("busyIndicator");
        busyIndicator.setPrefSize(20, 20);
        HBox heading = new HBox(12, title, busyIndicator);
        heading.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(text("overview.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("step-intro");
        warningsTitle.setId("warningsTitle");
        warningsTitle.getStyleClass().add("title-3");
        noWarnings.setId("noWarnings");
        noWarnings.setText(text("overview.warnings.none"));
        noWarnings.getStyleClass().add("step-intro");
        warningList.setId("warningList");
        Label stepsTitle = new Label(text("overview.steps.title"));
        stepsTitle.getStyleClass().add("title-3");
        stepCards.setId("stepCards");
        VBox step = new VBox(14, heading, intro, warningsTitle, noWarnings, warningList, stepsTitle, stepCards);
        step.getStyleClass().add("step");
        step.setPadding(new Insets(24, 32, 32, 32));
        ScrollPane scroll = new ScrollPane(step);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("step-scroll");
        return scroll;
    }

    /** A text of the bundle as it stands (as FXML's %key gave it: no MessageFormat). */
    private String text(String key) {
        return messages.bundle().getString(key);
    }

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
