package org.parley.costing;

import java.time.Instant;
import java.util.List;

/**
 * A side's what-if: terms costed under one of its models.
 *
 * @param shared whether the side has shared it with the other side (then a TABLE record)
 */
public record Scenario(long id, long modelId, String name, List<Term> terms, boolean shared, String createdBy,
                       Instant createdAt) {
}
