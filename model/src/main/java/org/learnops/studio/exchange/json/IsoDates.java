package org.learnops.studio.exchange.json;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Dates and date-times of a workshop file, read as {@link LocalDate#parse} and
 * {@link LocalDateTime#parse} read them, with the same result and the same refusals
 * ({@link java.time.DateTimeException}). The shapes the writer uses ({@code 2026-02-01},
 * {@code 2026-02-01T10:00:00}) take a short way round the formatter, which a million enrolments
 * and attendance marks make worth it; anything else goes to the formatter.
 */
final class IsoDates {

    private IsoDates() {
    }

    static LocalDate date(String text) {
        if (text.length() == 10 && isDate(text)) {
            return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    static LocalDateTime dateTime(String text) {
        if (text.length() == 19 && isDate(text) && text.charAt(10) == 'T' && isDigits(text, 11, 13) && text.charAt(13) == ':'
                && isDigits(text, 14, 16) && text.charAt(16) == ':' && isDigits(text, 17, 19)) {
            return LocalDateTime.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10),
                    digits(text, 11, 13), digits(text, 14, 16), digits(text, 17, 19));
        }
        return LocalDateTime.parse(text);
    }

    /** {@code yyyy-MM-dd} at the start: four-digit year, as the formatter needs without a sign. */
    private static boolean isDate(String text) {
        return isDigits(text, 0, 4) && text.charAt(4) == '-' && isDigits(text, 5, 7) && text.charAt(7) == '-'
                && isDigits(text, 8, 10);
    }

    private static boolean isDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
