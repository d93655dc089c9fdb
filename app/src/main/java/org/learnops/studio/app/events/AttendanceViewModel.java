package org.learnops.studio.app.events;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.learnops.studio.domain.operations.AttendanceMark;
import org.learnops.studio.domain.operations.EnrolmentLine;
import org.learnops.studio.domain.operations.Session;
import org.learnops.studio.export.SignInSheet;
import org.learnops.studio.export.SignInSheetExport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Attendance per session: the people holding a place, marked attended or no-show, several at once; the sign-in sheet. */
public final class AttendanceViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AttendanceViewModel.class);

    private final EventsContext context;
    private final References references;
    private final Supplier<String> courseTitle;
    private final SignInSheetExport signInSheets;
    private final ObservableList<EnrolmentLine> enrolments;
    private final Runnable changed;
    private final FilteredList<SessionRow> sessions;
    private final ObjectProperty<SessionRow> session = new SimpleObjectProperty<>();
    private final ObservableList<AttendanceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper information = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Map<Long, AttendanceMark> marks = Map.of();

    AttendanceViewModel(EventsContext context, References references, ObservableList<SessionRow> allSessions,
                        ObservableList<EnrolmentLine> enrolments, Supplier<String> courseTitle,
                        SignInSheetExport signInSheets, Runnable changed) {
        this.context = context;
        this.references = references;
        this.courseTitle = courseTitle;
        this.signInSheets = signInSheets;
        this.enrolments = enrolments;
        this.changed = changed;
        this.sessions = new FilteredList<>(allSessions, row -> !row.isCancelled());
        session.addListener((observable, old, now) -> readMarks());
        enrolments.addListener((ListChangeListener<EnrolmentLine>) change -> showRows());
        sessions.addListener((ListChangeListener<SessionRow>) change -> keepSession());
    }

    void show(long eventId) {
        information.set("");
        if (eventId == 0) {
            session.set(null);
        }
    }

    /** After the sessions were read again: the same session stays chosen, else the first. */
    private void keepSession() {
        SessionRow chosen = session.get();
        Optional<SessionRow> same = chosen == null ? Optional.empty()
                : sessions.stream().filter(row -> row.id() == chosen.id()).findFirst();
        session.set(same.orElse(sessions.isEmpty() ? null : sessions.get(0)));
    }

    private void readMarks() {
        SessionRow chosen = session.get();
        information.set("");
        if (chosen == null) {
            marks = Map.of();
            showRows();
            return;
        }
        long id = chosen.id();
        context.tasks().run(() -> context.events().attendance(id), read -> {
            if (session.get() != null && session.get().id() == id) {
                marks = read;
                showRows();
            }
        }, failure -> context.failed(LOG, "events.loadFailed.title", failure));
    }

    private void showRows() {
        rows.setAll(enrolments.stream().filter(line -> line.enrolment().holdsPlace())
                .map(line -> new AttendanceRow(line.enrolment().personId(), line.personName(),
                        marks.get(line.enrolment().personId())))
                .toList());
    }

    /** Marks everyone in {@code chosen} for the chosen session, in one save. */
    public void mark(Collection<AttendanceRow> chosen, AttendanceMark mark) {
        SessionRow current = session.get();
        if (current == null || chosen.isEmpty()) {
            return;
        }
        List<AttendanceRow> marked = List.copyOf(chosen);
        List<Long> people = marked.stream().map(AttendanceRow::personId).toList();
        busy.set(true);
        context.tasks().run(() -> context.events().markAttendance(current.id(), people, mark), () -> {
            busy.set(false);
            Map<Long, AttendanceMark> now = new java.util.HashMap<>(marks);
            people.forEach(person -> now.put(person, mark));
            marks = now;
            marked.forEach(row -> row.setMark(mark));
            information.set(context.text("events.attendance.marked", marked.size(), mark));
            changed.run();
        }, failure -> {
            busy.set(false);
            context.failed(LOG, "events.saveFailed.title", failure);
        });
    }

    /** The sessions attendance can be taken for (not cancelled). */
    public ObservableList<SessionRow> sessions() {
        return sessions;
    }

    public ObjectProperty<SessionRow> sessionProperty() {
        return session;
    }

    public ObservableList<AttendanceRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty informationProperty() {
        return information.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Saves the chosen session's printable sign-in sheet (.xlsx) where the user picks, in the background. */
    public void signInSheet() {
        SessionRow chosen = session.get();
        if (chosen == null) {
            return;
        }
        Session at = chosen.session();
        SignInSheet sheet = new SignInSheet(courseTitle.get(), at.start(), at.end(), at.zone(), chosen.room(),
                at.facilitatorIds().stream().map(references::name).toList(),
                rows.stream().map(AttendanceRow::name).toList(), labels());
        Optional<Path> target = context.dialogs().chooseSaveFile(context.text("events.signIn.title"),
                context.text("events.signIn.fileName", chosen.date()), context.text("events.signIn.filter"), "xlsx");
        target.ifPresent(path -> {
            busy.set(true);
            context.tasks().run(() -> signInSheets.write(sheet, path), () -> {
                busy.set(false);
                information.set(context.text("events.signIn.done", path.getFileName()));
            }, failure -> {
                busy.set(false);
                context.failed(LOG, "events.signIn.failed", failure);
            });
        });
    }

    private SignInSheet.Labels labels() {
        return new SignInSheet.Labels(context.text("events.signIn.sheetName"), context.text("events.signIn.heading"),
                context.text("events.signIn.course"), context.text("events.signIn.when"),
                context.text("events.signIn.place"), context.text("events.signIn.facilitators"),
                context.text("events.signIn.name"), context.text("events.signIn.signature"),
                context.messages().bundle().getString("events.signIn.pageOfPages"), context.messages().bundle().getLocale());
    }
}
