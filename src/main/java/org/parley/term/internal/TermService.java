package org.parley.term.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.contract.LegalDocument;
import org.parley.negotiation.ContractTerm;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.term.CustomDeadline;
import org.parley.term.Deadlines;
import org.parley.term.Extension;
import org.parley.term.ExtensionResponse;
import org.parley.term.ExtensionStatus;
import org.parley.term.NewCustomDeadline;
import org.parley.term.NewExtension;
import org.parley.term.NewNotice;
import org.parley.term.Notice;
import org.parley.term.RenewalClause;
import org.parley.term.StrikePlan;
import org.parley.term.Terms;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TermService implements Terms {

    static final String CUSTOM = "CUSTOM";

    private final TermRepository repository;
    private final Negotiations negotiations;
    private final Jurisdictions jurisdictions;
    private final AuditTrail audit;
    private final Clock clock;

    TermService(TermRepository repository, Negotiations negotiations, Jurisdictions jurisdictions, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.negotiations = negotiations;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The facts the clock is computed from, as this viewer may see them (served notices only). */
    ClockFacts facts(Viewer viewer, long negotiationId, Instant asOf, Side forSide) {
        ContractTerm term = negotiations.term(negotiationId);
        Set<Audience> readable = TermPermissions.readable(viewer);
        List<Notice> served = repository.notices(negotiationId, Set.of(Audience.TABLE), term.zone());
        Side side = forSide != null ? forSide : viewer.side() != null ? viewer.side() : Side.LABOR;
        return new ClockFacts(term, jurisdictions.get(term.jurisdiction()), repository.renewal(negotiationId).orElse(null),
                repository.extensions(negotiationId), served, repository.deadlines(negotiationId, readable), side, asOf);
    }

    /** The facts as one side sees them, for the reminder sender (which has no signed-in viewer). */
    ClockFacts factsForSide(long negotiationId, Side side, Instant asOf) {
        ContractTerm term = negotiations.term(negotiationId);
        return new ClockFacts(term, jurisdictions.get(term.jurisdiction()), repository.renewal(negotiationId).orElse(null),
                repository.extensions(negotiationId), repository.notices(negotiationId, Set.of(Audience.TABLE), term.zone()),
                repository.deadlines(negotiationId, Set.of(Audience.TABLE, Audience.of(side))), side, asOf);
    }

    @Override
    @Transactional(readOnly = true)
    public Deadlines deadlines(Viewer viewer, long negotiationId, Instant asOf, Side forSide) {
        TermPermissions.requireRead(viewer);
        return LegalClockCalculator.compute(facts(viewer, negotiationId, asOf == null ? clock.instant() : asOf, forSide));
    }

    @Override
    @Transactional(readOnly = true)
    public StrikePlan plan(Viewer viewer, long negotiationId, String target, List<String> locations) {
        TermPermissions.requireRead(viewer);
        ContractTerm term = negotiations.term(negotiationId);
        Instant at = ParleyException.require(Moments.instant(target, term.zone(), "target", "target start"), "target", "The target start (target)");
        List<String> places = locations == null ? List.of() : locations.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
        return LegalClockCalculator.plan(facts(viewer, negotiationId, clock.instant(), null), at.atZone(term.zone()), places);
    }

    // --- notices ---

    @Override
    @Transactional
    public Notice recordNotice(Viewer by, long negotiationId, NewNotice request) {
        Side mySide = TermPermissions.requireTeam(by);
        ContractTerm term = negotiations.term(negotiationId);
        Jurisdiction rules = jurisdictions.get(term.jurisdiction());
        String kind = ParleyException.requireText(request.kind(), "kind", "The notice's kind").toUpperCase(Locale.ROOT);
        var type = rules.notice(kind);
        if (type.isEmpty() && !kind.equals(CUSTOM)) {
            throw ParleyException.invalidField("kind", "'" + request.kind() + "' is not a notice of " + rules.name() + "; use one of "
                    + String.join(", ", noticeKinds(negotiationId).stream().map(NoticeKind::kind).toList()) + ".");
        }
        String title = blankToNull(request.title());
        if (kind.equals(CUSTOM) && title == null) {
            throw ParleyException.invalidField("title", "A custom notice needs a title saying what it is.");
        }
        Side servedBy = side(request.servedBy(), "servedBy", "Who serves the notice (servedBy: LABOR or MANAGEMENT)");
        if (type.isPresent() && type.get().servedBy() != null && !type.get().servedBy().equals(servedBy.name())) {
            throw ParleyException.invalidField("servedBy", "A " + type.get().label() + " is served by the " + type.get().servedBy().toLowerCase(Locale.ROOT) + " side.");
        }
        boolean planned = Boolean.TRUE.equals(request.planned());
        if (planned && servedBy != mySide) {
            throw ParleyException.forbidden("A team plans only its own notices.");
        }
        String recipients = ParleyException.requireText(request.recipients(), "recipients", "Who the notice is served on (recipients)");
        Instant servedAt = ParleyException.require(Moments.instant(request.servedAt(), term.zone(), "servedAt", "service date"), "servedAt",
                planned ? "The day it is to be served (servedAt)" : "When it was served (servedAt)");
        if (!planned && servedAt.isAfter(clock.instant().plusSeconds(300))) {
            throw ParleyException.invalidField("servedAt", "That service date is in the future: record the notice as planned until it is served.");
        }
        String location = blankToNull(request.location());
        Instant actionStartsAt = Moments.instant(request.actionStartsAt(), term.zone(), "actionStartsAt", "date and time the action begins");
        if (type.isPresent() && type.get().perLocation()) {
            ParleyException.requireText(location, "location", "The institution or location this notice is for");
            ParleyException.require(actionStartsAt, "actionStartsAt", "The date and time the action will begin (actionStartsAt), which the notice must state");
        }
        if (actionStartsAt != null && !actionStartsAt.isAfter(servedAt)) {
            throw ParleyException.invalidField("actionStartsAt", "The action cannot begin before the notice announcing it is served.");
        }
        Audience audience = planned ? Audience.of(servedBy) : Audience.TABLE;
        long id = repository.insertNotice(negotiationId, kind, title, servedBy, recipients, servedAt, blankToNull(request.method()),
                location, actionStartsAt, planned, audience, by.displayName(), clock.instant());
        String label = title != null ? title : rules.noticeLabel(kind);
        audit.record(new AuditRecord(by, negotiationId, null, audience, "notice", id, planned ? "planned a notice" : "recorded a notice served",
                label + ", " + servedBy.label().toLowerCase(Locale.ROOT) + " on " + recipients + ", "
                        + LegalClockCalculator.day(LocalDate.ofInstant(servedAt, term.zone())) + (location == null ? "" : ", " + location)));
        return repository.notice(id, TermPermissions.readable(by), term.zone()).orElseThrow();
    }

    @Override
    @Transactional
    public Notice markServed(Viewer by, long noticeId, String servedAt) {
        TermPermissions.requireTeam(by);
        Notice notice = notice(by, noticeId);
        if (!notice.planned()) {
            throw ParleyException.conflict("This notice is already recorded as served.");
        }
        ContractTerm term = negotiations.term(notice.negotiationId());
        Instant at = servedAt == null || servedAt.isBlank() ? clock.instant() : Moments.instant(servedAt, term.zone(), "servedAt", "service date");
        if (at.isAfter(clock.instant().plusSeconds(300))) {
            throw ParleyException.invalidField("servedAt", "A notice cannot be marked served in the future.");
        }
        if (notice.actionStartsAt() != null && !notice.actionStartsAt().toInstant().isAfter(at)) {
            throw ParleyException.invalid("The action this notice announces would already have begun; plan a new notice.");
        }
        if (!repository.markServed(noticeId, at)) {
            throw ParleyException.conflict("This notice is already recorded as served.");
        }
        audit.record(new AuditRecord(by, notice.negotiationId(), null, Audience.TABLE, "notice", noticeId, "served a planned notice",
                label(notice) + " on " + notice.recipients() + ", " + LegalClockCalculator.day(LocalDate.ofInstant(at, term.zone()))));
        return repository.notice(noticeId, TermPermissions.readable(by), term.zone()).orElseThrow();
    }

    @Override
    @Transactional
    public void dropPlanned(Viewer by, long noticeId) {
        TermPermissions.requireTeam(by);
        Notice notice = notice(by, noticeId);
        if (!notice.planned() || repository.deletePlanned(noticeId) != 1) {
            throw ParleyException.conflict("A notice served stays on the record; only a planned one can be dropped.");
        }
        audit.record(new AuditRecord(by, notice.negotiationId(), null, notice.audience(), "notice", noticeId, "dropped a planned notice", label(notice)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Notice> notices(Viewer viewer, long negotiationId) {
        TermPermissions.requireRead(viewer);
        return repository.notices(negotiationId, TermPermissions.readable(viewer), negotiations.term(negotiationId).zone());
    }

    @Override
    @Transactional(readOnly = true)
    public Notice notice(Viewer viewer, long noticeId) {
        TermPermissions.requireRead(viewer);
        long negotiationId = repository.noticeNegotiation(noticeId).orElseThrow(() -> noSuchNotice(noticeId));
        return repository.notice(noticeId, TermPermissions.readable(viewer), negotiations.term(negotiationId).zone())
                .orElseThrow(() -> noSuchNotice(noticeId));
    }

    private static ParleyException noSuchNotice(long id) {
        return ParleyException.notFound("There is no notice " + id + ".");
    }

    @Override
    @Transactional(readOnly = true)
    public LegalDocument letter(Viewer viewer, long noticeId) {
        Notice notice = notice(viewer, noticeId);
        Negotiation negotiation = negotiations.get(viewer, notice.negotiationId());
        ContractTerm term = negotiations.term(notice.negotiationId());
        Jurisdiction rules = jurisdictions.get(term.jurisdiction());
        var state = LegalClockCalculator.state(term, repository.renewal(term.negotiationId()).orElse(null),
                repository.notices(term.negotiationId(), Set.of(Audience.TABLE), term.zone()), repository.extensions(term.negotiationId()),
                rules.renewalStoppedBy(), notice.servedAt());
        return NoticeLetters.letter(notice, negotiation, rules, state.expiresAt());
    }

    String label(Notice notice) {
        return notice.title() != null ? notice.title()
                : jurisdictions.find(negotiations.term(notice.negotiationId()).jurisdiction()).map(j -> j.noticeLabel(notice.kind())).orElse(notice.kind());
    }

    @Override
    public List<NoticeKind> noticeKinds(long negotiationId) {
        Jurisdiction rules = jurisdictions.get(negotiations.term(negotiationId).jurisdiction());
        List<NoticeKind> kinds = new ArrayList<>();
        for (Jurisdiction.NoticeType type : rules.notices()) {
            kinds.add(new NoticeKind(type.kind(), type.label(), type.servedOn(), type.perLocation(),
                    type.servedBy() == null ? null : Side.valueOf(type.servedBy())));
        }
        kinds.add(new NoticeKind(CUSTOM, "Another notice (give it a title)", null, false, null));
        return kinds;
    }

    // --- extensions ---

    @Override
    @Transactional
    public Extension offerExtension(Viewer by, long negotiationId, NewExtension offer) {
        TermPermissions.requireTeam(by);
        ContractTerm term = negotiations.term(negotiationId);
        Side offeredBy = side(offer.offeredBy(), "offeredBy", "Who offers the extension (offeredBy: LABOR or MANAGEMENT)");
        Instant at = offer.offeredAt() == null || offer.offeredAt().isBlank() ? clock.instant() : Moments.instant(offer.offeredAt(), term.zone(), "offeredAt", "offer date");
        long id = insertOffer(by, term, offeredBy, offer.days(), offer.until(), offer.conditions(), at, null);
        return repository.extension(id).orElseThrow();
    }

    private long insertOffer(Viewer by, ContractTerm term, Side offeredBy, Integer days, String untilText, String conditions, Instant at, Long counterOf) {
        LocalDate until = Moments.day(untilText, term.zone(), "until", "last day of the extension (until)");
        if ((days == null) == (until == null)) {
            throw ParleyException.invalidField("days", "An extension is offered either for a number of days (days) or until a date (until), not both or neither.");
        }
        if (days != null && (days < 1 || days > 3650)) {
            throw ParleyException.invalidField("days", "An extension is from 1 to 3650 days.");
        }
        if (until != null) {
            var state = negotiations.countdown(term.negotiationId(), at);
            if (!until.isAfter(state.expirationDate())) {
                throw ParleyException.invalidField("until", "An extension until " + LegalClockCalculator.day(until) + " would not move the expiration: the agreement's last day in force is "
                        + LegalClockCalculator.day(state.expirationDate()) + ".");
            }
        }
        long id = repository.insertExtension(term.negotiationId(), offeredBy, days, until, blankToNull(conditions), at, by.displayName(), counterOf);
        Extension e = repository.extension(id).orElseThrow();
        audit.record(new AuditRecord(by, term.negotiationId(), null, Audience.TABLE, "extension", id,
                counterOf == null ? "recorded an offer of extension" : "recorded a counter-offer of extension",
                offeredBy.label() + " offered " + e.term() + (e.conditions() == null ? "" : ", on conditions: " + e.conditions())));
        return id;
    }

    @Override
    @Transactional
    public Extension respond(Viewer by, long extensionId, ExtensionResponse response) {
        TermPermissions.requireTeam(by);
        Extension offer = repository.extension(extensionId).orElseThrow(() -> ParleyException.notFound("There is no offer of extension " + extensionId + "."));
        ContractTerm term = negotiations.term(offer.negotiationId());
        ExtensionStatus answer = status(response.response());
        Side respondent = answer == ExtensionStatus.WITHDRAWN ? offer.offeredBy() : offer.offeredBy().other();
        Instant at = response.at() == null || response.at().isBlank() ? clock.instant() : Moments.instant(response.at(), term.zone(), "at", "date of the answer");
        if (at.isBefore(offer.offeredAt())) {
            throw ParleyException.invalidField("at", "The answer cannot come before the offer (" + LegalClockCalculator.day(LocalDate.ofInstant(offer.offeredAt(), term.zone())) + ").");
        }
        if (!repository.answerExtension(extensionId, answer, respondent, at, by.displayName())) {
            throw ParleyException.conflict("This offer was already answered: " + offer.status().name().toLowerCase(Locale.ROOT) + ".");
        }
        audit.record(new AuditRecord(by, offer.negotiationId(), null, Audience.TABLE, "extension", extensionId, "recorded an answer to an offer of extension",
                respondent.label() + " " + answer.name().toLowerCase(Locale.ROOT) + " " + offer.offeredBy().label().toLowerCase(Locale.ROOT)
                        + "'s offer of " + offer.term()));
        if (answer == ExtensionStatus.COUNTERED) {
            long counter = insertOffer(by, term, respondent, response.days(), response.until(), response.conditions(), at, extensionId);
            return repository.extension(counter).orElseThrow();
        }
        return repository.extension(extensionId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Extension> extensions(Viewer viewer, long negotiationId) {
        TermPermissions.requireRead(viewer);
        negotiations.term(negotiationId);
        return repository.extensions(negotiationId);
    }

    // --- the renewal clause and team deadlines ---

    @Override
    @Transactional
    public void setRenewal(Viewer by, long negotiationId, RenewalClause clause) {
        TermPermissions.requireOrganizer(by);
        negotiations.term(negotiationId);
        if (clause != null) {
            if (clause.months() < 1 || clause.months() > 120) {
                throw ParleyException.invalidField("months", "A renewal lasts 1 to 120 months.");
            }
            if (clause.noticeDays() < 0 || clause.noticeDays() > 730) {
                throw ParleyException.invalidField("noticeDays", "The notice is due 0 to 730 days before expiration.");
            }
            clause = new RenewalClause(clause.months(), clause.noticeDays(),
                    ParleyException.requireText(clause.clause(), "clause", "Where the clause is (e.g. Article 40)"));
        }
        repository.saveRenewal(negotiationId, clause);
        audit.record(new AuditRecord(by, negotiationId, null, Audience.TABLE, "renewal", negotiationId,
                clause == null ? "removed the automatic renewal clause" : "set the automatic renewal clause",
                clause == null ? "" : "renews for " + clause.months() + " months unless notice " + clause.noticeDays() + " days before expiration (" + clause.clause() + ")"));
    }

    @Override
    @Transactional
    public CustomDeadline addDeadline(Viewer by, long negotiationId, NewCustomDeadline request) {
        TermPermissions.requireTeam(by);
        ContractTerm term = negotiations.term(negotiationId);
        String kind = request.kind() == null || request.kind().isBlank() ? CUSTOM : request.kind().strip().toUpperCase(Locale.ROOT);
        if (!kind.equals(CUSTOM) && !kind.equals("REOPENER")) {
            throw ParleyException.invalidField("kind", "A team's deadline is CUSTOM or REOPENER.");
        }
        String label = ParleyException.requireText(request.label(), "label", "What the deadline is (label)");
        LocalDate date = Moments.day(request.date(), term.zone(), "date", "date");
        if ((date == null) == (request.daysBeforeExpiration() == null)) {
            throw ParleyException.invalidField("date", "Give the deadline a date, or a number of days before expiration, not both.");
        }
        if (request.daysBeforeExpiration() != null && (request.daysBeforeExpiration() < 0 || request.daysBeforeExpiration() > 3650)) {
            throw ParleyException.invalidField("daysBeforeExpiration", "Days before expiration run from 0 to 3650.");
        }
        Audience audience = TermPermissions.ownAudience(by, request.audience() == null || request.audience().isBlank() ? null : audience(request.audience()));
        long id = repository.insertDeadline(negotiationId, kind, label, date, request.daysBeforeExpiration(), blankToNull(request.basis()), audience);
        audit.record(new AuditRecord(by, negotiationId, null, audience, "deadline", id, "added a deadline",
                label + (date != null ? ", " + date : ", " + request.daysBeforeExpiration() + " days before expiration")));
        return repository.deadline(id, TermPermissions.readable(by)).orElseThrow();
    }

    @Override
    @Transactional
    public CustomDeadline markDone(Viewer by, long deadlineId, String on) {
        TermPermissions.requireTeam(by);
        CustomDeadline deadline = repository.deadline(deadlineId, TermPermissions.readable(by))
                .orElseThrow(() -> ParleyException.notFound("There is no deadline " + deadlineId + "."));
        ZoneId zone = negotiations.term(deadline.negotiationId()).zone();
        LocalDate day = on == null || on.isBlank() ? LocalDate.now(clock.withZone(zone)) : Moments.day(on, zone, "on", "day it was done");
        repository.markDone(deadlineId, day);
        audit.record(new AuditRecord(by, deadline.negotiationId(), null, deadline.audience(), "deadline", deadlineId, "marked a deadline done",
                deadline.label() + ", " + day));
        return repository.deadline(deadlineId, TermPermissions.readable(by)).orElseThrow();
    }

    @Override
    @Transactional
    public void removeDeadline(Viewer by, long deadlineId) {
        TermPermissions.requireTeam(by);
        CustomDeadline deadline = repository.deadline(deadlineId, TermPermissions.readable(by))
                .orElseThrow(() -> ParleyException.notFound("There is no deadline " + deadlineId + "."));
        repository.deleteDeadline(deadlineId);
        audit.record(new AuditRecord(by, deadline.negotiationId(), null, deadline.audience(), "deadline", deadlineId, "removed a deadline", deadline.label()));
    }

    // --- reminders ---

    @Override
    @Transactional(readOnly = true)
    public List<String> reminderRecipients(Viewer viewer, long negotiationId) {
        Side side = TermPermissions.requireTeam(viewer);
        return repository.recipients(negotiationId, side);
    }

    @Override
    @Transactional
    public void addReminderRecipient(Viewer by, long negotiationId, String email) {
        Side side = TermPermissions.requireTeam(by);
        negotiations.term(negotiationId);
        String address = ParleyException.requireText(email, "email", "An e-mail address").toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 320) {
            throw ParleyException.invalidField("email", "'" + email.strip() + "' is not an e-mail address.");
        }
        repository.addRecipient(negotiationId, side, address);
        audit.record(new AuditRecord(by, negotiationId, null, Audience.of(side), "reminders", negotiationId, "added a reminder address", address));
    }

    @Override
    @Transactional
    public void removeReminderRecipient(Viewer by, long negotiationId, String email) {
        Side side = TermPermissions.requireTeam(by);
        repository.removeRecipient(negotiationId, side, email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
        audit.record(new AuditRecord(by, negotiationId, null, Audience.of(side), "reminders", negotiationId, "removed a reminder address", email));
    }

    // --- typed values ---

    static Side side(String text, String field, String what) {
        String value = ParleyException.requireText(text, field, what).toUpperCase(Locale.ROOT);
        try {
            return Side.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalidField(field, "'" + text + "' is not a side: use LABOR or MANAGEMENT.");
        }
    }

    static ExtensionStatus status(String text) {
        String value = ParleyException.requireText(text, "response", "The answer (response: ACCEPTED, REFUSED, COUNTERED or WITHDRAWN)").toUpperCase(Locale.ROOT);
        try {
            ExtensionStatus status = ExtensionStatus.valueOf(value);
            if (status != ExtensionStatus.OFFERED) {
                return status;
            }
        } catch (IllegalArgumentException e) {
            // the message below says what is accepted
        }
        throw ParleyException.invalidField("response", "'" + text + "' is not an answer: use ACCEPTED, REFUSED, COUNTERED or WITHDRAWN.");
    }

    static Audience audience(String text) {
        try {
            return Audience.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalidField("audience", "'" + text + "' is not an audience here: use TABLE, LABOR or MANAGEMENT.");
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
