package org.parley.vote.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.platform.Audience;
import org.parley.platform.CsvCell;
import org.parley.platform.ParleyException;
import org.parley.vote.KeyMailing;
import org.parley.vote.RecordFormat;

/**
 * The electorate after its freeze: voting keys for every elector (printed, or e-mailed to the frozen
 * address) and members added with a reason. The caller (the facade) has checked that the viewer is on the
 * election committee and runs the transaction.
 */
final class VoteElectorate {

    private final VoteRepository repository;
    private final KeyMailRepository keyMail;
    private final Roster roster;
    private final AuditTrail audit;
    private final VoteRecord record;
    private final Clock clock;
    /** The key-mail queue's time (see {@link org.parley.platform.WorkQueue}), never the pinned "today". */
    private final Clock realTime;

    VoteElectorate(VoteRepository repository, KeyMailRepository keyMail, Roster roster, AuditTrail audit, VoteRecord record,
            Clock clock, Clock realTime) {
        this.repository = repository;
        this.keyMail = keyMail;
        this.roster = roster;
        this.audit = audit;
        this.record = record;
        this.clock = clock;
        this.realTime = realTime;
    }

    /**
     * A new key for every elector; with {@code email}, those with an e-mail address are queued for the
     * sender (which makes their key as the message goes) and left out of the CSV.
     */
    KeyMailing issueKeys(Viewer by, VoteRepository.Row vote, boolean email) {
        long voteId = vote.id();
        if (vote.status().over()) {
            throw ParleyException.conflict("This vote is closed; voting keys are of no use any more.");
        }
        Map<Long, RosterMember> entries = new java.util.HashMap<>();
        roster.everyone(by, vote.negotiationId()).forEach(m -> entries.put(m.id(), m));
        // Every elector gets a key, whether or not they voted: the number of keys, written to the
        // record, must not tell anyone how many have voted so far. A key goes to the address frozen with
        // the electorate (or accepted since by the committee), never to a roster address changed since.
        Map<Long, String> frozen = new java.util.HashMap<>();
        repository.electorsWithAddresses(voteId).forEach(e -> frozen.put(e.rosterId(), e.email()));
        List<Long> electors = repository.electors(voteId);
        List<Map.Entry<Long, String>> hashes = new ArrayList<>(electors.size());
        List<KeyMailRepository.Recipient> mailed = new ArrayList<>();
        StringBuilder csv = new StringBuilder();
        CsvCell.line(csv, "member_id", "name", "email", "worksite", "key");
        for (long rosterId : electors) {
            RosterMember m = entries.get(rosterId);
            String address = frozen.get(rosterId);
            if (email && address != null && !address.isBlank()) {
                mailed.add(new KeyMailRepository.Recipient(rosterId, address, m == null ? "" : m.name()));
                continue;
            }
            String key = Codes.votingKey();
            hashes.add(Map.entry(rosterId, Codes.keyHash(voteId, key)));
            CsvCell.line(csv, m == null ? "" : m.memberId(), m == null ? "" : m.name(), address,
                    m == null ? null : m.worksite(), key);
        }
        repository.replaceKeys(voteId, hashes);
        Instant now = clock.instant();
        keyMail.replace(voteId, mailed, realTime.instant()); // a CSV round also stops an earlier round's e-mails, whose keys no longer work
        record.append(voteId, "KEYS_ISSUED", email ? Map.of("keys", electors.size(), "byEmail", mailed.size(), "by", by.displayName())
                : Map.of("keys", electors.size(), "by", by.displayName()), now);
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId, "issued voting keys",
                electors.size() + " keys for " + vote.title() + (email ? ", " + mailed.size() + " of them by e-mail" : "")));
        return new KeyMailing(mailed.size(), hashes.size(), csv.toString());
    }

    /**
     * Adds a member to the frozen electorate with the committee's reason, and their current roster address.
     * The record names no member: it holds a commitment to the member and the reason, whose salt the
     * committee keeps (it can show later which member it was); the reason stays in the audit trail.
     */
    void add(Viewer by, VoteRepository.Row vote, String memberId, String reason) {
        long voteId = vote.id();
        if (vote.status().over()) {
            throw ParleyException.conflict("This vote is closed; its electorate can no longer change.");
        }
        String why = ParleyException.requireText(reason, "The reason for adding a member to the electorate");
        String id = ParleyException.requireText(memberId, "A member ID");
        RosterMember member = roster.everyone(by, vote.negotiationId()).stream().filter(m -> m.memberId().equals(id)).findFirst()
                .orElseThrow(() -> ParleyException.notFound("There is no member " + id + " on this roster."));
        String salt = Codes.salt();
        if (repository.addElector(voteId, new VoteRepository.Elector(member.id(), member.memberId(), member.email()), why, salt) == 0) {
            throw ParleyException.conflict("Member " + id + " is already in this vote's electorate.");
        }
        List<String> ids = repository.electorMemberIds(voteId);
        String fingerprint = RecordFormat.fingerprint(ids);
        repository.updateElectorate(voteId, ids.size(), fingerprint);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("added", 1);
        data.put("commitment", RecordFormat.electorCommitment(voteId, member.memberId(), why, salt));
        data.put("eligible", ids.size());
        data.put("fingerprint", fingerprint);
        data.put("by", by.displayName());
        record.append(voteId, "ELECTORATE_CHANGED", data, clock.instant());
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId, "added a member to a vote's electorate",
                member.memberId() + ": " + why));
    }
}
