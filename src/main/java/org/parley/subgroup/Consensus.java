package org.parley.subgroup;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of a consensus check on an option: consensus holds when everyone present has stated a
 * stance and nobody blocks. Computed from the stances each time it is read, never stored.
 *
 * @param stances    each stance stated, by the participant's name, in the order present
 * @param notYetHeard the names of those present who have not stated a stance yet
 * @param blocks     the blocks with their reasons
 */
public record Consensus(long optionId, boolean reached, Map<String, StatedStance> stances, List<String> notYetHeard,
                        List<StatedStance> blocks, int present) {

    /** @param reason required for a block, optional otherwise */
    public record StatedStance(long accountId, String name, Stance stance, String reason) {
    }

    public record Present(long accountId, String name) {
    }

    public static Consensus of(long optionId, Collection<Present> present, Collection<StatedStance> stated) {
        Map<Long, StatedStance> byAccount = new LinkedHashMap<>();
        stated.forEach(s -> byAccount.put(s.accountId(), s));
        Map<String, StatedStance> stances = new LinkedHashMap<>();
        List<String> notYetHeard = new ArrayList<>();
        for (Present p : present) {
            StatedStance s = byAccount.get(p.accountId());
            if (s == null) {
                notYetHeard.add(p.name());
            } else {
                stances.put(p.name(), s);
            }
        }
        List<StatedStance> blocks = stated.stream().filter(s -> s.stance() == Stance.BLOCK).toList();
        boolean reached = !present.isEmpty() && notYetHeard.isEmpty() && blocks.isEmpty();
        return new Consensus(optionId, reached, stances, notYetHeard, blocks, present.size());
    }

    public boolean blocked() {
        return !blocks.isEmpty();
    }
}
