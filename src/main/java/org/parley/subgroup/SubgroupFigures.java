package org.parley.subgroup;

/**
 * A subgroup's figures, computed from its record.
 *
 * @param drafted     recommendations drafted, whatever became of them
 * @param reported    of those, reported at a check-in (approved ones included)
 * @param approved    of those, approved as TAs by the full table
 */
public record SubgroupFigures(long subgroupId, String name, SubgroupStatus status, long issues, long interests, long options,
                              long drafted, long reported, long approved) {
}
