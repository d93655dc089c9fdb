package org.learnops.studio.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.CalendarFilter;
import org.learnops.studio.domain.operations.DueItem;
import org.learnops.studio.persistence.OperationsRepository;

/** The calendar, the "what's due" list and .ics export. */
public class CalendarService {

    private final OperationsRepository repository;
    private final Clock clock;

    public CalendarService(OperationsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Sessions overlapping the filter's range, by start. */
    public List<CalendarEntry> sessions(CalendarFilter filter) { throw new UnsupportedOperationException("issue 5"); }

    /**
     * What needs doing now: sessions starting within {@code horizon}, events starting within it
     * that are below their minimum enrolment, waitlists with people waiting, past sessions whose
     * attendance is not (fully) marked. Cancelled events and sessions are left out.
     */
    public List<DueItem> due(Duration horizon) { throw new UnsupportedOperationException("issue 5"); }

    /** Writes the event's sessions as an RFC 5545 calendar (temp file in the target folder, then renamed). */
    public void exportEvent(long eventId, Path target) { throw new UnsupportedOperationException("issue 5"); }

    /** Writes one series' sessions as an RFC 5545 calendar. */
    public void exportSeries(long seriesId, Path target) { throw new UnsupportedOperationException("issue 5"); }
}
