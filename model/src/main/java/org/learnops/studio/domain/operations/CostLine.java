package org.learnops.studio.domain.operations;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Money spent on an event.
 *
 * @param id       store identity (0 before it is stored)
 * @param eventId  the event
 * @param category facilitator, room, catering, materials, travel or vendor
 * @param amount   zero or more, at most two decimals
 * @param currency ISO 4217 code, e.g. EUR (picked from a list)
 * @param note     free text, may be empty
 */
public record CostLine(long id, long eventId, CostCategory category, BigDecimal amount, String currency, String note) {

    public CostLine {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(amount, "amount");
        currency = currency == null ? "" : currency;
        note = note == null ? "" : note;
    }

    public CostLine withId(long value) {
        return new CostLine(value, eventId, category, amount, currency, note);
    }
}
