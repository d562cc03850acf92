package org.parley.costing;

import java.util.List;
import org.parley.platform.Side;

/** The economic terms a passed proposal version carries, next to its language: a TABLE record. */
public record VersionEconomics(long versionId, long threadId, String label, Side side, List<Term> terms) {
}
