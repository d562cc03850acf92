package org.parley.subgroup;

import org.parley.platform.Side;

/**
 * One person in a subgroup.
 *
 * @param side       the side a co-lead or member speaks for; null for facilitators and observers
 * @param localUnion for an observer, the local union that selected them
 * @param caucus     for an observer, whether their local lets them attend the labor caucus (and so read
 *                   labor's notes in the subgroup); never management's
 */
public record Participant(long accountId, String name, ParticipantRole role, Side side, String localUnion, boolean caucus) {
}
