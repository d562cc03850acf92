package org.parley.subgroup;

import java.util.List;
import org.parley.platform.Side;

/**
 * A subgroup of a table, e.g. "Staffing and patient care", with its charge (the areas it is tasked with).
 *
 * @param attributeOptions whether options show the side that put them forward; by default they do not,
 *                         a norm of interest-based bargaining
 * @param meetingSessionIds sessions of the table at which the subgroup met
 */
public record Subgroup(long id, long tableId, long negotiationId, String name, List<String> charge, SubgroupStatus status,
                       boolean attributeOptions, List<Participant> participants, List<Long> meetingSessionIds) {

    public List<Participant> coLeads(Side side) {
        return participants.stream().filter(p -> p.role() == ParticipantRole.CO_LEAD && p.side() == side).toList();
    }

    public List<Participant> members(Side side) {
        return participants.stream().filter(p -> p.role() == ParticipantRole.MEMBER && p.side() == side).toList();
    }

    public List<Participant> withRole(ParticipantRole role) {
        return participants.stream().filter(p -> p.role() == role).toList();
    }

    /** Co-leads and members of both sides: the people who state stances. */
    public List<Participant> deciders() {
        return participants.stream().filter(p -> p.role().decides()).toList();
    }

    public java.util.Optional<Participant> participant(long accountId) {
        return participants.stream().filter(p -> p.accountId() == accountId).findFirst();
    }
}
