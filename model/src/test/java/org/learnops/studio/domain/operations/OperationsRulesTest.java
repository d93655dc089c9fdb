package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.learnops.studio.domain.Problem;

class OperationsRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static List<String> keys(List<Problem> problems) {
        return problems.stream().map(Problem::messageKey).toList();
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }

    private static Person person(String name, String email, Set<PersonRole> roles) {
        return new Person(0, name, email, "", "", roles);
    }

    static Event event(int capacity, int minimum, EventStatus status, LocalDate startsOn, LocalDate endsOn) {
        return new Event(1, 1, Optional.empty(), "", "", capacity, minimum, status, startsOn, endsOn, Optional.empty());
    }

    private static Event marchEvent() {
        return event(10, 0, EventStatus.OPEN, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
    }

    private static Session session(LocalDateTime start, LocalDateTime end, String link) {
        return new Session(0, 1, Optional.empty(), start, end, PARIS, Optional.empty(), link, List.of(), Optional.empty());
    }

    // --- people ---

    @Test
    void aPersonWithNameAndRoleIsValid() {
        assertEquals(List.of(), OperationsRules.check(Person.participant("Ana Lima")));
        assertEquals(List.of(), OperationsRules.check(person("Ana", "ana@example.com", Set.of(PersonRole.FACILITATOR))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "\t"})
    void aPersonNeedsAName(String name) {
        List<Problem> problems = OperationsRules.check(Person.participant(name));
        assertEquals(List.of("name"), fields(problems));
        assertEquals(List.of("operations.error.nameRequired"), keys(problems));
    }

    @Test
    void aNameOfTwoHundredCharactersIsTheLongestAllowed() {
        assertEquals(List.of(), OperationsRules.check(Person.participant("x".repeat(200))));
        assertEquals(List.of("operations.error.tooLong"), keys(OperationsRules.check(Person.participant("x".repeat(201)))));
        assertEquals(List.of(200), OperationsRules.check(Person.participant("x".repeat(201))).get(0).arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ana", "ana@", "@example.com", "ana@example", "ana lima@example.com", "a@b@c.com"})
    void aMalformedEmailIsRefused(String email) {
        assertEquals(List.of("email"), fields(OperationsRules.check(person("Ana", email, Set.of(PersonRole.PARTICIPANT)))));
    }

    @Test
    void aPersonNeedsAtLeastOneRole() {
        assertEquals(List.of("operations.error.roleRequired"), keys(OperationsRules.check(person("Ana", "", Set.of()))));
    }

    // --- rooms ---

    @Test
    void aRoomCapacityOfZeroIsRefused() {
        List<Problem> problems = OperationsRules.check(new Room(0, "Boardroom", "HQ", 0, false, ""));
        assertEquals(List.of("capacity"), fields(problems));
        assertEquals(List.of("operations.error.roomCapacity"), keys(problems));
        assertEquals(List.of(), OperationsRules.check(new Room(0, "Boardroom", "HQ", 1, false, "")));
        assertEquals(List.of("capacity"), fields(OperationsRules.check(new Room(0, "Boardroom", "HQ", -3, false, ""))));
    }

    @Test
    void aVirtualRoomNeedsAWebLink() {
        assertEquals(List.of("operations.error.linkRequired"), keys(OperationsRules.check(new Room(0, "Teams", "", 300, true, " "))));
        assertEquals(List.of("operations.error.link"),
                keys(OperationsRules.check(new Room(0, "Teams", "", 300, true, "teams.example.com/academy"))));
        assertEquals(List.of("operations.error.link"),
                keys(OperationsRules.check(new Room(0, "Teams", "", 300, true, "ftp://example.com/x"))));
        assertEquals(List.of(), OperationsRules.check(new Room(0, "Teams", "", 300, true, "https://teams.example.com/academy")));
    }

    @Test
    void aRoomNeedsAName() {
        assertEquals(List.of("name"), fields(OperationsRules.check(new Room(0, "", "HQ", 12, false, ""))));
    }

    // --- courses ---

    @Test
    void aCourseNeedsATitleAndADurationOfOneMinuteToOneDay() {
        assertEquals(List.of(), OperationsRules.check(course("Negotiation", 1)));
        assertEquals(List.of(), OperationsRules.check(course("Negotiation", 1440)));
        assertEquals(List.of("defaultDurationMinutes"), fields(OperationsRules.check(course("Negotiation", 0))));
        assertEquals(List.of("defaultDurationMinutes"), fields(OperationsRules.check(course("Negotiation", 1441))));
        assertEquals(List.of("operations.error.titleRequired"), keys(OperationsRules.check(course(" ", 60))));
    }

    private static Course course(String title, int minutes) {
        return new Course(0, title, Optional.empty(), CourseFormat.IN_PERSON, minutes, Optional.empty());
    }

    // --- events ---

    @Test
    void anEventsCapacityIsOneToOneHundredThousand() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertEquals(List.of(), OperationsRules.check(event(1, 0, EventStatus.PLANNED, day, day)));
        assertEquals(List.of(), OperationsRules.check(event(100_000, 0, EventStatus.PLANNED, day, day)));
        assertEquals(List.of("capacity"), fields(OperationsRules.check(event(0, 0, EventStatus.PLANNED, day, day))));
        assertEquals(List.of("capacity"), fields(OperationsRules.check(event(-1, 0, EventStatus.PLANNED, day, day))));
        assertEquals(List.of("capacity"), fields(OperationsRules.check(event(100_001, 0, EventStatus.PLANNED, day, day))));
    }

    @Test
    void theMinimumEnrolmentIsZeroToTheCapacity() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertEquals(List.of(), OperationsRules.check(event(12, 12, EventStatus.OPEN, day, day)));
        assertEquals(List.of("minimumEnrolment"), fields(OperationsRules.check(event(12, 13, EventStatus.OPEN, day, day))));
        assertEquals(List.of("minimumEnrolment"), fields(OperationsRules.check(event(12, -1, EventStatus.OPEN, day, day))));
        assertEquals(List.of(12), OperationsRules.check(event(12, 13, EventStatus.OPEN, day, day)).get(0).arguments());
    }

    @Test
    void anEventCannotEndBeforeItStarts() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertEquals(List.of("endsOn"), fields(OperationsRules.check(event(5, 0, EventStatus.OPEN, day, day.minusDays(1)))));
    }

    @Test
    void fullAndCancelledAreNotSettable() {
        LocalDate day = LocalDate.of(2026, 3, 2);
        assertEquals(List.of("status"), fields(OperationsRules.check(event(5, 0, EventStatus.FULL, day, day))));
        assertEquals(List.of("status"), fields(OperationsRules.check(event(5, 0, EventStatus.CANCELLED, day, day))));
        assertEquals(List.of(), OperationsRules.check(event(5, 0, EventStatus.COMPLETED, day, day)));
    }

    // --- sessions ---

    @Test
    void aSessionMustEndAfterItStarts() {
        LocalDateTime nine = LocalDateTime.of(2026, 3, 3, 9, 0);
        assertEquals(List.of(), OperationsRules.check(session(nine, nine.plusMinutes(1), ""), marchEvent()));
        assertEquals(List.of("operations.error.endBeforeStart"),
                keys(OperationsRules.check(session(nine, nine, ""), marchEvent())));
        assertEquals(List.of("operations.error.endBeforeStart"),
                keys(OperationsRules.check(session(nine, nine.minusHours(1), ""), marchEvent())));
    }

    @Test
    void aSessionOutsideItsEventsDaysIsRefused() {
        assertEquals(List.of("operations.error.sessionOutsideEvent"), keys(OperationsRules.check(
                session(LocalDateTime.of(2026, 3, 1, 9, 0), LocalDateTime.of(2026, 3, 1, 10, 0), ""), marchEvent())));
        assertEquals(List.of("operations.error.sessionOutsideEvent"), keys(OperationsRules.check(
                session(LocalDateTime.of(2026, 3, 6, 23, 0), LocalDateTime.of(2026, 3, 7, 0, 30), ""), marchEvent())));
        // first and last day themselves are inside; a session ending at midnight belongs to its day
        assertEquals(List.of(), OperationsRules.check(
                session(LocalDateTime.of(2026, 3, 2, 0, 0), LocalDateTime.of(2026, 3, 2, 1, 0), ""), marchEvent()));
        assertEquals(List.of(), OperationsRules.check(
                session(LocalDateTime.of(2026, 3, 6, 22, 0), LocalDateTime.of(2026, 3, 7, 0, 0), ""), marchEvent()));
    }

    @Test
    void aSessionsLinkMustBeAWebAddress() {
        LocalDateTime nine = LocalDateTime.of(2026, 3, 3, 9, 0);
        assertEquals(List.of("virtualLink"), fields(OperationsRules.check(session(nine, nine.plusHours(1), "zoom"), marchEvent())));
        assertEquals(List.of(), OperationsRules.check(session(nine, nine.plusHours(1), "https://zoom.example.com/j/1"), marchEvent()));
    }

    // --- cost lines ---

    private static CostLine cost(String amount, String currency) {
        return new CostLine(0, 1, CostCategory.CATERING, new BigDecimal(amount), currency, "");
    }

    @Test
    void amountsAreZeroOrMoreWithAtMostTwoDecimalsAndBelowATrillion() {
        assertEquals(List.of(), OperationsRules.check(cost("0", "EUR")));
        assertEquals(List.of(), OperationsRules.check(cost("12.50", "EUR")));
        assertEquals(List.of(), OperationsRules.check(cost("12.500", "EUR"))); // trailing zeros are not decimals
        assertEquals(List.of(), OperationsRules.check(cost("999999999999.99", "EUR")));
        assertEquals(List.of("operations.error.amountNegative"), keys(OperationsRules.check(cost("-0.01", "EUR"))));
        assertEquals(List.of("operations.error.amountDecimals"), keys(OperationsRules.check(cost("1.005", "EUR"))));
        assertEquals(List.of("operations.error.amountTooLarge"), keys(OperationsRules.check(cost("1000000000000", "EUR"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "EU", "eur", "XYZ", "EURO", "€"})
    void theCurrencyIsAnIso4217Code(String currency) {
        assertEquals(List.of("currency"), fields(OperationsRules.check(cost("10", currency))));
    }

    @Test
    void knownCurrenciesAreAccepted() {
        assertTrue(OperationsRules.isCurrency("EUR"));
        assertTrue(OperationsRules.isCurrency("JPY"));
        assertTrue(OperationsRules.isCurrency("CHF"));
        assertFalse(OperationsRules.isCurrency(null));
    }

    // --- recurrences ---

    private static Recurrence recurrence(Frequency frequency, Set<DayOfWeek> days, int count, LocalTime start, LocalTime end) {
        return new Recurrence(frequency, days, count, LocalDate.of(2026, 3, 2), start, end, PARIS);
    }

    @Test
    void aSeriesHasOneToMaxCountSessions() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime ten = LocalTime.of(10, 0);
        assertEquals(List.of(), OperationsRules.check(recurrence(Frequency.DAILY, Set.of(), 1, nine, ten)));
        assertEquals(List.of(), OperationsRules.check(recurrence(Frequency.DAILY, Set.of(), Recurrence.MAX_COUNT, nine, ten)));
        assertEquals(List.of("count"), fields(OperationsRules.check(recurrence(Frequency.DAILY, Set.of(), 0, nine, ten))));
        assertEquals(List.of("count"),
                fields(OperationsRules.check(recurrence(Frequency.DAILY, Set.of(), Recurrence.MAX_COUNT + 1, nine, ten))));
    }

    @Test
    void weekdaysNeedAtLeastOneDayAndTheEndFollowsTheStart() {
        LocalTime nine = LocalTime.of(9, 0);
        assertEquals(List.of("weekdays"), fields(OperationsRules.check(recurrence(Frequency.WEEKDAYS, Set.of(), 3, nine, nine.plusHours(1)))));
        assertEquals(List.of(), OperationsRules.check(recurrence(Frequency.WEEKDAYS, Set.of(DayOfWeek.MONDAY), 3, nine, nine.plusHours(1))));
        assertEquals(List.of("endTime"), fields(OperationsRules.check(recurrence(Frequency.WEEKLY, Set.of(), 3, nine, nine))));
    }

    // --- reasons ---

    @Test
    void aReasonIsRequiredAndAtMostTwoThousandCharacters() {
        assertEquals(List.of("operations.error.reasonRequired"), keys(OperationsRules.reason(null)));
        assertEquals(List.of("operations.error.reasonRequired"), keys(OperationsRules.reason("   ")));
        assertEquals(List.of(), OperationsRules.reason("Facilitator ill"));
        assertEquals(List.of(), OperationsRules.reason("x".repeat(2000)));
        assertEquals(List.of("operations.error.tooLong"), keys(OperationsRules.reason("x".repeat(2001))));
    }
}
