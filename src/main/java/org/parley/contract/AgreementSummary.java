package org.parley.contract;

import java.time.Instant;

public record AgreementSummary(long id, String name, AgreementKind kind, String sourceName, Instant importedAt,
                               int articles, int sections) {
}
