package org.parley.member.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.parley.account.Accounts;
import org.parley.account.Role;
import org.parley.account.SignInProof;
import org.parley.account.Viewer;
import org.parley.member.RosterAddressesChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.member.Recipient;
import org.parley.member.Roster;
import org.parley.member.RosterImport;
import org.parley.member.RosterMember;
import org.parley.member.RosterStatus;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.Links;
import org.parley.platform.LocalPath;
import org.parley.platform.OutgoingMail;
import org.parley.platform.ParleyException;
import org.parley.platform.SecretToken;
import org.parley.platform.Postbox;
import org.parley.platform.RealTime;
import org.parley.platform.SearchPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class RosterService implements Roster {

    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);
    /** Links per member in {@link #LINK_WINDOW} (requests per network address: {@link SignInRequests}). */
    static final int LINKS_PER_MEMBER = 3;
    static final Duration LINK_WINDOW = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final RosterRepository repository;
    private final Negotiations negotiations;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Postbox postbox;
    private final Links links;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** Real time: sign-in links expire, and their limits hold, by it (never by the pinned "today"). */
    private final Clock realTime;
    private final SignInRequests requests;

    RosterService(RosterRepository repository, Negotiations negotiations, Accounts accounts, AuditTrail audit,
            Postbox postbox, Links links, Clock clock, ApplicationEventPublisher events, @RealTime Clock realTime,
            SignInRequests requests) {
        this.realTime = realTime;
        this.requests = requests;
        this.events = events;
        this.repository = repository;
        this.negotiations = negotiations;
        this.accounts = accounts;
        this.audit = audit;
        this.postbox = postbox;
        this.links = links;
        this.clock = clock;
    }

    @Override
    @Transactional
    public RosterImport importCsv(Viewer by, long negotiationId, String csv, boolean preview) {
        UnionSide.require(by);
        Negotiation negotiation = negotiations.get(by, negotiationId);
        RosterCsv.Parsed parsed = RosterCsv.parse(csv);
        Map<String, RosterMember> existing = new HashMap<>();
        for (RosterMember m : repository.all(negotiationId)) {
            existing.put(m.memberId(), m);
        }
        List<RosterCsv.Row> added = new ArrayList<>();
        List<RosterCsv.Row> updated = new ArrayList<>();
        int unchanged = 0;
        Set<String> inFile = new HashSet<>(parsed.rows().size() * 2);
        for (RosterCsv.Row row : parsed.rows()) {
            inFile.add(row.memberId());
            RosterMember before = existing.get(row.memberId());
            if (before == null) {
                added.add(row);
            } else if (same(before, row)) {
                unchanged++;
            } else {
                updated.add(row);
            }
        }
        // Rows with a problem still name someone who is in the file: they are not made inactive.
        Set<String> problemIds = problemMemberIds(csv, parsed);
        List<Long> inactivated = existing.values().stream()
                .filter(m -> m.active() && !inFile.contains(m.memberId()) && !problemIds.contains(m.memberId()))
                .map(RosterMember::id).toList();
        if (!preview) {
            Instant now = clock.instant();
            repository.insert(negotiationId, added, now);
            repository.update(negotiationId, updated, now);
            List<RosterAddressesChanged.Change> moved = updated.stream()
                    .filter(r -> !Objects.equals(RosterCsv.emailKey(existing.get(r.memberId()).email()), RosterCsv.emailKey(r.email())))
                    .map(r -> new RosterAddressesChanged.Change(existing.get(r.memberId()).id(), r.memberId(), r.email())).toList();
            if (!moved.isEmpty()) {
                events.publishEvent(new RosterAddressesChanged(negotiationId, moved));
            }
            repository.inactivate(inactivated, now);
            endAccessOfInactivated(existing.values(), inactivated);
            audit.record(new AuditRecord(by, negotiationId, null, Audience.LABOR, "roster", negotiationId,
                    "imported the roster", added.size() + " added, " + updated.size() + " updated, " + inactivated.size()
                            + " made inactive, " + parsed.problems().size() + " problems (" + negotiation.name() + ")"));
        }
        return new RosterImport(preview, added.size(), updated.size(), inactivated.size(), unchanged,
                List.copyOf(parsed.problems()));
    }

    /**
     * A member made inactive who is active on no other roster loses access at once: their open sessions,
     * API tokens and private feed stop working (the feed asks {@code Accounts.hasAccess}).
     */
    private void endAccessOfInactivated(java.util.Collection<RosterMember> before, List<Long> inactivated) {
        Set<Long> ids = new HashSet<>(inactivated);
        before.stream().filter(m -> ids.contains(m.id()) && m.accountId() != null).map(RosterMember::accountId).distinct()
                .filter(account -> repository.byAccount(account).isEmpty())
                .forEach(accounts::endAccess);
    }

    /** Member IDs named on rows that had a problem, so that a typo in an e-mail never inactivates anyone. */
    private static Set<String> problemMemberIds(String csv, RosterCsv.Parsed parsed) {
        if (parsed.problems().isEmpty()) {
            return Set.of();
        }
        Set<Integer> rows = new HashSet<>();
        parsed.problems().forEach(p -> rows.add(p.row()));
        List<List<String>> records = RosterCsv.records(csv);
        Set<String> ids = new HashSet<>();
        for (int row : rows) {
            if (row >= 2 && row - 1 < records.size()) {
                records.get(row - 1).forEach(f -> ids.add(f.strip()));
            }
        }
        return ids;
    }

    private static boolean same(RosterMember m, RosterCsv.Row r) {
        return Objects.equals(m.name(), r.name()) && Objects.equals(m.email(), r.email())
                && Objects.equals(m.mobile(), r.mobile()) && Objects.equals(m.classification(), r.classification())
                && Objects.equals(m.worksite(), r.worksite()) && Objects.equals(m.unit(), r.unit())
                && m.status() == r.status();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RosterMember> members(Viewer viewer, long negotiationId, String query, int limit) {
        UnionSide.require(viewer);
        String pattern = query == null || query.isBlank() ? null : SearchPattern.contains(query).like();
        return repository.page(negotiationId, pattern, Math.max(1, Math.min(limit, 1000)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<RosterMember> everyone(Viewer viewer, long negotiationId) {
        if (!UnionSide.is(viewer) && !viewer.onElectionCommittee()) {
            throw ParleyException.forbidden("Only the labor team, an administrator or the election committee may read the whole roster.");
        }
        negotiations.get(viewer, negotiationId);
        return repository.all(negotiationId).stream().sorted(java.util.Comparator.comparing(RosterMember::memberId)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public RosterCounts counts(Viewer viewer, long negotiationId) {
        UnionSide.require(viewer);
        var counts = repository.counts(negotiationId);
        return new RosterCounts(counts.active(), counts.inactive(), counts.withoutEmail());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> recipients(Viewer viewer, long negotiationId) {
        UnionSide.require(viewer);
        return repository.recipients(negotiationId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RosterMember> self(Viewer viewer, long negotiationId) {
        return selves(viewer).stream().filter(m -> m.negotiationId() == negotiationId).findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<RosterMember> selves(Viewer viewer) {
        return viewer.role() == Role.MEMBER ? repository.byAccount(viewer.accountId()) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public RosterMember byMemberId(Viewer viewer, long negotiationId, String memberId) {
        UnionSide.require(viewer);
        return repository.byMemberId(negotiationId, ParleyException.requireText(memberId, "A member ID"))
                .orElseThrow(() -> ParleyException.notFound("There is no member " + memberId + " on this roster."));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RosterMember> addressee(long rosterId) {
        return repository.find(rosterId);
    }

    @Override
    @Transactional(readOnly = true)
    public RosterMember entry(Viewer viewer, long rosterId) {
        Optional<RosterMember> found = repository.find(rosterId);
        if (found.isEmpty() || !UnionSide.is(viewer) && !Objects.equals(found.get().accountId(), viewer.accountId())) {
            throw ParleyException.notFound("There is no roster entry " + rosterId + ".");
        }
        return found.get();
    }

    @Override
    @Transactional
    public RosterMember linkAccount(Viewer by, long negotiationId, String memberId, String username) {
        UnionSide.require(by);
        RosterMember member = byMemberId(by, negotiationId, memberId);
        var account = accounts.find(username)
                .orElseThrow(() -> ParleyException.notFound("There is no account '" + username + "'."));
        if (account.role() != Role.MEMBER) {
            throw ParleyException.conflict("Only a member account can be linked to a roster entry; '" + username
                    + "' is a " + account.role().label().toLowerCase() + " account.");
        }
        repository.linkAccount(member.id(), account.id());
        audit.record(new AuditRecord(by, negotiationId, null, Audience.LABOR, "roster", member.id(),
                "linked a member account", member.memberId() + " → " + account.username()));
        return repository.find(member.id()).orElseThrow();
    }

    @Override
    @Transactional
    public void requestSignInLink(String email, String requestedFrom, String next) {
        String key = RosterCsv.emailKey(email);
        if (key == null || key.isEmpty() || !RosterCsv.EMAIL.matcher(key).matches()) {
            throw ParleyException.invalid("Please type the e-mail address the union has for you, e.g. name@example.org.");
        }
        Instant now = realTime.instant();
        if (!requests.allow(requestedFrom)) {
            throw new ParleyException(ParleyException.Kind.TOO_MANY_ATTEMPTS,
                    "Too many sign-in links were asked for from here. Try again in " + SignInRequests.WINDOW.toMinutes() + " minutes.");
        }
        List<RosterMember> members = repository.activeByEmail(key);
        if (members.isEmpty()) {
            log.info("Sign-in link asked for an address that is not on an active roster");
            return; // the same answer as for a member: nobody learns who is on the roster
        }
        RosterMember member = members.stream().filter(m -> m.accountId() != null).findFirst().orElse(members.get(0));
        repository.lockForLinks(member.id()); // two instances asking at once count one after the other
        if (repository.linksSince(member.id(), now.minus(LINK_WINDOW)) >= LINKS_PER_MEMBER) {
            log.info("Sign-in link not sent: {} links in {} minutes already", LINKS_PER_MEMBER, LINK_WINDOW.toMinutes());
            return;
        }
        String token = SecretToken.random();
        repository.insertLink(member.id(), SecretToken.hash(token), member.email(), now, now.plus(LINK_LIFETIME));
        String link = links.absolute("/member/sign-in/" + token + LocalPath.of(next)
                .map(path -> "?next=" + URLEncoder.encode(path, StandardCharsets.UTF_8)).orElse(""));
        String name = member.name();
        String address = member.email();
        AfterCommit.run(() -> {
            try {
                postbox.send(OutgoingMail.plain(address, name, "Your sign-in link for Parley", """
                        Hello %s,

                        Open this link to sign in to Parley and follow your contract campaign:

                        %s

                        The link works once, for %d minutes. If you did not ask for it, ignore this message.
                        """.formatted(name, link, LINK_LIFETIME.toMinutes())));
            } catch (Postbox.MailFailure e) {
                log.warn("The sign-in link could not be sent: {}", e.getMessage());
            }
        });
    }

    @Override
    @Transactional
    public Viewer redeemSignInLink(String token) {
        String text = token == null ? "" : token.strip();
        RosterRepository.Redeemed link = repository.redeem(SecretToken.hash(text), realTime.instant())
                .orElseThrow(() -> ParleyException.conflict(
                        "This sign-in link has expired or was already used. Ask for a new one below."));
        RosterMember member = repository.find(link.rosterId()).filter(RosterMember::active)
                .orElseThrow(() -> ParleyException.conflict(
                        "This sign-in link has expired or was already used. Ask for a new one below."));
        Long accountId = member.accountId();
        if (accountId == null) {
            // The same person on another negotiation's roster already has an account: use it.
            accountId = repository.byEmail(RosterCsv.emailKey(member.email())).stream()
                    .map(RosterMember::accountId).filter(Objects::nonNull).findFirst().orElse(null);
        }
        Viewer viewer = accounts.memberAccount(accountId, "member-" + member.id(), member.name());
        for (RosterMember same : repository.byEmail(RosterCsv.emailKey(member.email()))) {
            if (same.accountId() == null) {
                repository.linkAccount(same.id(), viewer.accountId());
            }
        }
        audit.record(new AuditRecord(viewer, member.negotiationId(), null, Audience.LABOR, "roster", member.id(),
                "signed in by e-mailed link", member.memberId()));
        // The sign-in carries the address the link went to: a vote lets it cast a ballot only if that is
        // the address it froze for this member.
        return viewer.withProof(SignInProof.emailLink(link.sentTo()));
    }
}
