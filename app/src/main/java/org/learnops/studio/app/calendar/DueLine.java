package org.learnops.studio.app.calendar;

import org.learnops.studio.domain.operations.DueItem;

/**
 * One line of "What's due" as shown: the item with its texts.
 *
 * @param item  what is due
 * @param kind  e.g. "Attendance not marked"
 * @param when  e.g. "Tue 9 Mar, 09:00"
 * @param count e.g. "3 waiting"
 */
public record DueLine(DueItem item, String kind, String when, String count) {
}
