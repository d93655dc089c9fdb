package org.learnops.studio.persistence;

import java.util.List;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.EngagementEntry;

/**
 * Stores champions and their engagement logs. Deleting only marks a record deleted, so undo brings
 * it back with its id. Champions of deleted stakeholders are not listed (and come back with them).
 */
public interface ChampionRepository {

    /** Champions not deleted whose stakeholder is not deleted, in the order they were added. */
    List<Champion> list();

    /** Stores a new champion and returns it as stored, with its id. */
    Champion add(Champion champion);

    void update(Champion champion);

    void delete(long id);

    void restore(long id);

    /** The engagement-log entries of the champions {@link #list()} returns, oldest first. */
    List<EngagementEntry> engagements();

    /** Stores a new entry and returns it with its id. */
    EngagementEntry addEngagement(EngagementEntry entry);

    void deleteEngagement(long id);

    void restoreEngagement(long id);
}
