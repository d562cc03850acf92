package org.parley.vote.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.account.SignInProof;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.member.Roster;
import org.parley.member.RosterAddressesChanged;
import org.parley.member.RosterMember;
import org.parley.platform.Audience;
import org.parley.platform.OutgoingMail;
import org.parley.platform.ParleyException;
import org.parley.platform.Postbox;
import org.parley.vote.AddressChange;
import org.parley.vote.RecordFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each elector's e-mail address, frozen with the electorate, and how a ballot's channel is checked
 * against it. Whoever runs Parley can reach a member's account: the labor team by changing the roster
 * address that sign-in links go to, an administrator by setting the account's password. So a signed-in
 * member casts only if they signed in by a link that went to the frozen address (or with a password they
 * chose in such a session); a roster change of address stands for the vote only once the election
 * committee accepts it with a reason, and the member is then told at the old address. Every such act is
 * an entry on the vote's record, naming no member.
 */
@Component
class ElectorAddresses {

    static final String CHANGE_PENDING = "ADDRESS_CHANGE_PENDING";
    static final String CHANGE_ACCEPTED = "ADDRESS_CHANGE_ACCEPTED";
    /** A cast refused because of its channel; chained with the ballots' entries, so hidden until the count. */
    static final String CAST_REFUSED = "CAST_REFUSED";

    private static final Logger log = LoggerFactory.getLogger(ElectorAddresses.class);

    private final VoteRepository votes;
    private final AddressChangeRepository changes;
    private final VoteRecord record;
    private final Roster roster;
    private final AuditTrail audit;
    private final Postbox postbox;
    private final Clock clock;

    ElectorAddresses(VoteRepository votes, AddressChangeRepository changes, VoteRecord record, Roster roster, AuditTrail audit,
            Postbox postbox, Clock clock) {
        this.votes = votes;
        this.changes = changes;
        this.record = record;
        this.roster = roster;
        this.audit = audit;
        this.postbox = postbox;
        this.clock = clock;
    }

    /** An address as compared: trimmed, lower case; null for none. */
    static String key(String address) {
        return address == null || address.isBlank() ? null : address.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * A roster import changed addresses: for every vote not yet closed, each elector's change waits for the
     * committee (or is withdrawn, when the roster is back to the frozen address). Runs in the import's
     * transaction, so the record's entry commits with the change itself.
     */
    @EventListener
    void rosterAddressesChanged(RosterAddressesChanged event) {
        Instant now = clock.instant();
        for (VoteRepository.Row vote : votes.ofNegotiation(event.negotiationId())) {
            if (vote.status().over()) {
                continue;
            }
            int changed = 0;
            int withdrawn = 0;
            for (RosterAddressesChanged.Change change : event.changes()) {
                Optional<VoteRepository.Elector> elector = votes.elector(vote.id(), change.rosterId());
                if (elector.isEmpty()) {
                    continue;
                }
                if (Objects.equals(key(elector.get().email()), key(change.newEmail()))) {
                    withdrawn += changes.withdraw(vote.id(), change.rosterId()) ? 1 : 0;
                } else {
                    changes.pending(vote.id(), change.rosterId(), elector.get().email(), change.newEmail(), now);
                    changed++;
                }
            }
            if (changed + withdrawn > 0) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("changed", changed);
                data.put("withdrawn", withdrawn);
                data.put("pending", pendingCount(vote.id()));
                data.put("source", "roster import");
                record.append(vote.id(), CHANGE_PENDING, data, now);
            }
        }
    }

    private long pendingCount(long voteId) {
        return changes.all(voteId).stream().filter(c -> c.status().equals("PENDING")).count();
    }

    /** The vote's address changes, pending first, with the members' names (election committee). */
    List<AddressChange> list(Viewer by, VoteRepository.Row vote) {
        VotePermissions.requireCommittee(by);
        Map<Long, RosterMember> names = new HashMap<>();
        roster.everyone(by, vote.negotiationId()).forEach(m -> names.put(m.id(), m));
        return changes.all(vote.id()).stream().map(c -> {
            RosterMember m = names.get(c.rosterId());
            return new AddressChange(m == null ? "" : m.memberId(), m == null ? "" : m.name(), c.oldEmail(), c.newEmail(), c.status(),
                    c.reason(), c.decidedBy(), c.requestedAt(), c.decidedAt());
        }).toList();
    }

    /**
     * The committee accepts an elector's new address for this vote, with a reason: the frozen address
     * becomes the new one and the member is told at the old one (if the mail server refuses that message,
     * nothing is accepted). The record gets an entry that names no member: a commitment to the member and
     * the reason ({@link RecordFormat#electorCommitment}), whose salt the committee keeps.
     */
    AddressChange accept(Viewer by, VoteRepository.Row vote, String memberId, String reason) {
        VotePermissions.requireCommittee(by);
        if (vote.status().over()) {
            throw ParleyException.conflict("This vote is closed; its addresses no longer matter.");
        }
        String why = ParleyException.requireText(reason, "The reason for accepting the new address");
        if (why.length() > 1000) {
            throw ParleyException.invalid("A reason has at most 1,000 characters.");
        }
        String id = ParleyException.requireText(memberId, "A member ID");
        long rosterId = votes.electorByMemberId(vote.id(), id)
                .orElseThrow(() -> ParleyException.notFound("Member " + id + " is not in this vote's electorate."));
        AddressChangeRepository.Row change = changes.find(vote.id(), rosterId).filter(c -> c.status().equals("PENDING"))
                .orElseThrow(() -> ParleyException.conflict("No change of address waits for acceptance for member " + id + "."));
        Instant now = clock.instant();
        String salt = Codes.salt();
        changes.accept(vote.id(), rosterId, why, by.displayName(), now, salt);
        votes.updateElectorEmail(vote.id(), rosterId, change.newEmail());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("accepted", 1);
        data.put("commitment", RecordFormat.electorCommitment(vote.id(), id, why, salt));
        data.put("pending", pendingCount(vote.id()));
        data.put("toldAtOldAddress", change.oldEmail() != null);
        data.put("by", by.displayName());
        record.append(vote.id(), CHANGE_ACCEPTED, data, now);
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", vote.id(),
                "accepted an elector's new address", id + ": " + why));
        RosterMember member = roster.everyone(by, vote.negotiationId()).stream().filter(m -> m.id() == rosterId).findFirst().orElse(null);
        if (change.oldEmail() != null) {
            tellOldAddress(vote, change, member == null ? "" : member.name());
        }
        return list(by, vote).stream().filter(c -> c.memberId().equals(id)).findFirst().orElseThrow();
    }

    private void tellOldAddress(VoteRepository.Row vote, AddressChangeRepository.Row change, String name) {
        try {
            postbox.send(OutgoingMail.plain(change.oldEmail(), name, "Your address for the vote \"" + vote.title() + "\" was changed", """
                    Hello %s,

                    The election committee accepted a new e-mail address for you in the vote "%s": %s.
                    From now on, voting keys and sign-in links that may cast your ballot go to that address, not to this one.

                    If you did not ask for this change, tell the election committee at once: whoever reads that mailbox
                    can vote in your place.
                    """.formatted(name, vote.title(), change.newEmail() == null ? "(none)" : change.newEmail())));
        } catch (Postbox.MailFailure e) {
            log.warn("The notice of an accepted address change could not be sent: {}", e.getMessage());
            throw ParleyException.conflict("The member could not be told at their old address (" + e.getMessage()
                    + "), so the new address was not accepted. Try again once mail goes out.");
        }
    }

    /**
     * Refuses a signed-in member's ballot unless the sign-in proves the frozen address: a link sent to it,
     * or a password the member chose while signed in by such a link. A refusal is an entry on the record
     * (its reason, no member), chained with the ballots' entries, so shown only once the vote is counted.
     */
    void requireFrozenChannel(Viewer by, VoteRepository.Row vote, long rosterId, Instant day) {
        SignInProof proof = by.proof();
        String reason;
        String message;
        switch (proof.channel()) {
            case PASSWORD_SET_BY_ADMINISTRATOR -> {
                reason = "PASSWORD_SET_BY_ADMINISTRATOR";
                message = "This account's password was set by an administrator, not by you, so it cannot cast a ballot: whoever"
                        + " set it could sign in with it too. Sign in with a link sent to your e-mail address, or vote with your"
                        + " voting key.";
            }
            case EMAIL_LINK, PASSWORD_CHOSEN_BY_OWNER -> {
                String frozen = votes.elector(vote.id(), rosterId).map(VoteRepository.Elector::email).map(ElectorAddresses::key).orElse(null);
                if (frozen != null && frozen.equals(key(proof.address()))) {
                    return;
                }
                reason = "CHANGED_ADDRESS";
                message = "You signed in with a link sent to an address that is not the one this vote has for you. A new address"
                        + " counts for a vote only once the election committee accepts it; ask them, or vote with your voting key.";
            }
            default -> {
                reason = "NO_PROOF";
                message = "This sign-in cannot cast a ballot. Sign in with a link sent to your e-mail address, or vote with your"
                        + " voting key.";
            }
        }
        record.appendWithBallots(vote.id(), day, CAST_REFUSED, Map.of("reason", reason));
        log.info("Ballot refused for vote {}: the sign-in does not prove the elector's frozen address ({})", vote.id(), reason);
        throw ParleyException.forbidden(message);
    }
}
