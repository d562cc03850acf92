package org.parley.communication.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.LineBreakRendering;
import org.commonmark.renderer.text.TextContentRenderer;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.communication.DeliveryReport;
import org.parley.communication.Event;
import org.parley.communication.Events;
import org.parley.communication.Feedback;
import org.parley.communication.NewUpdate;
import org.parley.communication.Update;
import org.parley.communication.Updates;
import org.parley.member.MembersNews;
import org.parley.member.Observers;
import org.parley.member.Recipient;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.LegalClock;
import org.parley.negotiation.Negotiations;
import org.springframework.beans.factory.ObjectProvider;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.SecretToken;
import org.parley.platform.Times;
import org.parley.proposal.Proposals;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class UpdateService implements Updates, MembersNews {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final UpdateRepository repository;
    private final DeliveryRepository deliveries;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final Proposals proposals;
    private final Roster roster;
    private final Observers observers;
    private final Events events;
    private final AuditTrail audit;
    private final Clock clock;
    /** Real time, for the anonymous answers' rate limit. */
    private final Clock realTime;
    private final ObjectProvider<LegalClock> legalClock;
    /** Anonymous "Was this helpful?" answers one network address may give an update per {@link #ANONYMOUS_WINDOW}. */
    static final int ANONYMOUS_ANSWERS_PER_ADDRESS = 3;
    static final java.time.Duration ANONYMOUS_WINDOW = java.time.Duration.ofHours(1);

    private final Parser markdown = Parser.builder().build();
    /**
     * Links and images may point only to http, https and mailto addresses (or relative ones): the default
     * sanitizer also lets {@code data:} through, which can carry a whole page or script into a reader's browser.
     */
    private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto"))).build();
    private final TextContentRenderer text = TextContentRenderer.builder()
            .lineBreakRendering(LineBreakRendering.SEPARATE_BLOCKS).build();

    UpdateService(UpdateRepository repository, DeliveryRepository deliveries, Negotiations negotiations, Sessions sessions,
            Proposals proposals, Roster roster, Observers observers, Events events, AuditTrail audit, Clock clock,
            ObjectProvider<LegalClock> legalClock, @org.parley.platform.RealTime Clock realTime) {
        this.realTime = realTime;
        this.legalClock = legalClock;
        this.repository = repository;
        this.deliveries = deliveries;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.proposals = proposals;
        this.roster = roster;
        this.observers = observers;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public String draft(Viewer by, long tableId, LocalDate from, LocalDate to) {
        return draftOf(by, tableId, from, to).markdown();
    }

    /**
     * The table a draft is most likely about: the one that held the latest session up to today.
     * The national table is listed first but meets rarely; defaulting to it drafted "did not meet".
     */
    Optional<Long> lastMetTable(Viewer by, long negotiationId) {
        Long best = null;
        LocalDate bestDay = null;
        for (BargainingTable table : negotiations.tables(by, negotiationId)) {
            LocalDate today = LocalDate.now(clock.withZone(table.timeZone()));
            for (var summary : sessions.ofTable(by, table.id())) {
                var session = summary.session();
                if (session.status() == SessionStatus.HELD && !session.date().isAfter(today)
                        && (bestDay == null || session.date().isAfter(bestDay))) {
                    best = table.id();
                    bestDay = session.date();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    UpdateDraft draftOf(Viewer by, long tableId, LocalDate from, LocalDate to) {
        TeamRules.requireWriter(by);
        BargainingTable table = negotiations.table(by, tableId);
        Negotiation negotiation = negotiations.get(by, table.negotiationId());
        LocalDate today = LocalDate.now(clock.withZone(table.timeZone()));
        LocalDate first = from != null ? from : today;
        LocalDate last = to != null ? to : first;
        if (last.isBefore(first)) {
            throw ParleyException.invalidField("to", "The last day (" + last + ") comes before the first day (" + first + ").");
        }
        List<Event> upcoming = events.ofNegotiation(by, negotiation.id(), true).stream().limit(5).toList();
        List<UpdateDraft.OpenSeats> seats = sessions.openToObservers(by, negotiation.id(), last.plusDays(1)).stream()
                .limit(5).map(s -> new UpdateDraft.OpenSeats(s.date(), observers.openSeats(by, s.id()), s.observerSeats()))
                .toList();
        return new UpdateDraft(table.name().toLowerCase(Locale.ROOT).contains("table") ? table.name() : table.name() + " table",
                first, last, sessions.ofTable(by, tableId), proposals.exchanges(by, tableId),
                negotiations.countdown(negotiation.id(), last.equals(today) ? clock.instant() : last.atStartOfDay(negotiation.timeZone()).toInstant()),
                upcoming, seats, legalClock.orderedStream().flatMap(c -> c.happenings(by, negotiation.id(), first, last).stream()).toList());
    }

    @Override
    @Transactional
    public Update create(Viewer by, NewUpdate request) {
        TeamRules.requireWriter(by);
        long negotiationId = ParleyException.require(request.negotiationId(), "The negotiation (negotiationId)");
        negotiations.get(by, negotiationId);
        if (request.tableId() != null && negotiations.table(by, request.tableId()).negotiationId() != negotiationId) {
            throw ParleyException.invalid("Table " + request.tableId() + " is not a table of this negotiation.");
        }
        Audience audience = TeamRules.checkedAudience(request.audience(), "an update");
        String title = checkedTitle(request.title());
        String text = checkedMarkdown(request.markdown());
        long id = repository.insert(negotiationId, request.tableId(), title, text, audience, by.displayName(), clock.instant());
        audit.record(new AuditRecord(by, negotiationId, request.tableId(), Audience.LABOR, "update", id, "drafted an update", title));
        return repository.find(id).orElseThrow();
    }

    @Override
    @Transactional
    public Update edit(Viewer by, long updateId, String title, String markdownText, Audience audience) {
        TeamRules.requireWriter(by);
        Update update = get(by, updateId);
        if (update.published()) {
            throw ParleyException.conflict("This update is published; it cannot be edited any more.");
        }
        repository.updateDraft(updateId, checkedTitle(title), checkedMarkdown(markdownText),
                TeamRules.checkedAudience(audience, "an update"));
        audit.record(new AuditRecord(by, update.negotiationId(), update.tableId(), Audience.LABOR, "update", updateId,
                "edited the draft", title));
        return repository.find(updateId).orElseThrow();
    }

    @Override
    @Transactional
    public Update publish(Viewer by, long updateId) {
        TeamRules.requireWriter(by);
        Update update = get(by, updateId);
        Instant now = clock.instant();
        if (!repository.markPublished(updateId, by.displayName(), now)) {
            return repository.find(updateId).orElseThrow(); // already published: nothing is sent again
        }
        List<Recipient> recipients = roster.recipients(by, update.negotiationId());
        deliveries.queue(updateId, update.negotiationId(), recipients, deliveries.unsubscribed(update.negotiationId()),
                realTime.instant()); // a queue keeps real time (WorkQueue)
        audit.record(new AuditRecord(by, update.negotiationId(), update.tableId(), update.audience(), "update", updateId,
                "published an update", update.title() + " (" + (update.audience() == Audience.PUBLIC ? "public" : "members")
                        + "; e-mail queued for " + recipients.size() + " members)"));
        return repository.find(updateId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public Update get(Viewer viewer, long updateId) {
        return repository.find(updateId).filter(u -> visible(viewer, u))
                .orElseThrow(() -> ParleyException.notFound("There is no update " + updateId + "."));
    }

    private static boolean visible(Viewer viewer, Update update) {
        return update.published() ? viewer.canSee(update.audience()) : viewer.canSee(Audience.LABOR) && viewer.onTeam();
    }

    @Override
    @Transactional(readOnly = true)
    public Update getPublic(long updateId) {
        return repository.find(updateId).filter(u -> u.published() && u.audience() == Audience.PUBLIC)
                .orElseThrow(() -> ParleyException.notFound("There is no public update " + updateId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Update> ofNegotiation(Viewer viewer, long negotiationId) {
        return repository.ofNegotiation(negotiationId, audiences(viewer), viewer.canSee(Audience.LABOR) && viewer.onTeam());
    }

    private static EnumSet<Audience> audiences(Viewer viewer) {
        EnumSet<Audience> audiences = EnumSet.noneOf(Audience.class);
        for (Audience a : List.of(Audience.MEMBERS, Audience.PUBLIC)) {
            if (viewer.canSee(a)) {
                audiences.add(a);
            }
        }
        return audiences;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Update> publicUpdates(Long negotiationId, int limit) {
        return repository.published(negotiationId, List.of(Audience.PUBLIC), null, limit);
    }

    /** Published updates for a member's feed: MEMBERS and PUBLIC ones of the negotiations they are on. */
    List<Update> memberUpdates(List<Long> negotiationIds, int limit) {
        return negotiationIds.isEmpty() ? List.of()
                : repository.published(null, List.of(Audience.MEMBERS, Audience.PUBLIC), negotiationIds, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public DeliveryReport delivery(Viewer viewer, long updateId) {
        TeamRules.requireWriter(viewer);
        get(viewer, updateId);
        return deliveries.report(updateId);
    }

    List<String> deliveryErrors(Viewer viewer, long updateId) {
        TeamRules.requireWriter(viewer);
        return deliveries.lastErrors(updateId, 10);
    }

    @Override
    @Transactional
    public Feedback answer(Viewer viewer, long updateId, boolean helpful) {
        Update update = get(viewer, updateId);
        if (!update.published()) {
            throw ParleyException.notFound("There is no published update " + updateId + ".");
        }
        repository.answer(update.id(), "account:" + viewer.accountId(), null, helpful, realTime.instant());
        return repository.feedback(updateId);
    }

    @Override
    @Transactional
    public Feedback answerAnonymously(long updateId, String browserKey, String address, boolean helpful) {
        Update update = getPublic(updateId);
        String key = "session:" + SecretToken.hash(ParleyException.requireText(browserKey, "Who answers")).substring(0, 40);
        String from = SecretToken.hash(address == null ? "unknown" : address);
        Instant now = realTime.instant();
        if (!repository.answered(update.id(), key)
                && repository.anonymousAnswersFrom(update.id(), from, now.minus(ANONYMOUS_WINDOW)) >= ANONYMOUS_ANSWERS_PER_ADDRESS) {
            throw new ParleyException(ParleyException.Kind.TOO_MANY_ATTEMPTS,
                    "Thank you: enough answers came from your network for now; try again later, or sign in to answer as a member.");
        }
        repository.answer(update.id(), key, from, helpful, now);
        return repository.feedback(updateId);
    }

    @Override
    @Transactional(readOnly = true)
    public Feedback feedback(Viewer viewer, long updateId) {
        TeamRules.requireWriter(viewer);
        return repository.feedback(get(viewer, updateId).id());
    }

    @Override
    public String html(String text) {
        return renderer.render(markdown.parse(text == null ? "" : text));
    }

    /** The text part of an update e-mail: readable words, paragraphs and list items, no Markdown signs. */
    String plainText(String markdownText) {
        return text.render(markdown.parse(markdownText == null ? "" : markdownText)).strip();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> forMember(Viewer viewer, RosterMember member) {
        List<Item> items = new ArrayList<>();
        repository.ofNegotiation(member.negotiationId(), audiences(viewer), false).stream().limit(5)
                .forEach(u -> items.add(new Item("Bargaining updates", u.title(), DAY.format(u.publishedAt().atZone(clock.getZone())),
                        null, "/updates/" + u.id(), u.publishedAt())));
        for (Event e : events.ofNegotiation(viewer, member.negotiationId(), true)) {
            items.add(new Item("Coming up", e.kind().label() + ": " + e.title(),
                    Times.at(e.start()),
                    e.location(), "/events/" + e.id(), e.startsAt()));
        }
        items.add(new Item("Follow along", "Your private feed and calendar addresses", "for your news reader and calendar app",
                null, "/member/feeds", Instant.EPOCH));
        return items;
    }

    private static String checkedTitle(String title) {
        String text = ParleyException.requireText(title, "title", "The title");
        if (text.length() > 300) {
            throw ParleyException.invalidField("title", "The title has at most 300 characters.");
        }
        return text;
    }

    private static String checkedMarkdown(String text) {
        String body = ParleyException.requireText(text, "markdown", "The text");
        if (body.length() > 100_000) {
            throw ParleyException.invalidField("markdown", "The text has at most 100,000 characters; this one has " + body.length() + ".");
        }
        return body;
    }
}
