package org.learnops.studio.domain;

import java.util.List;

/**
 * One broken rule, tied to the field it concerns so a form can show it next to that field.
 *
 * @param field      the field's name in its record, e.g. {@code "name"}
 * @param messageKey resource-bundle key of the message
 * @param arguments  arguments of the message
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

    public Problem {
        arguments = List.copyOf(arguments);
    }

    public static Problem of(String field, String messageKey, Object... arguments) {
        return new Problem(field, messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
