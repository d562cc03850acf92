package org.parley.vote.internal;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.member.MembersNews;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.TypedInput;
import org.parley.proposal.Ratifications;
import org.parley.vote.AddressChange;
import org.parley.vote.Answer;
import org.parley.vote.DuplicateRule;
import org.parley.vote.Electorate;
import org.parley.vote.KeyDelivery;
import org.parley.vote.KeyMailing;
import org.parley.vote.LogEntry;
import org.parley.vote.NewVote;
import org.parley.vote.PaperBatch;
import org.parley.vote.Question;
import org.parley.vote.RecordFormat;
import org.parley.vote.Receipt;
import org.parley.vote.Vote;
import org.parley.vote.VoteKind;
import org.parley.vote.VoteResult;
import org.parley.vote.VoteRule;
import org.parley.vote.VoteStatus;
import org.parley.vote.Votes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@Service
@org.springframework.scheduling.annotation.EnableScheduling
class VoteService implements Votes, Ratifications, MembersNews {

    private static final Logger log = LoggerFactory.getLogger(VoteService.class);
    static final int MAX_QUESTIONS = 20;
    static final int MAX_CHOICES = 20;
    private static final int CAST_ATTEMPTS = 20;
    /** Gates per vote: how many ballots may be in flight side by side (far more than a small machine needs). */
    static final int GATES = 32;

    private final VoteRepository repository;
    private final KeyMailRepository keyMail;
    private final Negotiations negotiations;
    private final Roster roster;
    private final AuditTrail audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final JsonMapper json = JsonMapper.builder().build();
    private final Map<Long, List<Question>> questions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, VoteRepository.Row> definitions = new java.util.concurrent.ConcurrentHashMap<>();

    private final BallotBox box;
    private final VoteRecord record;
    private final ElectorAddresses addresses;
    private final VoteElectorate electorate;
    /** One count over all votes, without tags: it says how busy casting is, never which vote, member or choice. */
    private final Counter ballotsCast;

    VoteService(VoteRepository repository, KeyMailRepository keyMail, Negotiations negotiations, Roster roster, AuditTrail audit,
            Clock clock, PlatformTransactionManager transactionManager, VoteRecord record, ElectorAddresses addresses,
            MeterRegistry meters, @org.parley.platform.RealTime Clock realTime) {
        this.ballotsCast = Counter.builder("parley.votes.cast")
                .description("Ballots accepted online (first ballots and replacements), all votes together").register(meters);
        this.record = record;
        this.addresses = addresses;
        this.electorate = new VoteElectorate(repository, keyMail, roster, audit, record, clock, realTime);
        this.repository = repository;
        this.keyMail = keyMail;
        this.negotiations = negotiations;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.box = new BallotBox(this::writeTogether, this::alone);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        box.stop();
    }

    /** Writes a batch of first ballots of one vote; completes each one's receipt, or treats it alone. */
    private void writeTogether(long voteId, List<Cast> casts) {
        List<Receipt> receipts = new ArrayList<>();
        List<Cast> alone;
        try {
            alone = retried(() -> {
                receipts.clear();
                return transactions.execute(status -> castTogether(voteId, casts, receipts));
            });
        } catch (RuntimeException e) {
            alone = casts; // e.g. two batches raced for one member on H2: each ballot then goes alone
            receipts.clear();
        }
        for (int i = 0; i < receipts.size(); i++) {
            if (receipts.get(i) != null) {
                casts.get(i).receipt().complete(receipts.get(i));
            }
        }
        for (Cast c : alone) {
            try {
                c.receipt().complete(alone(c));
            } catch (RuntimeException e) {
                c.receipt().completeExceptionally(e);
            }
        }
    }

    // --- defining and running a vote ---

    @Override
    @Transactional
    public Vote define(Viewer by, NewVote request) {
        VotePermissions.requireCommittee(by);
        Negotiation negotiation = negotiations.get(by, ParleyException.require(request.negotiationId(), "The negotiation (negotiationId)"));
        VoteKind kind = ParleyException.require(request.kind(), "The kind (STRIKE_AUTHORIZATION, RATIFICATION or OTHER)");
        String title = ParleyException.requireText(request.title(), "title", "The title");
        if (title.length() > 300) {
            throw ParleyException.invalidField("title", "The title has at most 300 characters.");
        }
        String explanation = request.explanation() == null || request.explanation().isBlank() ? null : request.explanation().strip();
        if (explanation != null && explanation.length() > 20_000) {
            throw ParleyException.invalidField("explanation", "The explanation has at most 20,000 characters.");
        }
        List<Question> checkedQuestions = checkedQuestions(request.questions());
        ZoneId zone = TypedInput.zone(request.timeZone(), negotiation.timeZone(), "timeZone");
        Instant opens = ParleyException.require(TypedInput.instant(request.opensAt(), zone, "opensAt", "time it opens"), "opensAt", "The time it opens");
        Instant closes = ParleyException.require(TypedInput.instant(request.closesAt(), zone, "closesAt", "time it closes"), "closesAt", "The time it closes");
        if (!closes.isAfter(opens)) {
            throw ParleyException.invalidField("closesAt", "A vote closes after it opens.");
        }
        NewVote.Rule rule = ParleyException.require(request.rule(), "The rule (rule: {type: MAJORITY_OF_VOTES_CAST | TWO_THIRDS_OF_VOTES_CAST | "
                + "TWO_THIRDS_TO_REJECT_BELOW_TURNOUT, minTurnout?, turnoutThreshold?})");
        VoteRule voteRule = new VoteRule(rule.type(), rule.minTurnout(), rule.turnoutThreshold());
        Electorate electorate = checkedElectorate(request.electorate() == null ? Electorate.inGoodStanding() : request.electorate());

        List<RosterMember> electors = roster.everyone(by, negotiation.id()).stream().filter(m -> matches(electorate, m)).toList();
        if (electors.isEmpty()) {
            throw ParleyException.invalid("No member on the roster matches this electorate (" + electorate.describe() + ").");
        }
        String fingerprint = RecordFormat.fingerprint(electors.stream().map(RosterMember::memberId).toList());
        var row = new VoteRepository.Row(0, negotiation.id(), kind, title, explanation, opens, closes, zone, electorate, voteRule,
                Boolean.TRUE.equals(request.allowRevote()), Boolean.TRUE.equals(request.liveTurnout()),
                request.duplicateRule() == null ? DuplicateRule.FIRST_RECEIVED : request.duplicateRule(), VoteStatus.DEFINED,
                electors.size(), fingerprint, by.displayName());
        long id = repository.insert(row, clock.instant());
        repository.insertQuestions(id, checkedQuestions);
        // Each elector's address is frozen too: keys and sign-in links that may cast a ballot go to it only.
        repository.insertElectors(id, electors.stream().map(m -> new VoteRepository.Elector(m.id(), m.memberId(), m.email())).toList());
        repository.insertHead(id);
        repository.insertGates(id, GATES);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind.name());
        data.put("title", title);
        data.put("questions", checkedQuestions.stream().map(q -> Map.of("text", q.text(), "choices", q.choices())).toList());
        data.put("rule", voteRule.describe());
        data.put("opensAt", opens.toString());
        data.put("closesAt", closes.toString());
        data.put("timeZone", zone.getId());
        data.put("electorate", electorate.describe());
        data.put("eligible", electors.size());
        data.put("fingerprint", fingerprint);
        data.put("allowRevote", row.allowRevote());
        data.put("liveTurnout", row.liveTurnout());
        data.put("duplicateRule", row.duplicateRule().name());
        data.put("definedBy", by.displayName());
        record.append(id, "DEFINED", data, clock.instant());
        audit.record(new AuditRecord(by, negotiation.id(), null, Audience.LABOR, "vote", id, "defined a vote",
                kind.label() + ": " + title + " (" + electors.size() + " eligible)"));
        return get(by, id);
    }

    private List<Question> checkedQuestions(List<NewVote.NewQuestion> requested) {
        if (requested == null || requested.isEmpty()) {
            throw ParleyException.invalid("A vote asks at least one question (questions: [{text, choices}]).");
        }
        if (requested.size() > MAX_QUESTIONS) {
            throw ParleyException.invalid("A vote asks at most " + MAX_QUESTIONS + " questions.");
        }
        List<Question> checked = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            NewVote.NewQuestion q = ParleyException.require(requested.get(i), "Question " + i);
            String text = ParleyException.requireText(q.text(), "The text of question " + i);
            if (text.length() > 2000) {
                throw ParleyException.invalid("A question has at most 2,000 characters.");
            }
            List<String> choices = q.choices() == null || q.choices().isEmpty() ? List.of("Yes", "No")
                    : q.choices().stream().map(c -> c == null ? "" : c.strip()).toList();
            if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
                throw ParleyException.invalid("Question " + i + " needs 2 to " + MAX_CHOICES + " choices.");
            }
            Set<String> seen = new LinkedHashSet<>();
            for (String c : choices) {
                if (c.isEmpty() || c.length() > 200 || c.contains("\t") || c.contains("\n") || c.contains("\r")) {
                    throw ParleyException.invalid("A choice is 1 to 200 characters on one line ('" + c + "' in question " + i + ").");
                }
                if (!seen.add(c)) {
                    throw ParleyException.invalid("Question " + i + " offers '" + c + "' twice.");
                }
            }
            checked.add(new Question(i, text, choices));
        }
        return checked;
    }

    private static Electorate checkedElectorate(Electorate electorate) {
        for (String status : electorate.statuses()) {
            if (!status.equalsIgnoreCase("ACTIVE") && !status.equalsIgnoreCase("INACTIVE")) {
                throw ParleyException.invalid("'" + status + "' is not a roster status; use ACTIVE (in good standing) or INACTIVE.");
            }
        }
        return new Electorate(electorate.statuses().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(),
                electorate.classifications().stream().map(String::strip).toList(),
                electorate.worksites().stream().map(String::strip).toList(), electorate.units().stream().map(String::strip).toList());
    }

    static boolean matches(Electorate e, RosterMember m) {
        return e.statuses().contains(m.status().name()) && within(e.classifications(), m.classification())
                && within(e.worksites(), m.worksite()) && within(e.units(), m.unit());
    }

    private static boolean within(List<String> allowed, String value) {
        return allowed.isEmpty() || value != null && allowed.stream().anyMatch(a -> a.equalsIgnoreCase(value.strip()));
    }

    @Override
    @Transactional
    public Vote open(Viewer by, long voteId) {
        VotePermissions.requireCommittee(by);
        VoteRepository.Row vote = row(by, voteId);
        if (repository.moveStatus(voteId, VoteStatus.DEFINED, VoteStatus.OPEN) == 0) {
            throw ParleyException.conflict("This vote is " + vote.status().label().toLowerCase() + "; only an announced vote can be opened.");
        }
        if (!clock.instant().isBefore(vote.closesAt())) {
            throw ParleyException.conflict("The voting window ended on " + when(vote.closesAt(), vote.timeZone()) + "; define a new vote.");
        }
        repository.setGates(voteId, true);
        record.append(voteId, "OPENED", Map.of("by", by.displayName(), "eligible", vote.eligible(), "fingerprint", vote.fingerprint()),
                clock.instant());
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId, "opened a vote", vote.title()));
        return get(by, voteId);
    }

    @Override
    @Transactional
    public Vote close(Viewer by, long voteId) {
        VotePermissions.requireCommittee(by);
        VoteRepository.Row vote = row(by, voteId);
        repository.setGates(voteId, false); // waits for the ballots in flight; later ones find the gates closed
        if (repository.moveStatus(voteId, VoteStatus.OPEN, VoteStatus.CLOSED) == 0) {
            throw ParleyException.conflict("This vote is " + vote.status().label().toLowerCase() + "; only an open vote can be closed.");
        }
        Instant now = clock.instant();
        VoteRepository.VoterCounts voters = repository.voterCounts(voteId);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("by", by.displayName());
        data.put("onlineBallots", voters.online());
        data.put("sealedEnvelopes", voters.sealedEnvelopes());
        data.put("early", now.isBefore(vote.closesAt()));
        record.append(voteId, "CLOSED", data, now);
        repository.reseal(voteId);
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId,
                now.isBefore(vote.closesAt()) ? "closed a vote before its closing time" : "closed a vote", vote.title()));
        if (voters.sealedEnvelopes() == 0) {
            tally(voteId);
        }
        return get(by, voteId);
    }

    /** Counts the box, fixes the count and the board in the record, and publishes the result. */
    private void tally(long voteId) {
        VoteRepository.Row vote = repository.find(voteId).orElseThrow();
        List<Question> qs = questionsOf(voteId);
        Counted counted = count(vote, qs);
        List<String> trackers = repository.trackers(voteId);
        List<String> lines = repository.onlineAnswers(voteId).stream()
                .map(a -> RecordFormat.ballotLine(Ballots.decode(qs, a))).sorted().toList();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("eligible", vote.eligible());
        data.put("cast", counted.cast());
        data.put("online", counted.online());
        data.put("paper", counted.paper());
        data.put("questions", counted.counts().stream().map(c -> Map.of("counts", c)).toList());
        data.put("passed", counted.decision().passed());
        data.put("reason", counted.decision().reason());
        data.put("trackers", RecordFormat.linesHash(trackers));
        data.put("ballots", RecordFormat.linesHash(lines));
        record.append(voteId, "TALLIED", data, clock.instant());
        repository.moveStatus(voteId, VoteStatus.CLOSED, VoteStatus.TALLIED);
    }

    record Counted(long cast, long online, long paper, List<Map<String, Long>> counts, VoteRule.Decision decision) {
    }

    private Counted count(VoteRepository.Row vote, List<Question> qs) {
        List<Map<String, Long>> counts = new ArrayList<>();
        for (Question q : qs) {
            Map<String, Long> zero = new LinkedHashMap<>();
            q.choices().forEach(c -> zero.put(c, 0L));
            counts.add(zero);
        }
        long online = 0;
        long paper = 0;
        for (VoteRepository.Count c : repository.tally(vote.id())) {
            List<String> choices = Ballots.decode(qs, c.answers());
            for (int q = 0; q < choices.size(); q++) {
                counts.get(q).merge(choices.get(q), c.count(), Long::sum);
            }
            if (c.paper()) {
                paper += c.count();
            } else {
                online += c.count();
            }
        }
        long cast = online + paper;
        long yes = counts.get(0).get(qs.get(0).choices().get(0));
        return new Counted(cast, online, paper, counts, vote.rule().decide(vote.eligible(), cast, yes));
    }

    @Override
    @Transactional(readOnly = true)
    public Vote get(Viewer viewer, long voteId) {
        return shown(row(viewer, voteId));
    }

    private Vote shown(VoteRepository.Row r) {
        boolean countsShown = r.status().over() || r.liveTurnout() && r.status() == VoteStatus.OPEN;
        Long turnout = countsShown ? repository.voterCounts(r.id()).total() : null;
        return new Vote(r.id(), r.negotiationId(), r.kind(), r.title(), r.explanation(), questionsOf(r.id()), r.opensAt(), r.closesAt(),
                r.timeZone(), r.electorate(), r.rule(), r.allowRevote(), r.liveTurnout(), r.duplicateRule(), r.status(), r.eligible(),
                r.fingerprint(), turnout, countsShown || r.status() == VoteStatus.DEFINED ? repository.headHash(r.id()) : null,
                r.definedBy());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vote> ofNegotiation(Viewer viewer, long negotiationId) {
        return repository.ofNegotiation(negotiationId).stream().filter(v -> VotePermissions.maySee(viewer, v.status()))
                .map(this::shown).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Vote> list(Viewer viewer) {
        if (viewer.role() == org.parley.account.Role.MEMBER) {
            Set<Long> mine = new java.util.HashSet<>();
            roster.selves(viewer).forEach(m -> mine.add(m.negotiationId()));
            return repository.all().stream().filter(v -> mine.contains(v.negotiationId())).map(this::shown).toList();
        }
        return repository.all().stream().filter(v -> VotePermissions.maySee(viewer, v.status())).map(this::shown).toList();
    }

    /** A vote's row, or "not found" for anyone who may not see it (the management team, until it is counted). */
    private VoteRepository.Row row(Viewer viewer, long voteId) {
        return repository.find(voteId).filter(v -> VotePermissions.maySee(viewer, v.status()))
                .orElseThrow(() -> ParleyException.notFound("There is no vote " + voteId + "."));
    }

    private List<Question> questionsOf(long voteId) {
        return questions.computeIfAbsent(voteId, repository::questions);
    }

    // --- voting keys and the electorate (VoteElectorate) ---

    @Override
    @Transactional
    public String issueKeys(Viewer by, long voteId) {
        VotePermissions.requireCommittee(by);
        return electorate.issueKeys(by, row(by, voteId), false).csv();
    }

    @Override
    @Transactional
    public KeyMailing emailKeys(Viewer by, long voteId) {
        VotePermissions.requireCommittee(by);
        return electorate.issueKeys(by, row(by, voteId), true);
    }

    @Override
    @Transactional(readOnly = true)
    public KeyDelivery keyDelivery(Viewer viewer, long voteId) {
        VotePermissions.requireCommittee(viewer);
        row(viewer, voteId);
        return keyMail.progress(voteId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> keyMailFailures(Viewer viewer, long voteId) {
        VotePermissions.requireCommittee(viewer);
        row(viewer, voteId);
        return keyMail.failures(voteId);
    }

    @Override
    @Transactional
    public Vote addToElectorate(Viewer by, long voteId, String memberId, String reason) {
        VotePermissions.requireCommittee(by);
        electorate.add(by, row(by, voteId), memberId, reason);
        return get(by, voteId);
    }

    // --- casting ---

    @Override
    public Receipt cast(Viewer by, long voteId, List<Answer> answers, String changeCode) {
        VotePermissions.requireMember(by);
        VoteRepository.Row vote = row(by, voteId);
        RosterMember self = roster.self(by, vote.negotiationId())
                .orElseThrow(() -> refused(voteId, ParleyException.forbidden("You are not on this unit's roster, so you cannot vote here.")));
        if (!repository.isElector(voteId, self.id())) {
            throw refused(voteId, ParleyException.forbidden("You are not in this vote's electorate (" + vote.electorate().describe()
                    + "). If you think you should be, ask the election committee."));
        }
        if (vote.status() == VoteStatus.OPEN) { // otherwise the gate refuses it, as for everyone
            addresses.requireFrozenChannel(by, vote, self.id(), votingDay(vote, clock.instant()));
        }
        return castFor(vote, self.id(), answers, changeCode, false);
    }

    @Override
    public Receipt castWithKey(long voteId, String key, List<Answer> answers, String changeCode) {
        long rosterId = repository.keyHolder(voteId, Codes.keyHash(voteId, key))
                .orElseThrow(() -> refused(voteId, ParleyException.forbidden(
                        "This voting key is not valid for this vote. Check it against the letter or e-mail it came in.")));
        return castFor(definition(voteId), rosterId, answers, changeCode, true);
    }

    /** A vote's row as defined: what a ballot needs besides the status never changes, so it is read once. */
    private VoteRepository.Row definition(long voteId) {
        return definitions.computeIfAbsent(voteId, id -> repository.find(id)
                .orElseThrow(() -> ParleyException.notFound("There is no vote " + voteId + ".")));
    }

    @Override
    @Transactional(readOnly = true)
    public Vote checkKey(long voteId, String key) {
        VoteRepository.Row vote = repository.find(voteId).orElseThrow(() -> ParleyException.notFound("There is no vote " + voteId + "."));
        long holder = repository.keyHolder(voteId, Codes.keyHash(voteId, key))
                .orElseThrow(() -> refused(voteId, ParleyException.forbidden(
                        "This voting key is not valid for this vote. Check it against the letter or e-mail it came in.")));
        if (repository.voter(voteId, holder).isPresent() && !vote.allowRevote()) {
            throw refused(voteId, ParleyException.conflict("This voting key was already used to cast a ballot: one member, one ballot."));
        }
        return shown(vote);
    }

    /**
     * One ballot, in one transaction: one of the vote's gates (the close takes them all, so no ballot
     * commits after it), the row saying the member voted (its primary key refuses a second), the ballot
     * in the box (no member, no time, a random id), and the record's entry (no member, no ballot), which
     * is chained shortly after, so that ballots do not queue for the record's head. A transaction that
     * loses a lock race is tried again; a refusal is final.
     */
    private Receipt castFor(VoteRepository.Row vote, long rosterId, List<Answer> answers, String changeCode, boolean byKey) {
        List<Question> qs = questionsOf(vote.id());
        String encoded;
        try {
            encoded = Ballots.encode(qs, answers);
        } catch (ParleyException e) {
            throw refused(vote.id(), e);
        }
        Receipt receipt = changeCode != null && !changeCode.isBlank()
                ? alone(new Cast(vote, rosterId, encoded, changeCode, byKey, null))
                : box.cast(new Cast(vote, rosterId, encoded, null, byKey, new java.util.concurrent.CompletableFuture<>()));
        ballotsCast.increment(); // after the commit: a refused or failed ballot threw before this line
        return receipt;
    }

    /** A ballot on its way into the box; {@code receipt} completes once its transaction has committed. */
    record Cast(VoteRepository.Row vote, long rosterId, String encoded, String changeCode, boolean byKey,
                java.util.concurrent.CompletableFuture<Receipt> receipt) {
    }

    /** One ballot in a transaction of its own: a replacement, or a ballot the batch could not take (a refusal). */
    private Receipt alone(Cast c) {
        return retried(() -> transactions.execute(status -> castInTransaction(c.vote(), c.rosterId(), c.encoded(), c.changeCode(), c.byKey())));
    }

    /**
     * First ballots of one vote in one transaction (group commit): one gate, the voter rows in one batch
     * (the primary key still refuses any second ballot, within the batch as across batches), the ballots
     * and the record's entries in multi-row statements, one commit. A member who already voted, or a
     * vote that is not open, is handed back to be treated {@linkplain #alone alone}, where it gets its
     * refusal. Receipts are handed out only after the commit.
     */
    private List<Cast> castTogether(long voteId, List<Cast> casts, List<Receipt> receipts) {
        VoteRepository.Row vote = casts.get(0).vote();
        Instant now = clock.instant();
        boolean open = repository.passGate(voteId, ThreadLocalRandom.current().nextInt(GATES));
        if (!open || now.isBefore(vote.opensAt()) || !now.isBefore(vote.closesAt())) {
            return casts;
        }
        List<String> codes = new ArrayList<>(casts.size());
        List<String> checks = new ArrayList<>(casts.size());
        for (int i = 0; i < casts.size(); i++) {
            String code = vote.allowRevote() ? Codes.changeCode() : null;
            codes.add(code);
            checks.add(code == null ? null : Codes.voterCheck(voteId, code));
        }
        int[] written = repository.insertVoters(voteId, casts.stream().map(Cast::rosterId).toList(), checks);
        List<Cast> alone = new ArrayList<>();
        List<String[]> ballots = new ArrayList<>();
        for (int i = 0; i < casts.size(); i++) {
            if (written[i] == 1) {
                String tracker = Codes.tracker();
                ballots.add(new String[] {tracker, casts.get(i).encoded(), codes.get(i) == null ? null : Codes.ballotCheck(voteId, codes.get(i))});
                receipts.add(new Receipt(voteId, tracker, codes.get(i), false));
            } else {
                receipts.add(null);
                alone.add(casts.get(i));
            }
        }
        if (!ballots.isEmpty()) {
            repository.insertBallots(voteId, ballots);
            repository.insertPending(voteId, votingDay(vote, now), "BALLOT", ballots.size());
        }
        return alone;
    }

    private Receipt castInTransaction(VoteRepository.Row definition, long rosterId, String encoded, String changeCode, boolean byKey) {
        long voteId = definition.id();
        boolean open = repository.passGate(voteId, ThreadLocalRandom.current().nextInt(GATES));
        VoteRepository.Row vote = definition;
        Instant now = clock.instant();
        if (!open || now.isBefore(vote.opensAt()) || !now.isBefore(vote.closesAt())) {
            if (!open) {
                vote = repository.find(voteId).orElseThrow();
            }
            throw refused(voteId, ParleyException.conflict(!open && vote.status() == VoteStatus.OPEN
                    ? "This vote is closing; no more ballots are accepted." : switch (vote.status()) {
                case DEFINED -> "This vote is not open yet; it opens " + when(vote.opensAt(), vote.timeZone()) + ".";
                case OPEN -> now.isBefore(vote.opensAt()) ? "This vote opens " + when(vote.opensAt(), vote.timeZone()) + "."
                        : "Voting ended " + when(vote.closesAt(), vote.timeZone()) + "; no more ballots are accepted.";
                case CLOSED, TALLIED -> "This vote is closed; no more ballots are accepted.";
            }));
        }
        String code = vote.allowRevote() ? Codes.changeCode() : null;
        String voterCheck = code == null ? null : Codes.voterCheck(voteId, code);
        boolean replaced = false;
        int inserted;
        try {
            inserted = repository.insertVoter(voteId, rosterId, "ONLINE", null, voterCheck);
        } catch (DuplicateKeyException e) {
            inserted = 0;
        }
        String entryType = "BALLOT";
        if (inserted == 0) {
            VoteRepository.Voter voter = repository.voter(voteId, rosterId).orElseThrow(() -> new org.springframework.dao.CannotAcquireLockException(
                    "the member's vote row is not visible yet"));
            if (voter.channel().equals("PAPER")) {
                if (!"SEALED".equals(voter.envelope()) || vote.duplicateRule() != DuplicateRule.ONLINE_WINS) {
                    throw refused(voteId, ParleyException.conflict("Your paper ballot reached the election committee first and is the one"
                            + " that counts: one member, one ballot."));
                }
                if (repository.envelopeGivesWayToOnline(voteId, rosterId, voterCheck) != 1) {
                    throw new org.springframework.dao.CannotAcquireLockException("the envelope changed meanwhile");
                }
                repository.insertPending(voteId, votingDay(vote, now), "ENVELOPE_SET_ASIDE", json.writeValueAsString(Map.of("reason",
                        "Its member then voted online; under this vote's rule the online ballot counts, and the envelope is not opened.")));
            } else if (!vote.allowRevote()) {
                throw refused(voteId, ParleyException.conflict(byKey ? "This voting key was already used to cast a ballot: one member, one ballot."
                        : "You have already voted in this vote: one member, one ballot."));
            } else if (changeCode == null || changeCode.isBlank()) {
                throw refused(voteId, ParleyException.conflict("You have already voted. To replace your ballot, give the change code"
                        + " from your receipt; the last ballot counts."));
            } else {
                if (repository.replaceRevoteCheck(voteId, rosterId, Codes.voterCheck(voteId, changeCode), voterCheck) != 1) {
                    throw refused(voteId, ParleyException.conflict("That change code is not the one on your latest receipt, so your"
                            + " ballot was not replaced."));
                }
                if (repository.deleteReplacedBallot(voteId, Codes.ballotCheck(voteId, changeCode)) != 1) {
                    throw refused(voteId, ParleyException.conflict("Your earlier ballot could not be found with that change code;"
                            + " nothing was changed."));
                }
                replaced = true;
                entryType = "BALLOT_REPLACED";
            }
        }
        String tracker = Codes.tracker();
        repository.insertBallot(voteId, tracker, encoded, null, code == null ? null : Codes.ballotCheck(voteId, code));
        repository.insertPending(voteId, votingDay(vote, now), entryType, "{}");
        return new Receipt(voteId, tracker, code, replaced);
    }

    /** Entries about ballots carry the voting day only: no finer time is stored about a ballot. */
    private static Instant votingDay(VoteRepository.Row vote, Instant now) {
        return LocalDate.ofInstant(now, vote.timeZone()).atStartOfDay(vote.timeZone()).toInstant();
    }

    static <T> T retried(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (TransientDataAccessException e) {
                if (attempt >= CAST_ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(1, 5 * attempt + 1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    /** A refused ballot is logged (without the member or the choice) and nothing is counted. */
    private static ParleyException refused(long voteId, ParleyException e) {
        log.info("Ballot refused for vote {}: {}", voteId, e.getMessage());
        return e;
    }

    @Override
    @Transactional(readOnly = true)
    public Standing standing(Viewer viewer, long voteId) {
        VoteRepository.Row vote = row(viewer, voteId);
        var self = viewer.role() == org.parley.account.Role.MEMBER ? roster.self(viewer, vote.negotiationId()) : java.util.Optional.<RosterMember>empty();
        if (self.isEmpty() || !repository.isElector(voteId, self.get().id())) {
            return new Standing(false, false, self.map(RosterMember::name).orElse(null));
        }
        return new Standing(true, repository.voter(voteId, self.get().id()).isPresent(), self.get().name());
    }

    // --- paper ballots ---

    @Override
    @Transactional
    public EnvelopeCheckIn receiveEnvelope(Viewer by, long voteId, String memberId) {
        VotePermissions.requireCommittee(by);
        boolean open = repository.passGate(row(by, voteId).id(), ThreadLocalRandom.current().nextInt(GATES));
        VoteRepository.Row vote = row(by, voteId);
        if (!open || vote.status() != VoteStatus.OPEN) {
            throw ParleyException.conflict("Paper envelopes are received while the vote is open.");
        }
        String id = ParleyException.requireText(memberId, "The member ID on the envelope");
        long rosterId = repository.electorByMemberId(voteId, id)
                .orElseThrow(() -> ParleyException.invalid("Member " + id + " is not in this vote's electorate: set the envelope aside unopened."));
        Instant now = clock.instant();
        if (repository.insertVoter(voteId, rosterId, "PAPER", "SEALED", null) == 1) {
            record.append(voteId, "ENVELOPE_RECEIVED", Map.of(), now);
            return new EnvelopeCheckIn(id, "ACCEPTED", "Keep the envelope sealed until the count.");
        }
        VoteRepository.Voter voter = repository.voter(voteId, rosterId).orElseThrow();
        String reason = voter.channel().equals("ONLINE")
                ? "This member already voted online: set the envelope aside unopened (" + vote.duplicateRule().label().toLowerCase() + ")."
                : "An envelope from this member was already received: set this one aside unopened.";
        record.append(voteId, "ENVELOPE_SET_ASIDE", Map.of("reason", voter.channel().equals("ONLINE")
                ? "Its member had already voted online." : "Its member's envelope had already been received."), now);
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId, "set a paper envelope aside", reason));
        return new EnvelopeCheckIn(id, "SET_ASIDE", reason);
    }

    @Override
    @Transactional
    public PaperBatch recordPaperBatch(Viewer by, long voteId, String label, List<PaperBatch.Marked> ballots) {
        VotePermissions.requireCommittee(by);
        VoteRepository.Row vote = row(by, voteId);
        if (vote.status() != VoteStatus.CLOSED) {
            throw ParleyException.conflict(vote.status() == VoteStatus.TALLIED ? "This vote is already counted."
                    : "Paper ballots are counted after the close, from the sealed envelopes received.");
        }
        List<Question> qs = questionsOf(voteId);
        if (ballots == null || ballots.isEmpty()) {
            throw ParleyException.invalid("A batch lists how the ballots in it were marked, with a count for each.");
        }
        StringBuilder stored = new StringBuilder();
        int total = 0;
        for (PaperBatch.Marked marked : ballots) {
            int count = ParleyException.require(marked.count(), "The count of each marking");
            if (count <= 0) {
                throw ParleyException.invalid("Each marking's count is a whole number above zero.");
            }
            stored.append(Ballots.encode(qs, marked.answers())).append('=').append(count).append('\n');
            total += count;
        }
        long sealed = repository.voterCounts(voteId).sealedEnvelopes();
        long recorded = repository.batches(voteId).stream().mapToLong(VoteRepository.Batch::total).sum();
        if (recorded + total > sealed) {
            throw ParleyException.invalid("This batch holds " + total + " ballots, but only " + (sealed - recorded) + " of the "
                    + sealed + " sealed envelopes received are not counted yet.");
        }
        int number = repository.nextBatchNumber(voteId);
        String name = label == null || label.isBlank() ? "Batch " + number : label.strip();
        repository.insertBatch(voteId, new VoteRepository.Batch(number, name, stored.toString(), total, by.displayName(), by.accountId(), null));
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId, "recorded a paper batch",
                name + ": " + total + " ballots, awaiting a second sign-off"));
        return batch(qs, voteId, repository.batches(voteId).stream().filter(b -> b.number() == number).findFirst().orElseThrow());
    }

    @Override
    @Transactional
    public PaperBatch signOffPaperBatch(Viewer by, long voteId, int number) {
        VotePermissions.requireCommittee(by);
        VoteRepository.Row vote = row(by, voteId);
        VoteRepository.Batch batch = repository.batches(voteId).stream().filter(b -> b.number() == number).findFirst()
                .orElseThrow(() -> ParleyException.notFound("There is no paper batch " + number + " in this vote."));
        if (batch.signedOffBy() != null) {
            throw ParleyException.conflict("Batch " + number + " is already signed off by " + batch.signedOffBy() + ".");
        }
        if (batch.recordedByAccount() == by.accountId() || repository.signOff(voteId, number, by.accountId(), by.displayName()) != 1) {
            throw ParleyException.conflict("A second committee member, not the one who recorded it, signs a batch off.");
        }
        List<Question> qs = questionsOf(voteId);
        List<String> paper = new ArrayList<>();
        List<Map<String, Object>> markings = new ArrayList<>();
        for (String line : batch.ballots().split("\n")) {
            String[] parts = line.split("=");
            int count = Integer.parseInt(parts[1]);
            for (int i = 0; i < count; i++) {
                paper.add(parts[0]);
            }
            markings.add(Map.of("answers", Ballots.decode(qs, parts[0]), "count", count));
        }
        repository.insertPaperBallots(voteId, number, paper);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("number", number);
        data.put("label", batch.label());
        data.put("total", batch.total());
        data.put("ballots", markings);
        data.put("recordedBy", batch.recordedBy());
        data.put("signedOffBy", by.displayName());
        record.append(voteId, "PAPER_BATCH", data, clock.instant());
        audit.record(new AuditRecord(by, vote.negotiationId(), null, Audience.LABOR, "vote", voteId, "signed off a paper batch",
                batch.label() + ": " + batch.total() + " ballots"));
        long counted = repository.batches(voteId).stream().filter(b -> b.signedOffBy() != null).mapToLong(VoteRepository.Batch::total).sum();
        if (counted == repository.voterCounts(voteId).sealedEnvelopes()) {
            tally(voteId);
        }
        return batch(qs, voteId, repository.batches(voteId).stream().filter(b -> b.number() == number).findFirst().orElseThrow());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PaperBatch> paperBatches(Viewer viewer, long voteId) {
        VoteRepository.Row vote = row(viewer, voteId);
        if (!vote.status().over()) {
            return List.of();
        }
        List<Question> qs = questionsOf(voteId);
        return repository.batches(voteId).stream().map(b -> batch(qs, voteId, b)).toList();
    }

    private static PaperBatch batch(List<Question> qs, long voteId, VoteRepository.Batch b) {
        List<PaperBatch.Marked> marked = new ArrayList<>();
        for (String line : b.ballots().split("\n")) {
            String[] parts = line.split("=");
            marked.add(new PaperBatch.Marked(Ballots.answers(qs, parts[0]), Integer.parseInt(parts[1])));
        }
        return new PaperBatch(voteId, b.number(), b.label(), marked, b.total(), b.recordedBy(), b.signedOffBy());
    }

    // --- the result and the record ---

    @Override
    @Transactional(readOnly = true)
    public VoteResult result(Viewer viewer, long voteId) {
        VoteRepository.Row vote = counted(viewer, voteId);
        List<Question> qs = questionsOf(voteId);
        Counted counted = count(vote, qs);
        List<VoteResult.QuestionResult> results = new ArrayList<>();
        for (int q = 0; q < qs.size(); q++) {
            Map<String, Long> counts = counted.counts().get(q);
            long answered = counts.values().stream().mapToLong(Long::longValue).sum();
            Map<String, BigDecimal> percentages = new LinkedHashMap<>();
            counts.forEach((choice, n) -> percentages.put(choice, percent(n, answered)));
            results.add(new VoteResult.QuestionResult(qs.get(q).text(), counts, percentages));
        }
        return new VoteResult(voteId, vote.eligible(), counted.cast(), counted.online(), counted.paper(),
                percent(counted.cast(), vote.eligible()), results, counted.decision().passed(), counted.decision().reason());
    }

    /** For showing only: one decimal, half up; decisions are made on whole numbers ({@link VoteRule}). */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private VoteRepository.Row counted(Viewer viewer, long voteId) {
        VoteRepository.Row vote = row(viewer, voteId);
        if (vote.status() != VoteStatus.TALLIED) {
            throw ParleyException.conflict(switch (vote.status()) {
                case DEFINED, OPEN -> "Nothing is counted before the vote closes, for anyone; the result is published at the close.";
                case CLOSED -> "The vote is closed; the result is published once the paper ballots are counted and signed off.";
                case TALLIED -> "";
            });
        }
        return vote;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> board(Viewer viewer, long voteId) {
        counted(viewer, voteId);
        return repository.trackers(voteId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean onBoard(long voteId, String tracker) {
        VoteRepository.Row vote = repository.find(voteId).orElseThrow(() -> ParleyException.notFound("There is no vote " + voteId + "."));
        if (vote.status() != VoteStatus.TALLIED) {
            throw ParleyException.conflict("The board is published when the vote is counted.");
        }
        String wanted = tracker == null ? "" : tracker.strip().toUpperCase(Locale.ROOT);
        return repository.trackers(voteId).contains(wanted);
    }

    @Override
    @Transactional(readOnly = true)
    public List<LogEntry> log(Viewer viewer, long voteId) {
        VoteRepository.Row vote = row(viewer, voteId);
        return record.shown(voteId, vote.status());
    }

    @Override
    @Transactional(readOnly = true)
    public String record(Viewer viewer, long voteId) {
        VoteRepository.Row vote = counted(viewer, voteId);
        List<Question> qs = questionsOf(voteId);
        VoteResult result = result(viewer, voteId);
        VoteRepository.VoterCounts voters = repository.voterCounts(voteId);
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("format", RecordFormat.FORMAT);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("id", voteId);
        definition.put("negotiationId", vote.negotiationId());
        definition.put("kind", vote.kind().name());
        definition.put("title", vote.title());
        definition.put("questions", qs.stream().map(q -> Map.of("text", q.text(), "choices", q.choices())).toList());
        definition.put("rule", vote.rule().describe());
        definition.put("opensAt", vote.opensAt().toString());
        definition.put("closesAt", vote.closesAt().toString());
        definition.put("timeZone", vote.timeZone().getId());
        definition.put("allowRevote", vote.allowRevote());
        definition.put("duplicateRule", vote.duplicateRule().name());
        record.put("vote", definition);
        record.put("electorate", Map.of("eligible", vote.eligible(), "fingerprint", vote.fingerprint(),
                "criteria", vote.electorate().describe()));
        long paper = result.paper();
        record.put("voters", Map.of("online", voters.online(), "paper", voters.sealedEnvelopes(), "total", voters.total()));
        record.put("board", Map.of("trackers", repository.trackers(voteId),
                "ballots", repository.onlineAnswers(voteId).stream().map(a -> Ballots.decode(qs, a))
                        .sorted(java.util.Comparator.comparing(RecordFormat::ballotLine)).toList()));
        record.put("paperBatches", repository.batches(voteId).stream().filter(b -> b.signedOffBy() != null).map(b -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("number", b.number());
            m.put("label", b.label());
            m.put("total", b.total());
            m.put("ballots", batch(qs, voteId, b).ballots().stream().map(x -> Map.of("answers",
                    x.answers().stream().map(Answer::choice).toList(), "count", x.count())).toList());
            m.put("recordedBy", b.recordedBy());
            m.put("signedOffBy", b.signedOffBy());
            return m;
        }).toList());
        Map<String, Object> tally = new LinkedHashMap<>();
        tally.put("eligible", result.eligible());
        tally.put("cast", result.cast());
        tally.put("online", result.online());
        tally.put("paper", paper);
        tally.put("questions", result.questions().stream().map(q -> Map.of("text", q.text(), "counts", q.counts())).toList());
        tally.put("passed", result.passed());
        tally.put("reason", result.reason());
        record.put("tally", tally);
        record.put("log", repository.entries(voteId, null).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", e.seq());
            m.put("at", e.at().toString());
            m.put("type", e.type());
            m.put("data", e.data());
            m.put("previous", e.previous());
            m.put("hash", e.hash());
            return m;
        }).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(record);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AddressChange> addressChanges(Viewer viewer, long voteId) {
        VotePermissions.requireCommittee(viewer);
        return addresses.list(viewer, row(viewer, voteId));
    }

    @Override
    @Transactional
    public AddressChange acceptAddressChange(Viewer by, long voteId, String memberId, String reason) {
        VotePermissions.requireCommittee(by);
        return addresses.accept(by, row(by, voteId), memberId, reason);
    }

    // --- what other modules ask ---

    @Override
    @Transactional(readOnly = true)
    public boolean putToMembers(long negotiationId) {
        return repository.anyOf(negotiationId, VoteKind.RATIFICATION);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Item> forMember(Viewer viewer, RosterMember member) {
        List<Item> items = new ArrayList<>();
        for (VoteRepository.Row v : repository.ofNegotiation(member.negotiationId())) {
            String when = switch (v.status()) {
                case DEFINED -> "Opens " + when(v.opensAt(), v.timeZone());
                case OPEN -> "Open until " + when(v.closesAt(), v.timeZone());
                case CLOSED -> "Closed; paper ballots are being counted";
                case TALLIED -> "Closed; the result is published";
            };
            // An open vote is the banner of the member's home: to vote, or to know their ballot is in.
            Standing standing = v.status() == VoteStatus.OPEN ? standing(viewer, v.id()) : null;
            String banner = standing == null || !standing.inElectorate() ? null : standing.voted() ? "You have voted" : "Vote now";
            items.add(new Item("Votes", v.kind().label() + ": " + v.title(), when, null, "/votes/" + v.id(),
                    v.status() == VoteStatus.OPEN ? Instant.MAX : v.opensAt(), banner));
        }
        return items;
    }

    static String when(Instant instant, ZoneId zone) {
        return org.parley.platform.Times.at(instant, zone);
    }

}
