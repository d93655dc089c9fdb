package org.learnops.studio.domain.governance;

import java.util.Optional;

/**
 * How complete the Governance step is, for the strategy overview.
 *
 * @param model            the chosen governance model, if any
 * @param bodies           governance bodies defined
 * @param bodiesWithoutMembers bodies nobody sits on yet
 * @param processes        processes in the RACI matrix
 * @param roles            roles (columns) in the RACI matrix
 * @param processesComplete processes with exactly one Accountable, at least one Responsible, in an in-scope area
 * @param warnings         rule-check warnings ({@link GovernanceRules#warnings})
 */
public record GovernanceSummary(Optional<GovernanceModel> model, int bodies, int bodiesWithoutMembers, int processes,
                                int roles, int processesComplete, int warnings) {

    /** Nothing missing: a model chosen, at least one body with members, a matrix without warnings. */
    public boolean isComplete() {
        return model.isPresent() && bodies > 0 && bodiesWithoutMembers == 0 && processes > 0 && roles > 0
                && warnings == 0;
    }
}
