package org.learnops.studio.persistence;

/**
 * Stores the operation: people, rooms, courses, events, sessions, series, enrolments, attendance,
 * cost lines, conflict policies and the append-only history. (Being built for issue 5: the methods
 * are added with the JDBC implementation.)
 */
public interface OperationsRepository {
}
