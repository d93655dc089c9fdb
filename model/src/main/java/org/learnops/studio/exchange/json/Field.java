package org.learnops.studio.exchange.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * One field of a record in the workshop file: its JSON name, the column it is stored in and what
 * values it accepts. The file format is this list, not the domain records, so a domain record
 * gaining a field does not change the file.
 *
 * @param json      name in the file
 * @param column    column in the workspace
 * @param type      Java type of the value (String, Long, Integer, Boolean, BigDecimal, LocalDate, LocalTime, LocalDateTime)
 * @param nullable  whether {@code null} is allowed
 * @param maxLength longest text accepted (texts only)
 * @param min       smallest number accepted (integers only)
 * @param max       largest number accepted (integers only)
 * @param choices   the enum whose constant names are the accepted texts, or null
 * @param reference the kind (its {@code name}) whose id this field holds, or null
 * @param personal  written only with personal data, optional on import
 */
record Field(String json, String column, Class<?> type, boolean nullable, int maxLength, long min, long max,
             Class<? extends Enum<?>> choices, String reference, boolean personal) {

    static Field text(String json, String column, int maxLength) {
        return new Field(json, column, String.class, false, maxLength, 0, 0, null, null, false);
    }

    static Field optionalText(String json, String column, int maxLength) {
        return new Field(json, column, String.class, true, maxLength, 0, 0, null, null, false);
    }

    static Field email(String json, String column) {
        return new Field(json, column, String.class, false, 254, 0, 0, null, null, true);
    }

    static Field choice(String json, String column, Class<? extends Enum<?>> choices) {
        return new Field(json, column, String.class, false, 60, 0, 0, choices, null, false);
    }

    static Field optionalChoice(String json, String column, Class<? extends Enum<?>> choices) {
        return new Field(json, column, String.class, true, 60, 0, 0, choices, null, false);
    }

    static Field integer(String json, String column, long min, long max) {
        return new Field(json, column, Integer.class, false, 0, min, max, null, null, false);
    }

    static Field bool(String json, String column) {
        return new Field(json, column, Boolean.class, false, 0, 0, 0, null, null, false);
    }

    static Field date(String json, String column) {
        return new Field(json, column, LocalDate.class, false, 0, 0, 0, null, null, false);
    }

    static Field optionalDate(String json, String column) {
        return new Field(json, column, LocalDate.class, true, 0, 0, 0, null, null, false);
    }

    static Field time(String json, String column) {
        return new Field(json, column, LocalTime.class, false, 0, 0, 0, null, null, false);
    }

    static Field dateTime(String json, String column) {
        return new Field(json, column, LocalDateTime.class, false, 0, 0, 0, null, null, false);
    }

    static Field optionalDateTime(String json, String column) {
        return new Field(json, column, LocalDateTime.class, true, 0, 0, 0, null, null, false);
    }

    static Field decimal(String json, String column, BigDecimal min) {
        return new Field(json, column, BigDecimal.class, false, 0, min.longValue(), Long.MAX_VALUE, null, null, false);
    }

    static Field ref(String json, String column, String kind) {
        return new Field(json, column, Long.class, false, 0, 1, Long.MAX_VALUE, null, kind, false);
    }

    static Field optionalRef(String json, String column, String kind) {
        return new Field(json, column, Long.class, true, 0, 1, Long.MAX_VALUE, null, kind, false);
    }
}
