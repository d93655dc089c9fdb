package org.learnops.studio.domain.champions;

import java.util.List;

/**
 * Something the champion network does not cover yet, or a risk to it, found by {@link GapRules}.
 *
 * @param kind      what sort of gap
 * @param arguments the message's arguments (see {@link Kind}); enum arguments ({@code Stance},
 *                  {@code DeliverableKind}) are shown by their own message key
 */
public record Gap(Kind kind, List<Object> arguments) {

    public Gap {
        arguments = List.copyOf(arguments);
    }

    public static Gap of(Kind kind, Object... arguments) {
        return new Gap(kind, List.of(arguments));
    }

    public String messageKey() {
        return kind.messageKey();
    }

    public enum Kind {
        /** Argument: the business area. */
        BUSINESS_AREA_WITHOUT_CHAMPION("champions.gap.businessArea"),
        /** Argument: the region. */
        REGION_WITHOUT_CHAMPION("champions.gap.region"),
        /** Arguments: the stakeholder's name, their {@code Stance}, their influence. */
        INFLUENTIAL_OPPONENT("champions.gap.opponent"),
        /** Argument: the deliverable's {@code DeliverableKind}, or a custom deliverable's title. */
        DELIVERABLE_WITHOUT_OWNER("champions.gap.deliverable");

        private final String messageKey;

        Kind(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
