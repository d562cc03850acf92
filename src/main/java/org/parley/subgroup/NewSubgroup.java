package org.parley.subgroup;

import java.util.List;
import java.util.Map;
import org.parley.platform.Side;

/**
 * Chartering a subgroup.
 *
 * @param coLeads      account ids of each side's co-leads (one or two per side)
 * @param members      account ids of each side's members (may be subject-matter experts not on the table's team)
 * @param facilitators account ids of neutral facilitators (accounts on neither team)
 */
public record NewSubgroup(String name, List<String> charge, Map<Side, List<Long>> coLeads, Map<Side, List<Long>> members,
                          List<Long> facilitators, Boolean attributeOptions) {

    public NewSubgroup {
        charge = charge == null ? List.of() : charge;
        coLeads = coLeads == null ? Map.of() : coLeads;
        members = members == null ? Map.of() : members;
        facilitators = facilitators == null ? List.of() : facilitators;
    }
}
