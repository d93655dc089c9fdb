package org.learnops.studio.domain.overview;

import java.util.List;

/**
 * Something to fix, found by a step's rules, with the step (and thing) to go to.
 *
 * @param step       where to fix it
 * @param locator    the thing within the step, e.g. {@code area:12}; may be empty
 * @param messageKey the warning, as the user reads it
 * @param arguments  the message's arguments ({@code Labelled} ones are shown by their name)
 */
public record Warning(StrategyStep step, String locator, String messageKey, List<Object> arguments) {

    public Warning {
        arguments = List.copyOf(arguments);
    }

    public static Warning of(StrategyStep step, String locator, String messageKey, Object... arguments) {
        return new Warning(step, locator, messageKey, List.of(arguments));
    }
}
