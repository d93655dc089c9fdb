package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.learnops.studio.error.InvalidInputException;

class RecurrenceRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final LocalTime NINE = LocalTime.of(9, 0);
    private static final LocalTime TEN_THIRTY = LocalTime.of(10, 30);

    private static Session template() {
        return new Session(99, 7, Optional.of(3L), LocalDateTime.of(2000, 1, 1, 0, 0), LocalDateTime.of(2000, 1, 1, 1, 0),
                ZoneId.of("UTC"), Optional.of(5L), "https://meet.example.com/x", List.of(11L, 12L),
                Optional.of(new Cancellation("old", Instant.EPOCH, "me")));
    }

    private static Recurrence weekly(LocalDate first, int count, LocalTime start, LocalTime end, ZoneId zone) {
        return new Recurrence(Frequency.WEEKLY, Set.of(), count, first, start, end, zone);
    }

    @Nested
    class LayingOutASeries {

        @Test
        void dailySessionsRunOnConsecutiveDays() {
            Recurrence daily = new Recurrence(Frequency.DAILY, Set.of(), 3, LocalDate.of(2026, 2, 27), NINE, TEN_THIRTY, PARIS);
            List<Session> sessions = RecurrenceRules.sessions(daily, template());
            assertEquals(List.of(LocalDateTime.of(2026, 2, 27, 9, 0), LocalDateTime.of(2026, 2, 28, 9, 0),
                    LocalDateTime.of(2026, 3, 1, 9, 0)), sessions.stream().map(Session::start).toList());
            assertTrue(sessions.stream().allMatch(s -> s.end().toLocalTime().equals(TEN_THIRTY)));
        }

        @Test
        void eachSessionCopiesTheTemplateWithoutIdOrCancellation() {
            Session first = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 2), 1, NINE, TEN_THIRTY, PARIS), template()).get(0);
            assertEquals(new Session(0, 7, Optional.of(3L), LocalDateTime.of(2026, 3, 2, 9, 0),
                    LocalDateTime.of(2026, 3, 2, 10, 30), PARIS, Optional.of(5L), "https://meet.example.com/x",
                    List.of(11L, 12L), Optional.empty()), first);
        }

        @Test
        void weeklySessionsKeepTheFirstDatesWeekday() {
            List<Session> sessions = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 4), 4, NINE, TEN_THIRTY, PARIS), template());
            assertEquals(4, sessions.size());
            assertTrue(sessions.stream().allMatch(s -> s.start().getDayOfWeek() == DayOfWeek.WEDNESDAY));
            assertEquals(LocalDate.of(2026, 3, 25), sessions.get(3).start().toLocalDate());
        }

        @Test
        void weekdaysStartOnOrAfterTheFirstDateAndFollowTheChosenDays() {
            // 2026-03-04 is a Wednesday: Monday/Friday sessions start on Friday the 6th
            Recurrence mondayFriday = new Recurrence(Frequency.WEEKDAYS, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 5,
                    LocalDate.of(2026, 3, 4), NINE, TEN_THIRTY, PARIS);
            assertEquals(List.of(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 13),
                    LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20)), RecurrenceRules.dates(mondayFriday));
            // the first date counts when it is a chosen day
            Recurrence wednesdays = new Recurrence(Frequency.WEEKDAYS, EnumSet.of(DayOfWeek.WEDNESDAY), 2,
                    LocalDate.of(2026, 3, 4), NINE, TEN_THIRTY, PARIS);
            assertEquals(List.of(LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 11)), RecurrenceRules.dates(wednesdays));
        }

        @Test
        void workingDaysSkipTheWeekend() {
            Recurrence workdays = new Recurrence(Frequency.WEEKDAYS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), 6,
                    LocalDate.of(2026, 3, 5), NINE, TEN_THIRTY, PARIS);
            assertEquals(List.of(LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 9),
                    LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11), LocalDate.of(2026, 3, 12)),
                    RecurrenceRules.dates(workdays));
        }

        @Test
        void aCountOfOneGivesOneSessionAndMaxCountGivesMaxCount() {
            assertEquals(1, RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 2), 1, NINE, TEN_THIRTY, PARIS), template()).size());
            Recurrence most = new Recurrence(Frequency.DAILY, Set.of(), Recurrence.MAX_COUNT, LocalDate.of(2026, 1, 1),
                    NINE, TEN_THIRTY, PARIS);
            List<Session> sessions = RecurrenceRules.sessions(most, template());
            assertEquals(Recurrence.MAX_COUNT, sessions.size());
            assertEquals(LocalDate.of(2027, 1, 1), sessions.get(Recurrence.MAX_COUNT - 1).start().toLocalDate());
        }

        @Test
        void anInvalidRecurrenceIsRefusedWithItsProblems() {
            Recurrence none = weekly(LocalDate.of(2026, 3, 2), 0, NINE, TEN_THIRTY, PARIS);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> RecurrenceRules.sessions(none, template()));
            assertEquals("count", e.problems().get(0).field());
            Recurrence tooMany = weekly(LocalDate.of(2026, 3, 2), Recurrence.MAX_COUNT + 1, NINE, TEN_THIRTY, PARIS);
            assertThrows(InvalidInputException.class, () -> RecurrenceRules.sessions(tooMany, template()));
            Recurrence noDays = new Recurrence(Frequency.WEEKDAYS, Set.of(), 2, LocalDate.of(2026, 3, 2), NINE, TEN_THIRTY, PARIS);
            assertThrows(InvalidInputException.class, () -> RecurrenceRules.sessions(noDays, template()));
        }
    }

    @Nested
    class DaylightSaving {

        private List<Instant> starts(List<Session> sessions) {
            return sessions.stream().map(Session::startInstant).toList();
        }

        @Test
        void parisSpringForwardKeepsNineLocalAndMovesTheInstantAnHourEarlier() {
            // clocks go forward on Sunday 2026-03-29 in Paris
            List<Session> sessions = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 23), 2, NINE, TEN_THIRTY, PARIS), template());
            assertEquals(List.of(LocalTime.of(9, 0), LocalTime.of(9, 0)), sessions.stream().map(s -> s.start().toLocalTime()).toList());
            assertEquals(List.of(Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z")), starts(sessions));
        }

        @Test
        void parisAutumnBackKeepsNineLocalAndMovesTheInstantAnHourLater() {
            // clocks go back on Sunday 2026-10-25 in Paris
            List<Session> sessions = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 10, 19), 2, NINE, TEN_THIRTY, PARIS), template());
            assertEquals(List.of(Instant.parse("2026-10-19T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z")), starts(sessions));
            assertTrue(sessions.stream().allMatch(s -> s.start().toLocalTime().equals(NINE)));
        }

        @Test
        void newYorkSpringAndAutumnKeepNineLocal() {
            // 2026: forward on March 8, back on November 1
            List<Session> spring = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 5), 2, NINE, TEN_THIRTY, NEW_YORK), template());
            assertEquals(List.of(Instant.parse("2026-03-05T14:00:00Z"), Instant.parse("2026-03-12T13:00:00Z")), starts(spring));
            List<Session> autumn = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 10, 29), 2, NINE, TEN_THIRTY, NEW_YORK), template());
            assertEquals(List.of(Instant.parse("2026-10-29T13:00:00Z"), Instant.parse("2026-11-05T14:00:00Z")), starts(autumn));
        }

        @Test
        void aStartInTheSpringGapMovesLaterByTheGap() {
            // 02:30 does not exist in Paris on 2026-03-29: it becomes 03:30, the end 04:00 stays
            Recurrence daily = new Recurrence(Frequency.DAILY, Set.of(), 3, LocalDate.of(2026, 3, 28),
                    LocalTime.of(2, 30), LocalTime.of(4, 0), PARIS);
            List<Session> sessions = RecurrenceRules.sessions(daily, template());
            assertEquals(LocalDateTime.of(2026, 3, 28, 2, 30), sessions.get(0).start());
            assertEquals(LocalDateTime.of(2026, 3, 29, 3, 30), sessions.get(1).start());
            assertEquals(LocalDateTime.of(2026, 3, 29, 4, 0), sessions.get(1).end());
            assertEquals(Instant.parse("2026-03-29T01:30:00Z"), sessions.get(1).startInstant());
            assertEquals(LocalDateTime.of(2026, 3, 30, 2, 30), sessions.get(2).start());
        }

        @Test
        void whenTheGapSwallowsTheWholeSessionTheEndFollowsAfterThePlannedDuration() {
            // 02:00-02:45 New York on 2026-03-08: start becomes 03:00, end 03:45
            Recurrence daily = new Recurrence(Frequency.DAILY, Set.of(), 1, LocalDate.of(2026, 3, 8),
                    LocalTime.of(2, 0), LocalTime.of(2, 45), NEW_YORK);
            Session session = RecurrenceRules.sessions(daily, template()).get(0);
            assertEquals(LocalDateTime.of(2026, 3, 8, 3, 0), session.start());
            assertEquals(LocalDateTime.of(2026, 3, 8, 3, 45), session.end());
        }

        @Test
        void aStartInTheAutumnOverlapIsTheEarlierOfTheTwo() {
            Recurrence daily = new Recurrence(Frequency.DAILY, Set.of(), 1, LocalDate.of(2026, 10, 25),
                    LocalTime.of(2, 30), LocalTime.of(3, 30), PARIS);
            Session session = RecurrenceRules.sessions(daily, template()).get(0);
            assertEquals(LocalDateTime.of(2026, 10, 25, 2, 30), session.start());
            assertEquals(Instant.parse("2026-10-25T00:30:00Z"), session.startInstant()); // still summer time, +02:00
            assertEquals(Duration.ofHours(2), Duration.between(session.startInstant(), session.endInstant()));
        }
    }

    @Nested
    class EditingASeries {

        /** Five weekly Monday sessions 09:00-10:30 Paris, ids 1..5, room 5, facilitators 11 and 12. */
        private List<Session> series() {
            List<Session> sessions = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 2), 5, NINE, TEN_THIRTY, PARIS), template());
            List<Session> stored = new ArrayList<>();
            for (int i = 0; i < sessions.size(); i++) {
                stored.add(sessions.get(i).withId(i + 1));
            }
            return stored;
        }

        private Session moved(Session session, LocalDateTime start, LocalDateTime end) {
            return session.withTimes(start, end, session.zone());
        }

        private Session withRoom(Session s, long room) {
            return new Session(s.id(), s.eventId(), s.seriesId(), s.start(), s.end(), s.zone(), Optional.of(room),
                    s.virtualLink(), s.facilitatorIds(), s.cancellation());
        }

        @Test
        void thisSessionChangesOnlyTheEditedOne() {
            List<Session> series = series();
            Session original = series.get(2);
            Session edited = moved(original, original.start().plusHours(2), original.end().plusHours(2));
            assertEquals(List.of(edited), RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.THIS_SESSION));
        }

        @Test
        void thisAndFollowingMovesTheTimeOfDayOfTheLaterSessionsKeepingTheirDates() {
            List<Session> series = series();
            Session original = series.get(2);
            Session edited = moved(original, original.start().withHour(14), original.end().withHour(15).withMinute(0));
            List<Session> result = RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.THIS_AND_FOLLOWING);
            assertEquals(List.of(3L, 4L, 5L), result.stream().map(Session::id).toList());
            for (Session s : result) {
                assertEquals(LocalTime.of(14, 0), s.start().toLocalTime());
                assertEquals(LocalTime.of(15, 0), s.end().toLocalTime());
                assertEquals(series.get((int) s.id() - 1).start().toLocalDate(), s.start().toLocalDate());
            }
        }

        @Test
        void allChangesEverySessionAndAMovedDateOnlyTheEditedOne() {
            List<Session> series = series();
            Session original = series.get(2); // Monday 2026-03-16
            Session edited = withRoom(moved(original, LocalDateTime.of(2026, 3, 17, 9, 0), LocalDateTime.of(2026, 3, 17, 11, 0)), 8);
            List<Session> result = RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.ALL);
            assertEquals(List.of(1L, 2L, 3L, 4L, 5L), result.stream().map(Session::id).toList());
            assertEquals(edited, result.get(2));
            for (Session s : List.of(result.get(0), result.get(1), result.get(3), result.get(4))) {
                assertEquals(DayOfWeek.MONDAY, s.start().getDayOfWeek(), "the others keep their date");
                assertEquals(NINE, s.start().toLocalTime());
                assertEquals(LocalTime.of(11, 0), s.end().toLocalTime(), "the new duration applies");
                assertEquals(Optional.of(8L), s.roomId());
                assertEquals(List.of(11L, 12L), s.facilitatorIds());
            }
        }

        @Test
        void onlyWhatTheEditChangedIsApplied() {
            List<Session> series = new ArrayList<>(series());
            // session 4 was moved to 11:00 on its own earlier
            Session four = series.get(3);
            series.set(3, moved(four, four.start().withHour(11), four.end().withHour(12)));
            Session original = series.get(0);
            Session edited = withRoom(original, 9);
            List<Session> result = RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.ALL);
            assertEquals(5, result.size());
            assertEquals(LocalTime.of(11, 0), result.get(3).start().toLocalTime(), "its own time stays");
            assertEquals(Optional.of(9L), result.get(3).roomId());
        }

        @Test
        void cancelledAndEarlierSessionsAreLeftAlone() {
            List<Session> series = new ArrayList<>(series());
            series.set(3, series.get(3).withCancellation(Optional.of(new Cancellation("holiday", Instant.EPOCH, "me"))));
            Session original = series.get(1);
            Session edited = new Session(original.id(), original.eventId(), original.seriesId(), original.start(), original.end(),
                    original.zone(), original.roomId(), original.virtualLink(), List.of(13L), original.cancellation());
            List<Session> result = RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.THIS_AND_FOLLOWING);
            assertEquals(List.of(2L, 3L, 5L), result.stream().map(Session::id).toList());
            assertTrue(result.stream().allMatch(s -> s.facilitatorIds().equals(List.of(13L))));
        }

        @Test
        void anEditThatChangesNothingElseReturnsOnlyTheEditedSession() {
            List<Session> series = series();
            Session original = series.get(1);
            Session edited = moved(original, original.start().plusDays(1), original.end().plusDays(1));
            assertEquals(List.of(edited), RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.ALL));
        }

        @Test
        void aNewTimeZoneKeepsTheLocalTimeInTheNewZone() {
            List<Session> series = series();
            Session original = series.get(0);
            Session edited = original.withTimes(original.start(), original.end(), NEW_YORK);
            List<Session> result = RecurrenceRules.applyEdit(series, original, edited, SeriesEdit.ALL);
            assertEquals(5, result.size());
            assertEquals(NEW_YORK, result.get(4).zone());
            assertEquals(NINE, result.get(4).start().toLocalTime());
            assertEquals(Instant.parse("2026-03-30T13:00:00Z"), result.get(4).startInstant());
        }

        @Test
        void aTimeChangeIntoTheGapMovesLaterOnThatDay() {
            ZoneId zone = PARIS;
            List<Session> sundays = new ArrayList<>();
            List<Session> laid = RecurrenceRules.sessions(weekly(LocalDate.of(2026, 3, 22), 2, NINE, TEN_THIRTY, zone), template());
            sundays.add(laid.get(0).withId(1));
            sundays.add(laid.get(1).withId(2)); // 2026-03-29, the spring-forward Sunday
            Session original = sundays.get(0);
            Session edited = moved(original, original.start().withHour(2).withMinute(30), original.end().withHour(4).withMinute(0));
            List<Session> result = RecurrenceRules.applyEdit(sundays, original, edited, SeriesEdit.ALL);
            assertEquals(LocalDateTime.of(2026, 3, 29, 3, 30), result.get(1).start());
            assertEquals(LocalDateTime.of(2026, 3, 29, 5, 0), result.get(1).end(), "the duration is kept");
        }
    }
}
