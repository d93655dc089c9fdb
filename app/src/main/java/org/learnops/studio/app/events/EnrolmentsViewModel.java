package org.learnops.studio.app.events;

import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.domain.operations.Enrolment;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.EnrolmentStatus;
import org.learnops.studio.domain.operations.Person;
import org.learnops.studio.error.StudioException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event's enrolments and waitlist: find a person by name and enrol them (waitlisted when the
 * event is full), reorder the waitlist, cancel an enrolment (the first person waiting is promoted,
 * and the screen says who).
 */
public final class EnrolmentsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EnrolmentsViewModel.class);

    /** People offered per search: a name narrows it down, nobody scrolls a directory of thousands. */
    static final int FOUND_LIMIT = 20;

    private final EventsContext context;
    private final Runnable changed;
    private final ObservableList<EnrolmentLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Choice<Long>> found = FXCollections.observableArrayList();
    private final StringProperty findText = new SimpleStringProperty("");
    private final ObjectProperty<Choice<Long>> chosen = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper information = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private long eventId;
    private int searches;

    EnrolmentsViewModel(EventsContext context, Runnable changed) {
        this.context = context;
        this.changed = changed;
        findText.addListener((observable, old, now) -> error.set(""));
    }

    void show(long id) {
        eventId = id;
        information.set("");
        error.set("");
        findText.set("");
        found.clear();
        chosen.set(null);
        if (id == 0) {
            lines.clear();
        } else {
            reload();
        }
    }

    void reload() {
        long id = eventId;
        context.tasks().run(() -> context.events().enrolments(id), read -> {
            if (id == eventId) {
                lines.setAll(read);
            }
        }, failure -> context.failed(LOG, "events.loadFailed.title", failure));
    }

    /** Looks people up by name or e-mail in the background (the view calls this a moment after typing stops). */
    public void find() {
        String text = findText.get() == null ? "" : findText.get().strip();
        int mine = ++searches;
        if (text.isEmpty()) {
            found.clear();
            chosen.set(null);
            return;
        }
        context.tasks().run(() -> context.directory().findPeople(text, FOUND_LIMIT), people -> {
            if (mine != searches) {
                return;
            }
            found.setAll(people.stream().map(EnrolmentsViewModel::choice).toList());
            chosen.set(found.isEmpty() ? null : found.get(0));
            error.set(found.isEmpty() ? context.text("events.enrol.nobodyFound", text) : "");
        }, failure -> context.failed(LOG, "events.loadFailed.title", failure));
    }

    private static Choice<Long> choice(Person person) {
        return new Choice<>(person.id(), person.email().isEmpty() ? person.name() : person.name() + " — " + person.email());
    }

    /** Enrols the chosen person; when the event is full they join the end of the waitlist. */
    public void enrol() {
        Choice<Long> person = chosen.get();
        if (person == null || eventId == 0) {
            error.set(context.text("events.enrol.chooseSomeone"));
            return;
        }
        long id = eventId;
        busy.set(true);
        context.tasks().run(() -> context.events().enrol(id, person.value()), enrolment -> {
            busy.set(false);
            String name = nameOnly(person);
            information.set(enrolment.status() == EnrolmentStatus.WAITLISTED
                    ? context.text("events.enrol.waitlisted", name, enrolment.waitlistPosition())
                    : context.text("events.enrol.enrolled", name));
            findText.set("");
            found.clear();
            chosen.set(null);
            reload();
            changed.run();
        }, this::refused);
    }

    private static String nameOnly(Choice<Long> person) {
        int dash = person.label().indexOf(" — ");
        return dash < 0 ? person.label() : person.label().substring(0, dash);
    }

    /** Moves a waitlisted person one place up (towards the first place). */
    public void moveUp(EnrolmentLine line) {
        move(line, -1);
    }

    public void moveDown(EnrolmentLine line) {
        move(line, +1);
    }

    private void move(EnrolmentLine line, int by) {
        if (line == null || line.enrolment().status() != EnrolmentStatus.WAITLISTED) {
            return;
        }
        int waiting = (int) lines.stream().filter(l -> l.enrolment().status() == EnrolmentStatus.WAITLISTED).count();
        int to = line.enrolment().waitlistPosition() + by;
        if (to < 1 || to > waiting) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> context.events().moveOnWaitlist(line.enrolment().id(), to), () -> {
            busy.set(false);
            reload();
            changed.run();
        }, this::refused);
    }

    /** Cancels an enrolment after asking; if it held a place, the first person waiting is promoted and named. */
    public void cancel(EnrolmentLine line) {
        if (line == null || line.enrolment().status() == EnrolmentStatus.CANCELLED) {
            return;
        }
        boolean sure = context.dialogs().ask(context.text("events.enrolment.cancel.title"),
                context.text("events.enrolment.cancel.question", line.personName()),
                context.text("events.enrolment.cancel.yes"), context.text("dialog.cancel"));
        if (!sure) {
            return;
        }
        busy.set(true);
        context.tasks().run(() -> context.events().cancelEnrolment(line.enrolment().id()), promoted -> {
            busy.set(false);
            information.set(promoted.isEmpty() ? context.text("events.enrolment.cancelled", line.personName())
                    : context.text("events.enrolment.cancelledAndPromoted", line.personName(), promotedMessage(promoted)));
            reload();
            changed.run();
        }, this::refused);
    }

    /** "Ana Ruiz was promoted from the waitlist", naming everyone promoted. */
    String promotedMessage(List<Enrolment> promoted) {
        String names = promoted.stream().map(enrolment -> lines.stream()
                .filter(line -> line.enrolment().personId() == enrolment.personId()).findFirst()
                .map(EnrolmentLine::personName).orElse("#" + enrolment.personId()))
                .collect(Collectors.joining(", "));
        return context.text(promoted.size() == 1 ? "events.promoted.one" : "events.promoted.many", names);
    }

    /** A refusal the model explains (already enrolled, event cancelled) shows in the tab; anything else as an error. */
    private void refused(Throwable failure) {
        busy.set(false);
        if (failure instanceof StudioException) {
            LOG.info("Enrolment change refused: {}", context.messages().describe(failure));
            error.set(context.messages().describe(failure));
        } else {
            context.failed(LOG, "events.saveFailed.title", failure);
        }
    }

    /** Holding a place first, then the waitlist in order, then cancelled. */
    public ObservableList<EnrolmentLine> lines() {
        return lines;
    }

    public StringProperty findTextProperty() {
        return findText;
    }

    public ObservableList<Choice<Long>> found() {
        return found;
    }

    public ObjectProperty<Choice<Long>> chosenProperty() {
        return chosen;
    }

    public ReadOnlyStringProperty informationProperty() {
        return information.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
