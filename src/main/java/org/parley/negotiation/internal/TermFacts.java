package org.parley.negotiation.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.Locale;
import java.util.Objects;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.NegotiationChanges;
import org.parley.platform.ParleyException;

/**
 * The term's facts after a change: an {@code expiresAt} as typed becomes the last day in force, the
 * hour (null for midnight at the end of the day) and the zone; fields left out stay as they were.
 */
record TermFacts(LocalDate expirationDate, LocalTime expirationTime, ZoneId expirationZone, String jurisdiction,
                 boolean healthCareInstitution, boolean firstContract) {

    static TermFacts of(ContractTerm before, NegotiationChanges changes, ZoneId negotiationZone) {
        LocalDate date = null;
        LocalTime time = before.expirationTime();
        ZoneId zone = before.zone().equals(negotiationZone) ? null : before.zone();
        if (changes.expiresAt() != null && !changes.expiresAt().isBlank()) {
            TemporalAccessor parsed;
            try {
                parsed = DateTimeFormatter.ISO_DATE_TIME.parse(changes.expiresAt().strip());
            } catch (DateTimeParseException e) {
                throw ParleyException.invalid("'" + changes.expiresAt() + "' is not a date and time; write it as "
                        + "2026-09-30T23:59-07:00[America/Los_Angeles] (or 2026-10-01T00:00 for midnight at the end of 30 September).");
            }
            LocalDateTime local = LocalDateTime.from(parsed);
            ZoneId region = parsed.query(TemporalQueries.zoneId());
            ZoneOffset offset = parsed.query(TemporalQueries.offset());
            ZoneId chosen = region instanceof ZoneOffset ? null : region;
            if (chosen == null && offset != null) {
                chosen = negotiationZone.getRules().isValidOffset(local, offset) ? negotiationZone : offset;
            }
            if (chosen == null) {
                chosen = negotiationZone;
            }
            if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
                date = local.toLocalDate().minusDays(1);
                time = null;
            } else {
                date = local.toLocalDate();
                time = local.toLocalTime();
            }
            zone = chosen.equals(negotiationZone) ? null : chosen;
        }
        String jurisdiction = before.jurisdiction();
        if (changes.jurisdiction() != null) {
            jurisdiction = ParleyException.requireText(changes.jurisdiction(), "The jurisdiction (e.g. US_NLRA)").toUpperCase(Locale.ROOT);
            if (!jurisdiction.matches("[A-Z][A-Z0-9_]{1,39}")) {
                throw ParleyException.invalid("A jurisdiction is a code such as US_NLRA: letters, digits and underscores.");
            }
        }
        return new TermFacts(date, time, zone, jurisdiction,
                changes.healthCareInstitution() != null ? changes.healthCareInstitution() : before.healthCareInstitution(),
                changes.firstContract() != null ? changes.firstContract() : before.firstContract());
    }

    /** What changed in the term, for the audit entry; empty when nothing did. */
    static String describe(ContractTerm before, ContractTerm after) {
        StringBuilder changed = new StringBuilder();
        if (!before.expiresAt().equals(after.expiresAt())) {
            changed.append("; expires: ").append(before.expirationPhrase()).append(" → ").append(after.expirationPhrase());
        }
        if (!Objects.equals(before.jurisdiction(), after.jurisdiction())) {
            changed.append("; jurisdiction: ").append(before.jurisdiction()).append(" → ").append(after.jurisdiction());
        }
        if (before.healthCareInstitution() != after.healthCareInstitution()) {
            changed.append("; health care institution: ").append(after.healthCareInstitution() ? "yes" : "no");
        }
        if (before.firstContract() != after.firstContract()) {
            changed.append("; first contract: ").append(after.firstContract() ? "yes" : "no");
        }
        return changed.toString();
    }
}
