package org.parley.term;

import java.math.BigDecimal;
import java.util.List;

/**
 * Strike readiness: every figure counted from the record when the page is shown, never typed.
 *
 * @param worksites one row per worksite on the roster (members without one under "(no worksite)")
 * @param units     one row per bargaining unit on the roster
 * @param pledge    the negotiation's strike pledge, if there is one
 * @param vote      the latest strike authorization vote, counts only, if there is one
 */
public record Readiness(long negotiationId, int activeMembers, List<Row> worksites, List<Row> units, Pledge pledge, StrikeVote vote,
                        List<EventTurnout> events, List<PicketShift> shifts, List<Notice> strikeNotices) {

    /**
     * @param pledged          active members here who signed the pledge
     * @param observed         members here who observed a bargaining session
     * @param picketSignUps    sign-ups for shifts at this place (by the shift's location)
     * @param captains         shift captains at this place
     * @param notices          notices served (or planned, for labor) for this place
     */
    public record Row(String name, int members, int pledged, int observed, int shifts, int picketSignUps, int picketSlots,
                      List<String> captains, List<String> notices) {

        public int pledgedPercent() {
            return members == 0 ? 0 : (int) Math.floor(100.0 * pledged / members);
        }
    }

    public record Pledge(long petitionId, String title, int goal, long signatures) {
    }

    /**
     * @param counted false until the vote is closed and counted: the figures are then null
     * @param yesPercent percent of ballots cast for the first choice of the first question
     */
    public record StrikeVote(long voteId, String title, String status, boolean counted, Long eligible, Long cast, BigDecimal turnout,
                             BigDecimal yesPercent, String result) {
    }

    public record EventTurnout(long eventId, String title, String when, long going) {
    }
}
