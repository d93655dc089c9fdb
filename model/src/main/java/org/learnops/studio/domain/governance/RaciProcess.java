package org.learnops.studio.domain.governance;

/**
 * A row of the RACI matrix: a process in one activity area of the Scope step.
 *
 * @param id             store identity (0 before it is stored)
 * @param activityAreaId the Scope step's activity area
 * @param name           required, e.g. "Approve a training request"
 */
public record RaciProcess(long id, long activityAreaId, String name) {

    public RaciProcess {
        name = name == null ? "" : name;
    }

    public RaciProcess withId(long value) {
        return new RaciProcess(value, activityAreaId, name);
    }

    public RaciProcess withName(String value) {
        return new RaciProcess(id, activityAreaId, value);
    }
}
