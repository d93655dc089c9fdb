package org.learnops.studio.domain.operations;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Writes sessions as an iCalendar file (RFC 5545) that calendar clients import or subscribe to.
 *
 * <p>Every session is one VEVENT whose UID ({@code session-<id>@<uidDomain>}) never changes, so
 * importing a later export updates the client's copy instead of adding a second one; SEQUENCE is
 * the session's revision, so the client knows the newer copy wins. A cancelled session, or a
 * session of a cancelled event, is written with STATUS:CANCELLED rather than left out, which is
 * how a client learns to remove it. Times are written in UTC, so no VTIMEZONE is needed and every
 * client shows the same moment. Lines end in CRLF and are folded at 75 octets without splitting a
 * UTF-8 character.
 */
public final class IcsCalendar {

    public static final String PRODUCT_ID = "-//LearnOps Studio//EN";
    static final int MAX_LINE_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private IcsCalendar() {
    }

    /**
     * The calendar text.
     *
     * @param calendarName shown by clients as the calendar's name (X-WR-CALNAME)
     * @param entries      the sessions, in the order to write them
     * @param uidDomain    the right-hand side of every UID, e.g. the workspace's id; never changes for a workspace
     * @param stamp        when the file is written (DTSTAMP)
     */
    public static String write(String calendarName, List<CalendarEntry> entries, String uidDomain, Instant stamp) {
        if (uidDomain == null || uidDomain.isBlank() || !uidDomain.strip().matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("uidDomain must be a host-like name: " + uidDomain);
        }
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:" + PRODUCT_ID);
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        if (calendarName != null && !calendarName.isBlank()) {
            line(out, "X-WR-CALNAME:" + escape(calendarName.strip()));
        }
        String stampText = utc(stamp);
        for (CalendarEntry entry : entries) {
            Session session = entry.session();
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + uid(session.id(), uidDomain.strip()));
            line(out, "DTSTAMP:" + stampText);
            line(out, "DTSTART:" + utc(session.startInstant()));
            line(out, "DTEND:" + utc(session.endInstant()));
            line(out, "SUMMARY:" + escape(entry.courseTitle()));
            String location = entry.roomName().isBlank() ? session.virtualLink() : entry.roomName();
            if (!location.isBlank()) {
                line(out, "LOCATION:" + escape(location));
            }
            if (!entry.facilitatorNames().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(String.join(", ", entry.facilitatorNames())));
            }
            line(out, "SEQUENCE:" + Math.max(0, entry.revision()));
            line(out, "STATUS:" + (entry.isCancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** The UID of a session: the same in every export, so clients update instead of duplicating. */
    public static String uid(long sessionId, String uidDomain) {
        return "session-" + sessionId + "@" + uidDomain;
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends a content line, folded (RFC 5545 3.1): no physical line longer than 75 octets,
     * continuation lines start with one space, and a character is never split across lines.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }

    private static String utc(Instant instant) {
        return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
