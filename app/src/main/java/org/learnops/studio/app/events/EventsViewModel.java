package org.learnops.studio.app.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.domain.operations.Event;
import org.learnops.studio.domain.operations.EventFilter;
import org.learnops.studio.domain.operations.EventStatus;
import org.learnops.studio.domain.operations.EventSummary;
import org.learnops.studio.export.SignInSheetExport;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The "Events & sessions" screen (O1): the events list, filtered in the database and read one page
 * at a time, and the editor of the selected event.
 *
 * <p>Paging: the list holds the first {@value #PAGE} matches and reads the next page when the user
 * scrolls to its end (or asks for more). A coordinator finds an event among 100,000 by typing, not by
 * scrolling, so the pages read stay few; unlike a window that drops rows, the rows already read stay
 * put, so the selection, keyboard navigation and the editor never point at a row that vanished.
 */
public final class EventsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(EventsViewModel.class);

    /** Rows read per page. */
    public static final int PAGE = 200;

    private final EventsContext context;
    private final References references;
    private final EventEditorViewModel editor;
    private final ObservableList<EventRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice<EventStatus>> statusFilters = FXCollections.observableArrayList();
    private final StringProperty filterText = new SimpleStringProperty("");
    private final ObjectProperty<Choice<EventStatus>> statusFilter = new SimpleObjectProperty<>();
    private final BooleanProperty showCancelled = new SimpleBooleanProperty();
    private final ObjectProperty<EventRow> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper();
    private final ReadOnlyBooleanWrapper canLoadMore = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper newEventError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    /**
     * Counts list reads: a page that arrives after the filter changed again is dropped, and a count
     * not yet started when the filter changed again is not run at all (read on the worker).
     */
    private volatile int generation;
    private boolean counting;
    private boolean readingMore;
    private boolean loaded;

    /** @param signInSheets writes a session's printable sign-in sheet (.xlsx) */
    public EventsViewModel(EventService events, DirectoryService directory, CalendarService calendar,
                           SignInSheetExport signInSheets, Clock clock, TaskRunner tasks, DialogService dialogs,
                           Messages messages, SaveTracker saves, UndoManager undo) {
        this.context = new EventsContext(events, directory, calendar, clock, tasks, dialogs, messages, saves, undo);
        this.references = new References(messages.get("events.coordinator.none"), messages.get("events.room.none"));
        this.editor = new EventEditorViewModel(context, references, signInSheets, this::eventChanged);
        Choice<EventStatus> any = new Choice<>(null, messages.get("events.filter.anyStatus"));
        statusFilters.add(any);
        for (EventStatus status : EventStatus.values()) {
            statusFilters.add(new Choice<>(status, messages.get(status.messageKey())));
        }
        statusFilter.set(any);
        filterText.addListener((observable, old, now) -> reload());
        statusFilter.addListener((observable, old, now) -> reload());
        showCancelled.addListener((observable, old, now) -> reload());
        selected.addListener((observable, old, row) -> editor.show(row == null ? null : row.summary()));
    }


    /** Reads the pickers' choices and the first page of events, in the background. */
    public void load() {
        loaded = true;
        busy.set(true);
        context.tasks().run(() -> References.read(context), snapshot -> {
            references.apply(snapshot);
            busy.set(false);
            reload();
        }, failure -> {
            busy.set(false);
            context.failed(LOG, "events.loadFailed.title", failure);
        });
    }

    /**
     * Opening the screen: the first time, reads everything; later, the pickers' choices again
     * (the People screen may have changed people, rooms and courses).
     */
    public void refreshFromOtherSteps() {
        if (!loaded) {
            load();
            return;
        }
        context.tasks().run(() -> References.read(context), snapshot -> {
            references.apply(snapshot);
            editor.referencesChanged();
        }, failure -> LOG.warn("Could not read people, rooms and courses again", failure));
    }

    /** The filter the list shows now. */
    EventFilter filter() {
        EventStatus status = statusFilter.get() == null ? null : statusFilter.get().value();
        boolean cancelled = showCancelled.get() || status == EventStatus.CANCELLED;
        return new EventFilter(filterText.get(), Optional.ofNullable(status), cancelled, Optional.empty(), "",
                Optional.empty(), Optional.empty());
    }

    /** Reads the first page for the current filter; the selected event stays selected if it still matches. */
    public void reload() {
        int mine = ++generation;
        EventFilter filter = filter();
        busy.set(true);
        context.tasks().run(() -> context.events().events(filter, 0, PAGE),
                page -> {
                    if (mine != generation) {
                        return;
                    }
                    busy.set(false);
                    readingMore = false;
                    EventRow was = selected.get();
                    List<EventRow> fresh = new ArrayList<>();
                    EventRow keep = null;
                    for (EventSummary event : page) {
                        EventRow row = was != null && was.id() == event.event().id() ? was : new EventRow(event);
                        if (row == was) {
                            row.update(event);
                            keep = row;
                        }
                        fresh.add(row);
                    }
                    rows.setAll(fresh);
                    if (keep == null) {
                        selected.set(null);
                    }
                    if (page.size() < PAGE) {
                        // a short page is its own count
                        counting = false;
                        total.set(page.size());
                        updateSummary();
                    } else {
                        count(mine, filter);
                    }
                }, failure -> {
                    if (mine == generation) {
                        busy.set(false);
                        context.failed(LOG, "events.loadFailed.title", failure);
                    }
                });
    }

    /**
     * Counts the matches after their first page is shown: the count reads every event, so the list
     * does not wait for it; the summary says "counting" meanwhile.
     */
    private void count(int mine, EventFilter filter) {
        counting = true;
        updateSummary();
        context.tasks().run(() -> mine == generation ? context.events().countEvents(filter) : -1, count -> {
            if (mine != generation || count < 0) {
                return;
            }
            counting = false;
            total.set(count);
            updateSummary();
        }, failure -> {
            if (mine == generation) {
                counting = false;
                context.failed(LOG, "events.loadFailed.title", failure);
            }
        });
    }

    /** Reads the next page (the view asks when the user scrolls to the end of the list). */
    public void loadMore() {
        if (!canLoadMore.get() || readingMore) {
            return;
        }
        readingMore = true;
        int mine = generation;
        int offset = rows.size();
        EventFilter filter = filter();
        context.tasks().run(() -> context.events().events(filter, offset, PAGE), page -> {
            if (mine != generation) {
                return;
            }
            readingMore = false;
            page.forEach(event -> rows.add(new EventRow(event)));
            updateSummary();
        }, failure -> {
            readingMore = false;
            context.failed(LOG, "events.loadFailed.title", failure);
        });
    }

    private void updateSummary() {
        if (counting) {
            canLoadMore.set(true);
            summary.set(context.text("events.summaryCounting", rows.size()));
            return;
        }
        canLoadMore.set(rows.size() < total.get());
        summary.set(context.text("events.summary", rows.size(), total.get()));
    }

    /**
     * Creates an event of the first course, planned, a fortnight from today, and selects it so the
     * coordinator fills in the rest (every field is saved as it changes).
     */
    public void newEvent() {
        if (references.courses().isEmpty()) {
            newEventError.set(context.text("events.new.noCourse"));
            return;
        }
        newEventError.set("");
        long courseId = references.courses().get(0).value();
        Event draft = new Event(0, courseId, Optional.empty(), "", "", 12, 0, EventStatus.PLANNED,
                context.today().plusWeeks(2), context.today().plusWeeks(2), Optional.empty());
        busy.set(true);
        context.tasks().run(() -> context.events().event(context.events().createEvent(draft).id()), created -> {
            busy.set(false);
            EventRow row = new EventRow(created);
            rows.add(0, row);
            total.set(total.get() + 1);
            updateSummary();
            selected.set(row);
        }, failure -> {
            busy.set(false);
            context.failed(LOG, "events.saveFailed.title", failure);
        });
    }

    /** Something about an event changed in the editor: its row shows the new figures. */
    private void eventChanged(EventSummary summary) {
        rows.stream().filter(row -> row.id() == summary.event().id()).findFirst().ifPresent(row -> row.update(summary));
    }

    public ObservableList<EventRow> rows() {
        return rows;
    }

    public EventEditorViewModel editor() {
        return editor;
    }

    public References references() {
        return references;
    }

    /** Matched in the database against course, business area, region and coordinator (the view debounces typing). */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    public ObservableList<Choice<EventStatus>> statusFilters() {
        return statusFilters;
    }

    public ObjectProperty<Choice<EventStatus>> statusFilterProperty() {
        return statusFilter;
    }

    public BooleanProperty showCancelledProperty() {
        return showCancelled;
    }

    public ObjectProperty<EventRow> selectedProperty() {
        return selected;
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canLoadMoreProperty() {
        return canLoadMore.getReadOnlyProperty();
    }

    /** E.g. "200 of 100,000 events". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty newEventErrorProperty() {
        return newEventError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
