package org.learnops.studio.exchange.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The short way round the formatter gives exactly what the formatter gives: the same value or a refusal. */
class IsoDatesTest {

    private static final List<String> DATES = List.of("2026-02-01", "2024-02-29", "2025-02-29", "2026-02-30", "2026-13-01",
            "2026-00-10", "2026-01-00", "2026-01-32", "0000-01-01", "9999-12-31", "+10000-01-01", "2026-1-01", "2026/01/01",
            "2026-01-1a", "20260101", "", "2026-01-01 ", " 2026-01-01", "２０２６-01-01", "-2026-01-01");
    private static final List<String> DATE_TIMES = List.of("2026-02-01T10:00:00", "2026-02-01T10:00", "2026-02-01T10:00:00.5",
            "2026-02-01T23:59:59", "2026-02-01T24:00:00", "2026-02-01T10:60:00", "2026-02-01T10:00:60", "2026-02-30T10:00:00",
            "2026-02-01t10:00:00", "2026-02-01 10:00:00", "2026-02-01T1:00:00", "2026-02-01T10:00:0a", "2026-02-01T10-00-00",
            "2024-02-29T00:00:00", "2026-02-01T10:00:00Z", "");

    @Test
    void datesAsTheFormatterReadsThem() {
        List<String> cases = new ArrayList<>(DATES);
        cases.addAll(random(10, 5000));
        for (String text : cases) {
            assertEquals(outcome(LocalDate::parse, text), outcome(IsoDates::date, text), text);
        }
    }

    @Test
    void dateTimesAsTheFormatterReadsThem() {
        List<String> cases = new ArrayList<>(DATE_TIMES);
        cases.addAll(random(19, 5000));
        for (String text : cases) {
            assertEquals(outcome(LocalDateTime::parse, text), outcome(IsoDates::dateTime, text), text);
        }
    }

    /** Strings of the writer's shape with random digits: many real dates, many impossible ones. */
    private static List<String> random(int length, int count) {
        Random random = new Random(8);
        String shape = "2026-02-01T10:00:00".substring(0, length);
        List<String> cases = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (char c : shape.toCharArray()) {
                text.append(Character.isDigit(c) ? (char) ('0' + random.nextInt(10)) : c);
            }
            cases.add(text.toString());
        }
        return cases;
    }

    private static String outcome(Function<String, Object> read, String text) {
        try {
            return String.valueOf(read.apply(text));
        } catch (DateTimeException e) {
            return "refused";
        }
    }
}
