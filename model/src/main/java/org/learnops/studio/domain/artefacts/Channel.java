package org.learnops.studio.domain.artefacts;

/** How a message of the communication plan reaches its audience. */
public enum Channel {
    EMAIL("channel.email"),
    TOWN_HALL("channel.townHall"),
    INTRANET("channel.intranet"),
    TEAM_MEETING("channel.teamMeeting"),
    OTHER("channel.other");

    private final String messageKey;

    Channel(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
