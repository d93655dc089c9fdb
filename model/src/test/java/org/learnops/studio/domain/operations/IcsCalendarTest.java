package org.learnops.studio.domain.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;

class IcsCalendarTest {

    private static final Instant STAMP = Instant.parse("2026-03-01T10:15:30.123Z");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final String DOMAIN = "w-1234.learnops.local";
    private static final Cancellation CANCELLED = new Cancellation("ill", STAMP, "me");

    private static Session session(long id, LocalDateTime start, int minutes, String link) {
        return new Session(id, 7, Optional.empty(), start, start.plusMinutes(minutes), PARIS, Optional.empty(), link,
                List.of(), Optional.empty());
    }

    private static CalendarEntry entry(Session session, String title, String room, List<String> facilitators,
                                       boolean eventCancelled, int revision) {
        return new CalendarEntry(session, title, room, facilitators, eventCancelled, revision);
    }

    private static List<CalendarEntry> entries() {
        String longTitle = "Négociation avancée — 交渉術 — atelier pratique pour coordinatrices et coordinateurs 🎓🎓 fin";
        return List.of(
                entry(session(1, LocalDateTime.of(2026, 3, 10, 9, 0), 90, ""), "Negotiation; level 2, part\\1",
                        "Boardroom, 2nd floor", List.of("Ana Lima", "Ben O’Neil"), false, 0),
                entry(session(2, LocalDateTime.of(2026, 3, 31, 9, 0), 90, "https://teams.example.com/j/42?x=1"), longTitle,
                        "", List.of(), false, 3),
                entry(session(3, LocalDateTime.of(2026, 4, 7, 9, 0), 60, "").withCancellation(Optional.of(CANCELLED)),
                        "Line one\nline two\r\nline three", "Room", List.of("Ana Lima"), false, 1),
                entry(session(4, LocalDateTime.of(2026, 4, 8, 9, 0), 60, ""), "Of a cancelled event", "Room",
                        List.of(), true, 2));
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).orElseThrow(() -> new AssertionError("no " + property)).getValue();
    }

    @Test
    void aCalendarParserReadsEverySessionBack() throws Exception {
        Calendar calendar = parse(IcsCalendar.write("Academy: spring", entries(), DOMAIN, STAMP));
        // RFC 5545 rules per event (true: recurse into sub-components). The iTIP rules of RFC 5546
        // would also want an ORGANIZER for METHOD:PUBLISH; a workspace has no organiser address, and
        // clients import PUBLISH calendars without one.
        for (VEvent event : calendar.<VEvent>getComponents("VEVENT")) {
            ValidationResult validation = event.validate(true);
            assertFalse(validation.hasErrors(), validation.toString());
        }
        assertEquals("2.0", calendar.<Property>getProperty(Property.VERSION).orElseThrow().getValue());
        assertEquals("-//LearnOps Studio//EN", calendar.<Property>getProperty(Property.PRODID).orElseThrow().getValue());
        assertEquals("PUBLISH", calendar.<Property>getProperty(Property.METHOD).orElseThrow().getValue());
        assertEquals("GREGORIAN", calendar.<Property>getProperty(Property.CALSCALE).orElseThrow().getValue());

        List<VEvent> events = calendar.getComponents("VEVENT");
        assertEquals(4, events.size());
        VEvent first = events.get(0);
        assertEquals("session-1@" + DOMAIN, value(first, Property.UID));
        assertEquals("20260301T101530Z", value(first, Property.DTSTAMP));
        assertEquals("20260310T080000Z", value(first, Property.DTSTART), "09:00 Paris in winter is 08:00 UTC");
        assertEquals("20260310T093000Z", value(first, Property.DTEND));
        assertEquals("Negotiation; level 2, part\\1", value(first, Property.SUMMARY), "escaped and read back");
        assertEquals("Boardroom, 2nd floor", value(first, Property.LOCATION));
        assertEquals("Ana Lima, Ben O’Neil", value(first, Property.DESCRIPTION));
        assertEquals("0", value(first, Property.SEQUENCE));
        assertEquals("CONFIRMED", value(first, Property.STATUS));
    }

    @Test
    void summerTimeIsConvertedToUtc() throws Exception {
        VEvent second = parse(IcsCalendar.write("A", entries(), DOMAIN, STAMP)).<VEvent>getComponents("VEVENT").get(1);
        assertEquals("20260331T070000Z", value(second, Property.DTSTART), "09:00 Paris in summer is 07:00 UTC");
        assertEquals("https://teams.example.com/j/42?x=1", value(second, Property.LOCATION), "the link when there is no room");
        assertEquals("3", value(second, Property.SEQUENCE));
    }

    @Test
    void longLinesAreFoldedAndUnfoldToTheOriginalText() throws Exception {
        VEvent second = parse(IcsCalendar.write("A", entries(), DOMAIN, STAMP)).<VEvent>getComponents("VEVENT").get(1);
        assertEquals(entries().get(1).courseTitle(), value(second, Property.SUMMARY));
    }

    @Test
    void everyPhysicalLineEndsInCrlfHasAtMost75OctetsAndIsWholeUtf8() throws CharacterCodingException {
        String ics = IcsCalendar.write("A", entries(), DOMAIN, STAMP);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        assertFalse(ics.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(ics.replace("\r\n", "").contains("\r"), "no bare CR");
        String[] lines = ics.split("\r\n");
        boolean folded = false;
        for (String line : lines) {
            byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
            assertTrue(bytes.length <= 75, bytes.length + " octets: " + line);
            // each physical line on its own is valid UTF-8: no character was split by the fold
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            folded |= line.startsWith(" ");
        }
        assertTrue(folded, "the long title was folded");
    }

    @Test
    void foldingNeverSplitsAMultiByteCharacter() {
        // 74 ASCII octets then a 4-octet emoji: the emoji must move whole to the next line
        StringBuilder out = new StringBuilder();
        IcsCalendar.line(out, "X".repeat(74) + "🎓" + "é".repeat(40));
        String[] lines = out.toString().split("\r\n");
        assertEquals("X".repeat(74), lines[0]);
        assertTrue(lines[1].startsWith(" 🎓"));
        for (String line : lines) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75);
        }
        assertEquals("X".repeat(74) + "🎓" + "é".repeat(40) + "\r\n", out.toString().replace("\r\n ", ""), "unfolds to the original");
    }

    @Test
    void aLineOfExactly75OctetsIsNotFolded() {
        StringBuilder out = new StringBuilder();
        IcsCalendar.line(out, "Y".repeat(75));
        assertEquals("Y".repeat(75) + "\r\n", out.toString());
        StringBuilder longer = new StringBuilder();
        IcsCalendar.line(longer, "Y".repeat(76));
        assertEquals("Y".repeat(75) + "\r\n Y\r\n", longer.toString());
    }

    @Test
    void textIsEscaped() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", IcsCalendar.escape("a\\b;c,d\ne\r\nf\rg"));
        assertEquals("bell", IcsCalendar.escape("be\u0007ll"));
        String ics = IcsCalendar.write("A", entries(), DOMAIN, STAMP);
        assertTrue(ics.contains("SUMMARY:Line one\\nline two\\nline three\r\n"), ics);
    }

    @Test
    void cancelledSessionsAndSessionsOfCancelledEventsAreExportedAsCancelled() throws Exception {
        List<VEvent> events = parse(IcsCalendar.write("A", entries(), DOMAIN, STAMP)).getComponents("VEVENT");
        assertEquals(List.of("CONFIRMED", "CONFIRMED", "CANCELLED", "CANCELLED"),
                events.stream().map(e -> value(e, Property.STATUS)).toList());
        assertEquals("Line one\nline two\nline three", value(events.get(2), Property.SUMMARY));
    }

    @Test
    void uidsAreStableBetweenExports() throws Exception {
        List<VEvent> before = parse(IcsCalendar.write("A", entries(), DOMAIN, STAMP)).getComponents("VEVENT");
        // a later export: other stamp, the second session moved and revised, another order
        List<CalendarEntry> later = List.of(entries().get(3),
                entry(entries().get(1).session().withTimes(LocalDateTime.of(2026, 4, 1, 14, 0), LocalDateTime.of(2026, 4, 1, 15, 0), PARIS),
                        "Moved", "", List.of(), false, 4), entries().get(0));
        List<VEvent> after = parse(IcsCalendar.write("A", later, DOMAIN, STAMP.plusSeconds(86_400))).getComponents("VEVENT");
        assertEquals(List.of("session-1@" + DOMAIN, "session-2@" + DOMAIN, "session-3@" + DOMAIN, "session-4@" + DOMAIN),
                before.stream().map(e -> value(e, Property.UID)).toList());
        assertEquals(List.of("session-4@" + DOMAIN, "session-2@" + DOMAIN, "session-1@" + DOMAIN),
                after.stream().map(e -> value(e, Property.UID)).toList());
        assertEquals("4", value(after.get(1), Property.SEQUENCE));
    }

    @Test
    void anEmptyCalendarIsStillACalendar() throws Exception {
        String ics = IcsCalendar.write("", List.of(), DOMAIN, STAMP);
        assertEquals("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//LearnOps Studio//EN\r\nCALSCALE:GREGORIAN\r\n"
                + "METHOD:PUBLISH\r\nEND:VCALENDAR\r\n", ics);
        assertEquals(0, parse(ics).getComponents("VEVENT").size());
    }

    @Test
    void aUidDomainMustLookLikeAHostName() {
        assertThrows(IllegalArgumentException.class, () -> IcsCalendar.write("A", List.of(), " ", STAMP));
        assertThrows(IllegalArgumentException.class, () -> IcsCalendar.write("A", List.of(), "a b@c", STAMP));
    }
}
