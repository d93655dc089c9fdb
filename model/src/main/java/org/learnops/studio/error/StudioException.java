package org.learnops.studio.error;

import java.util.List;

/**
 * A failure the user can be told about. It carries a message key (resolved by the UI from its
 * resource bundle) and the arguments for that message, never user-facing text.
 */
public class StudioException extends RuntimeException {

    private final String messageKey;
    private final transient List<Object> arguments;

    public StudioException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    public StudioException(String messageKey, Throwable cause, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + List.of(arguments)), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
