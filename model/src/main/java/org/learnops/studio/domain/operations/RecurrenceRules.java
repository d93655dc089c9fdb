package org.learnops.studio.domain.operations;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.error.InvalidInputException;

/**
 * Lays out a recurring series and applies an edit to a series.
 *
 * <p>Sessions keep local wall-clock times: a weekly 09:00 session in Europe/Paris is 09:00 Paris
 * time before and after the daylight-saving change, so its UTC instant moves by an hour. A local
 * time that does not exist on a day (the hour skipped when clocks spring forward, e.g. 02:30 in
 * Paris on the last Sunday of March) is resolved as {@link ZonedDateTime#of} does: moved later by
 * the length of the gap (02:30 becomes 03:30). If the end then no longer follows the start, the end
 * becomes start plus the planned duration. A local time that occurs twice (autumn) is the earlier
 * of the two, as {@link Session#startInstant()} reads it.
 */
public final class RecurrenceRules {

    private RecurrenceRules() {
    }

    /**
     * The series' sessions in date order, each a copy of {@code template} (event, series, room,
     * link, facilitators) with id 0, no cancellation and the series' dates and times.
     *
     * @throws InvalidInputException when the recurrence breaks {@link OperationsRules#check(Recurrence)}
     */
    public static List<Session> sessions(Recurrence recurrence, Session template) {
        List<Problem> problems = OperationsRules.check(recurrence);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Session> sessions = new ArrayList<>(recurrence.count());
        for (LocalDate date : dates(recurrence)) {
            LocalDateTime start = resolve(date, recurrence.startTime(), recurrence.zone());
            LocalDateTime end = resolve(date, recurrence.endTime(), recurrence.zone());
            if (!end.isAfter(start)) {
                end = start.plus(Duration.between(recurrence.startTime(), recurrence.endTime()));
            }
            sessions.add(new Session(0, template.eventId(), template.seriesId(), start, end, recurrence.zone(),
                    template.roomId(), template.virtualLink(), template.facilitatorIds(),
                    Optional.empty()));
        }
        return sessions;
    }

    /** The {@code count} dates of the series, from its first date on. */
    public static List<LocalDate> dates(Recurrence recurrence) {
        List<LocalDate> dates = new ArrayList<>(recurrence.count());
        LocalDate date = recurrence.firstDate();
        while (dates.size() < recurrence.count()) {
            switch (recurrence.frequency()) {
                case DAILY -> {
                    dates.add(date);
                    date = date.plusDays(1);
                }
                case WEEKLY -> {
                    dates.add(date);
                    date = date.plusWeeks(1);
                }
                case WEEKDAYS -> {
                    if (recurrence.weekdays().isEmpty()) {
                        throw new IllegalArgumentException("WEEKDAYS without weekdays");
                    }
                    if (recurrence.weekdays().contains(date.getDayOfWeek())) {
                        dates.add(date);
                    }
                    date = date.plusDays(1);
                }
            }
        }
        return dates;
    }

    /** The local date-time {@code time} on {@code date} in {@code zone} really has, moved later when it falls in a gap. */
    public static LocalDateTime resolve(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toLocalDateTime();
    }

    /**
     * The sessions to store when {@code original}, a session of {@code series}, is saved as
     * {@code edited}.
     *
     * <ul>
     * <li>THIS_SESSION: only {@code edited}.</li>
     * <li>THIS_AND_FOLLOWING, ALL: {@code edited}, and every other session of the series that is
     * not cancelled (for THIS_AND_FOLLOWING: that starts at or after the original's start) gets
     * what the edit changed: the start time of day, the duration, the zone, the room, the link,
     * the facilitators. Whatever the edit left alone stays as each session has it, and each
     * session keeps its own date: a moved date applies to the edited session only.</li>
     * </ul>
     *
     * Sessions the edit leaves unchanged are not returned; the result is in the series' order.
     * In a daylight-saving gap the new start moves later, as in {@link #sessions}.
     */
    public static List<Session> applyEdit(List<Session> series, Session original, Session edited, SeriesEdit scope) {
        Objects.requireNonNull(scope, "scope");
        if (scope == SeriesEdit.THIS_SESSION) {
            return List.of(edited);
        }
        boolean timeChanged = !original.start().toLocalTime().equals(edited.start().toLocalTime());
        Duration duration = Duration.between(edited.start(), edited.end());
        boolean durationChanged = !Duration.between(original.start(), original.end()).equals(duration);
        boolean zoneChanged = !original.zone().equals(edited.zone());

        List<Session> changed = new ArrayList<>();
        boolean editedAdded = false;
        for (Session session : series) {
            if (session.id() == original.id()) {
                changed.add(edited);
                editedAdded = true;
                continue;
            }
            if (session.isCancelled()
                    || scope == SeriesEdit.THIS_AND_FOLLOWING && session.startInstant().isBefore(original.startInstant())) {
                continue;
            }
            LocalTime time = timeChanged ? edited.start().toLocalTime() : session.start().toLocalTime();
            ZoneId zone = zoneChanged ? edited.zone() : session.zone();
            LocalDateTime start = timeChanged || zoneChanged
                    ? resolve(session.start().toLocalDate(), time, zone)
                    : session.start();
            LocalDateTime end = start.plus(durationChanged ? duration : Duration.between(session.start(), session.end()));
            Session updated = new Session(session.id(), session.eventId(), session.seriesId(), start, end, zone,
                    !original.roomId().equals(edited.roomId()) ? edited.roomId() : session.roomId(),
                    !original.virtualLink().equals(edited.virtualLink()) ? edited.virtualLink() : session.virtualLink(),
                    !original.facilitatorIds().equals(edited.facilitatorIds()) ? edited.facilitatorIds()
                            : session.facilitatorIds(),
                    session.cancellation());
            if (!updated.equals(session)) {
                changed.add(updated);
            }
        }
        if (!editedAdded) {
            changed.add(0, edited);
        }
        return changed;
    }
}
