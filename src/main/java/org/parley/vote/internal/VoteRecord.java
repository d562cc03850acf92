package org.parley.vote.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.vote.LogEntry;
import org.parley.vote.RecordFormat;
import org.parley.vote.VoteStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing and showing a vote's hash-chained record ({@code vote_log}). Acts are appended under the lock
 * of the record's head; entries written with ballots (and refused casts) wait in {@code vote_log_pending}
 * and are chained about once a second, and always before any other entry.
 *
 * <p>Before the count the record is shown without anything that could count ballots: only the acts of
 * the committee and the roster ({@link #ACTS}), numbered among themselves, and without the hashes of
 * entries chained after the vote opened (an entry's hash covers its position in the whole record, so
 * its number could be found from it, and with it how many ballots came before).
 */
@Component
class VoteRecord {

    /** Entries shown before the count: acts, never a ballot, an envelope or a refused cast (a running count). */
    static final Set<String> ACTS = Set.of("DEFINED", "KEYS_ISSUED", "ELECTORATE_CHANGED", "OPENED", "CLOSED",
            ElectorAddresses.CHANGE_PENDING, ElectorAddresses.CHANGE_ACCEPTED);
    private static final int CHAIN_BATCH = 2_000;

    private final VoteRepository repository;
    private final TransactionTemplate transactions;
    private final TransactionTemplate ownTransaction;
    private final JsonMapper json = JsonMapper.builder().build();

    VoteRecord(VoteRepository repository, PlatformTransactionManager transactionManager) {
        this.repository = repository;
        this.transactions = new TransactionTemplate(transactionManager);
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String json(Object data) {
        return json.writeValueAsString(data);
    }

    /**
     * Appends an entry under the lock of the record's head, after chaining the entries that ballots left
     * waiting: entries are chained one after another, in the order they were written.
     */
    void append(long voteId, String type, Map<String, ?> data, Instant at) {
        VoteRepository.Entry head = chainPending(voteId, repository.lockHead(voteId), Integer.MAX_VALUE);
        String text = json(data);
        Instant when = at.truncatedTo(ChronoUnit.SECONDS);
        long seq = head.seq() + 1;
        String hash = RecordFormat.entryHash(voteId, seq, when.toString(), type, text, head.hash());
        repository.appendAll(voteId, List.of(new VoteRepository.Entry(seq, when, type, text, head.hash(), hash)));
    }

    /**
     * Writes an entry to be chained with the ballots' entries, in a transaction of its own: it stands even
     * though the request that caused it (a refused cast) fails. {@code day} is the voting day only.
     */
    void appendWithBallots(long voteId, Instant day, String type, Map<String, ?> data) {
        ownTransaction.executeWithoutResult(status -> repository.insertPending(voteId, day, type, json(data)));
    }

    /** Chains waiting entries after {@code head} (whose lock the caller holds); returns the new head. */
    private VoteRepository.Entry chainPending(long voteId, VoteRepository.Entry head, int atMost) {
        VoteRepository.Entry last = head;
        int done = 0;
        while (done < atMost) {
            List<VoteRepository.Pending> pending = repository.pending(voteId, CHAIN_BATCH);
            if (pending.isEmpty()) {
                break;
            }
            List<VoteRepository.Entry> entries = new ArrayList<>(pending.size());
            for (VoteRepository.Pending p : pending) {
                Instant when = p.at().truncatedTo(ChronoUnit.SECONDS);
                long seq = last.seq() + 1;
                String hash = RecordFormat.entryHash(voteId, seq, when.toString(), p.type(), p.data(), last.hash());
                last = new VoteRepository.Entry(seq, when, p.type(), p.data(), last.hash(), hash);
                entries.add(last);
            }
            repository.appendAll(voteId, entries);
            repository.deletePending(pending.stream().map(VoteRepository.Pending::id).toList());
            done += pending.size();
        }
        return last;
    }

    /** Chains what ballots left waiting, about once a second, so the record's head stays current. */
    @Scheduled(fixedDelayString = "${parley.vote.chain-every:PT1S}")
    public void chainWaitingEntries() {
        for (long voteId : repository.votesWithPending()) {
            VoteService.retried(() -> transactions.execute(status -> chainPending(voteId, repository.lockHead(voteId), CHAIN_BATCH * 5)));
        }
    }

    /**
     * The record as it may be shown now: every entry, as chained, once the vote is counted; before, the
     * acts only, numbered 1, 2, 3… among themselves, with their hashes only up to the opening (no ballot
     * can come before those), so that neither numbers, hashes nor sizes grow with the ballots.
     */
    List<LogEntry> shown(long voteId, VoteStatus status) {
        List<VoteRepository.Entry> entries = repository.entries(voteId, status == VoteStatus.TALLIED ? null : List.copyOf(ACTS));
        if (status == VoteStatus.TALLIED) {
            return entries.stream().map(e -> new LogEntry(e.seq(), e.at(), e.type(), e.data(), e.previous(), e.hash())).toList();
        }
        List<LogEntry> shown = new ArrayList<>(entries.size());
        boolean beforeBallots = true;
        for (VoteRepository.Entry e : entries) {
            shown.add(beforeBallots ? new LogEntry(shown.size() + 1, e.at(), e.type(), e.data(), e.previous(), e.hash())
                    : new LogEntry(shown.size() + 1, e.at(), e.type(), e.data(), null, null));
            if (e.type().equals("OPENED")) {
                beforeBallots = false;
            }
        }
        return shown;
    }
}
