package org.learnops.studio.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.learnops.studio.domain.operations.CalendarEntry;
import org.learnops.studio.domain.operations.CalendarFilter;
import org.learnops.studio.domain.operations.DueItem;
import org.learnops.studio.domain.operations.IcsCalendar;
import org.learnops.studio.error.StudioException;
import org.learnops.studio.persistence.OperationsRepository;

/** The calendar, the "what's due" list and .ics export. */
public class CalendarService {

    /** How far back the due list looks for sessions whose attendance is not marked. */
    public static final Duration ATTENDANCE_LOOK_BACK = Duration.ofDays(60);

    private final OperationsRepository repository;
    private final Clock clock;

    public CalendarService(OperationsRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Sessions overlapping the filter's range, by start. */
    public List<CalendarEntry> sessions(CalendarFilter filter) {
        return repository.inTransaction(store -> store.calendar(filter));
    }

    /**
     * What needs doing now: sessions starting within {@code horizon}, events starting within it
     * that are below their minimum enrolment, waitlists with people waiting (while places are free,
     * or when the event starts within the horizon), past sessions of the last
     * {@link #ATTENDANCE_LOOK_BACK} whose attendance is not (fully) marked. Cancelled events and
     * sessions are left out. Event days are read in the clock's time zone. By when they are due.
     */
    public List<DueItem> due(Duration horizon) {
        Instant now = clock.instant();
        Instant horizonEnd = now.plus(horizon);
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        LocalDate lastDay = LocalDate.ofInstant(horizonEnd, clock.getZone());
        return repository.inTransaction(store -> store.due(now, horizonEnd, today, lastDay,
                now.minus(ATTENDANCE_LOOK_BACK), clock.getZone()));
    }

    /** Writes the event's sessions as an RFC 5545 calendar (temp file in the target folder, then renamed). */
    public void exportEvent(long eventId, Path target) {
        Calendar calendar = repository.inTransaction(store -> {
            String title = store.eventSummary(eventId).orElseThrow(() -> new StudioException("event.error.gone"))
                    .courseTitle();
            return new Calendar(title, store.eventCalendar(eventId), store.workspaceUid());
        });
        write(calendar, target);
    }

    /** Writes one series' sessions as an RFC 5545 calendar. */
    public void exportSeries(long seriesId, Path target) {
        Calendar calendar = repository.inTransaction(store -> {
            store.series(seriesId).orElseThrow(() -> new StudioException("series.error.gone"));
            List<CalendarEntry> entries = store.seriesCalendar(seriesId);
            String title = entries.isEmpty() ? "" : entries.get(0).courseTitle();
            return new Calendar(title, entries, store.workspaceUid());
        });
        write(calendar, target);
    }

    private record Calendar(String name, List<CalendarEntry> entries, String uidDomain) {
    }

    /** Writes beside the target, then moves into place, so a failed export never leaves half a file. */
    private void write(Calendar calendar, Path target) {
        String text = IcsCalendar.write(calendar.name(), calendar.entries(), calendar.uidDomain(), clock.instant());
        Path absolute = target.toAbsolutePath();
        Path temp = null;
        try {
            temp = Files.createTempFile(absolute.getParent(), ".learnops-", ".ics.tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                // a file system without atomic rename (some network drives): a plain replace is the best it offers
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException cleanup) {
                    e.addSuppressed(cleanup);
                }
            }
            throw new StudioException("calendar.error.exportFailed", e, absolute.toString(), String.valueOf(e.getMessage()));
        }
    }
}
