package org.learnops.studio.app.events;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.learnops.studio.domain.operations.EventSummary;

/** One line of the events list; its summary is replaced in place when the event changes, so the selection stays. */
public final class EventRow {

    private final long id;
    private final ReadOnlyObjectWrapper<EventSummary> summary;

    EventRow(EventSummary summary) {
        this.id = summary.event().id();
        this.summary = new ReadOnlyObjectWrapper<>(summary);
    }

    public long id() {
        return id;
    }

    public ReadOnlyObjectProperty<EventSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public EventSummary summary() {
        return summary.get();
    }

    void update(EventSummary value) {
        summary.set(value);
    }
}
