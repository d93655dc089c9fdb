package org.learnops.studio.persistence;

import java.util.function.Function;

/**
 * Stores the operation: people, rooms, courses, events, sessions, series, enrolments, attendance,
 * cost lines, conflict policies and the append-only history.
 *
 * <p>One user action is one transaction: a service reads and writes through the
 * {@link OperationsStore} it is handed, and everything it did (an event with its sessions, a
 * cancellation with the promotions it causes, the history lines) is committed together when the
 * work returns, or rolled back together when it throws.
 */
public interface OperationsRepository {

    <T> T inTransaction(Function<OperationsStore, T> work);
}
