package org.learnops.studio.app.overview;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.domain.overview.Check;
import org.learnops.studio.domain.overview.Overview;
import org.learnops.studio.domain.overview.StepProgress;
import org.learnops.studio.domain.overview.StrategyStep;
import org.learnops.studio.domain.overview.Warning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The strategy overview (S8): each step's progress, what it still misses, and every warning;
 * choosing a step or a warning opens the step where it is fixed.
 */
public final class OverviewViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(OverviewViewModel.class);

    /** One step's card. */
    public record StepCard(StrategyStep step, String title, String progressText, double progress, List<String> missing) {
    }

    /** One warning line. */
    public record WarningLine(StrategyStep step, String locator, String stepTitle, String text) {
    }

    private final Supplier<Overview> source;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<StrategyStep> openStep;
    private final ObservableList<StepCard> steps = FXCollections.observableArrayList();
    private final ObservableList<WarningLine> warnings = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper warningsTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /**
     * @param source   reads the whole workspace (runs in the background)
     * @param openStep switches the main window to a step
     */
    public OverviewViewModel(Supplier<Overview> source, TaskRunner tasks, DialogService dialogs, Messages messages,
                             Consumer<StrategyStep> openStep) {
        this.source = source;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.messages = messages;
        this.openStep = openStep;
    }

    /** Reads every step again (the other steps may have changed since). */
    public void load() {
        busy.set(true);
        tasks.run(source::get, overview -> {
            busy.set(false);
            show(overview);
        }, failure -> {
            busy.set(false);
            LOG.error("Could not read the strategy for the overview", failure);
            dialogs.showError(messages.get("overview.error.loadFailed"), messages.describe(failure));
        });
    }

    private void show(Overview overview) {
        steps.setAll(overview.steps().stream().map(this::card).toList());
        warnings.setAll(overview.warnings().stream()
                .map(warning -> new WarningLine(warning.step(), warning.locator(), stepTitle(warning.step()),
                        messages.get(warning.messageKey(), warning.arguments().toArray())))
                .toList());
        warningsTitle.set(messages.get("overview.warnings.title", warnings.size()));
    }

    private StepCard card(StepProgress progress) {
        List<String> missing = progress.missing().stream().map(Check::messageKey).map(messages::get).toList();
        double fraction = progress.total() == 0 ? 1 : (double) progress.done() / progress.total();
        return new StepCard(progress.step(), stepTitle(progress.step()),
                messages.get("overview.progress", progress.done(), progress.total()), fraction, missing);
    }

    String stepTitle(StrategyStep step) {
        return messages.get(switch (step) {
            case SCOPE -> "nav.scope";
            case EXPECTATIONS -> "nav.expectations";
            case NEEDS_ANALYSIS -> "nav.needsAnalysis";
            case CHAMPIONS -> "nav.champions";
            case GOVERNANCE -> "nav.governance";
            case KEY_QUESTIONS -> "nav.keyQuestions";
            case ARTEFACTS -> "nav.artefacts";
        }).strip();
    }

    /** Opens the step where this warning is fixed. */
    public void open(WarningLine warning) {
        openStep.accept(warning.step());
    }

    public void open(StepCard card) {
        openStep.accept(card.step());
    }

    public ObservableList<StepCard> steps() {
        return steps;
    }

    public ObservableList<WarningLine> warnings() {
        return warnings;
    }

    public ReadOnlyStringProperty warningsTitleProperty() {
        return warningsTitle.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
