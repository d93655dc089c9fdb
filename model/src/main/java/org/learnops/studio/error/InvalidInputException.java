package org.learnops.studio.error;

import java.util.List;
import org.learnops.studio.domain.Problem;

/** Input that breaks a rule of the model; nothing was stored. */
public class InvalidInputException extends StudioException {

    private final transient List<Problem> problems;

    public InvalidInputException(List<Problem> problems) {
        super(problems.get(0).messageKey(), problems.get(0).argumentArray());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
