package org.parley.term.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.parley.account.Viewer;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.LegalClock;
import org.parley.platform.Audience;
import org.parley.platform.Side;
import org.parley.term.DeadlineStatus;
import org.parley.term.Deadlines;
import org.parley.term.Extension;
import org.parley.term.ExtensionStatus;
import org.parley.term.Notice;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the modules below this one show of the legal clock: the status every countdown carries, the
 * dashboard's next legal deadline, and the sentences the update draft writes about extensions and
 * notices. Reads only TABLE records (and, for the next deadline, what the viewer may see).
 */
@Component
class TermClock implements LegalClock {

    private final TermRepository repository;
    private final TermService terms;
    private final Jurisdictions jurisdictions;
    private final org.parley.negotiation.Negotiations negotiations;

    TermClock(TermRepository repository, TermService terms, Jurisdictions jurisdictions, org.parley.negotiation.Negotiations negotiations) {
        this.repository = repository;
        this.terms = terms;
        this.jurisdictions = jurisdictions;
        this.negotiations = negotiations;
    }

    @Override
    @Transactional(readOnly = true)
    public State state(ContractTerm term, Instant at) {
        String stoppedBy = jurisdictions.find(term.jurisdiction()).map(Jurisdiction::renewalStoppedBy).orElse(null);
        return LegalClockCalculator.state(term, repository.renewal(term.negotiationId()).orElse(null),
                repository.notices(term.negotiationId(), Set.of(Audience.TABLE), term.zone()), repository.extensions(term.negotiationId()),
                stoppedBy, at);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<LegalClock.Deadline> nextDeadline(Viewer viewer, long negotiationId, Instant at) {
        if (viewer == null || !viewer.canSee(Audience.TABLE)) {
            return Optional.empty();
        }
        Deadlines all = terms.deadlines(viewer, negotiationId, at, null);
        ZoneId zone = all.expiresAt().getZone();
        return all.deadlines().stream()
                .filter(d -> d.status() == DeadlineStatus.UPCOMING && d.dueBy() != null && !d.dueBy().isBefore(all.asOf()))
                .min(Comparator.comparing(org.parley.term.Deadline::dueBy))
                .<LegalClock.Deadline>map(d -> new LegalClock.Deadline(d.label(), endOf(d.dueBy(), zone), d.explanation(), "/negotiations/" + negotiationId + "/legal-clock"));
    }

    @Override
    public boolean knowsJurisdiction(String code) {
        return jurisdictions.knows(code);
    }

    static ZonedDateTime endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).minusSeconds(1);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> happenings(Viewer viewer, long negotiationId, LocalDate from, LocalDate to) {
        if (viewer == null || !viewer.canSee(Audience.TABLE)) {
            return List.of();
        }
        Side us = viewer.side() != null ? viewer.side() : Side.LABOR;
        ZoneId zone = negotiations.term(negotiationId).zone();
        List<Dated> lines = new ArrayList<>();
        for (Extension e : repository.extensions(negotiationId)) {
            LocalDate offered = LocalDate.ofInstant(e.offeredAt(), zone);
            if (within(offered, from, to) && e.counterOf() == null) {
                lines.add(new Dated(e.offeredAt(), who(e.offeredBy(), us, true) + " offered " + e.term()
                        + (e.conditions() == null ? "" : ", on conditions: " + e.conditions()) + "."));
            }
            if (e.respondedAt() != null && within(LocalDate.ofInstant(e.respondedAt(), zone), from, to)) {
                lines.add(new Dated(e.respondedAt(), answer(e, us)));
            }
        }
        for (Notice n : repository.notices(negotiationId, Set.of(Audience.TABLE), zone)) {
            if (within(LocalDate.ofInstant(n.servedAt(), zone), from, to)) {
                lines.add(new Dated(n.servedAt(), who(n.servedBy(), us, true) + " served the " + terms.label(n)
                        + (n.location() == null ? "" : " at " + n.location()) + " on "
                        + LegalClockCalculator.day(LocalDate.ofInstant(n.servedAt(), zone)) + "."));
            }
        }
        lines.sort(Comparator.comparing(Dated::at));
        return lines.stream().map(Dated::text).toList();
    }

    private record Dated(Instant at, String text) {
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** "We" or "Management" as the subject of a sentence, "our" or "management's" as a possessive. */
    static String who(Side side, Side us, boolean subject) {
        if (side == us) {
            return subject ? "We" : "our";
        }
        return subject ? side.label() : side.label().toLowerCase(Locale.ROOT) + "'s";
    }

    /** "Management refused our offer of a 30-day extension." */
    static String answer(Extension e, Side us) {
        String verb = switch (e.status()) {
            case ACCEPTED -> "accepted";
            case REFUSED -> "refused";
            case COUNTERED -> "countered";
            case WITHDRAWN -> "withdrew";
            case OFFERED -> "has not answered";
        };
        String sentence = who(e.respondedBy(), us, true) + " " + verb + " " + who(e.offeredBy(), us, false) + " offer of " + e.term()
                + (e.conditions() == null || e.status() != ExtensionStatus.REFUSED ? "" : " (it came with conditions: " + e.conditions() + ")") + ".";
        if (e.status() == ExtensionStatus.ACCEPTED) {
            sentence += " The contract stays in force while it runs.";
        }
        return sentence;
    }
}
