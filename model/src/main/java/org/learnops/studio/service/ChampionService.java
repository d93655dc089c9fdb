package org.learnops.studio.service;

import java.util.List;
import org.learnops.studio.domain.Problem;
import org.learnops.studio.domain.champions.Champion;
import org.learnops.studio.domain.champions.ChampionRules;
import org.learnops.studio.domain.champions.EngagementEntry;
import org.learnops.studio.error.InvalidInputException;
import org.learnops.studio.persistence.ChampionRepository;

/** The champions' use cases; every change is checked with {@link ChampionRules}, then stored at once. */
public class ChampionService {

    private final ChampionRepository repository;

    public ChampionService(ChampionRepository repository) {
        this.repository = repository;
    }

    public List<Champion> list() {
        return repository.list();
    }

    public Champion add(Champion champion) {
        refuse(ChampionRules.check(champion));
        return repository.add(champion);
    }

    public void save(Champion champion) {
        refuse(ChampionRules.check(champion));
        repository.update(champion);
    }

    /** Marks the champion deleted; {@link #restore(long)} undoes it with the log intact. */
    public void delete(long id) {
        repository.delete(id);
    }

    public void restore(long id) {
        repository.restore(id);
    }

    public List<EngagementEntry> engagements() {
        return repository.engagements();
    }

    public EngagementEntry addEngagement(EngagementEntry entry) {
        refuse(ChampionRules.check(entry));
        return repository.addEngagement(entry);
    }

    public void deleteEngagement(long id) {
        repository.deleteEngagement(id);
    }

    public void restoreEngagement(long id) {
        repository.restoreEngagement(id);
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
