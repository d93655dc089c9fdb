package org.learnops.studio.domain.operations;

/**
 * How many rows each operations table holds, as an export streams them (for its progress).
 *
 * @param events     all events, cancelled ones included
 * @param sessions   all sessions, cancelled ones included
 * @param enrolments all enrolments, any status
 * @param marks      attendance marks
 * @param costLines  cost lines not deleted
 */
public record RecordCounts(long events, long sessions, long enrolments, long marks, long costLines) {

    public long total() {
        return events + sessions + enrolments + marks + costLines;
    }
}
