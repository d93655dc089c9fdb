package org.learnops.studio.app.events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.learnops.studio.app.common.DialogService;
import org.learnops.studio.app.common.Messages;
import org.learnops.studio.app.common.SaveTracker;
import org.learnops.studio.app.common.TaskRunner;
import org.learnops.studio.app.common.UndoManager;
import org.learnops.studio.service.CalendarService;
import org.learnops.studio.service.DirectoryService;
import org.learnops.studio.service.EventService;
import org.slf4j.Logger;

/**
 * What every part of the Events screen works with: the services, the background runner, the
 * dialogs, the bundle, undo, and how a failure is reported (logged once, shown as a short message).
 */
record EventsContext(EventService events, DirectoryService directory, CalendarService calendar, Clock clock,
                     TaskRunner tasks, DialogService dialogs, Messages messages, SaveTracker saves, UndoManager undo) {

    /** Dates as 2027-03-31 and times as 09:30: unambiguous for teams across countries. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    String text(String key, Object... arguments) {
        return messages.get(key, arguments);
    }

    /** Logs the failure with its stack trace and tells the user in a sentence what went wrong. */
    void failed(Logger log, String titleKey, Throwable failure) {
        log.error("{}", messages.get(titleKey), failure);
        dialogs.showError(messages.get(titleKey), messages.describe(failure));
    }
}
