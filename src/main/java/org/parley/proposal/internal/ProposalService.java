package org.parley.proposal.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.contract.Agreement;
import org.parley.contract.AppliedChanges;
import org.parley.contract.Contracts;
import org.parley.contract.SectionChange;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.SearchPattern;
import org.parley.platform.Side;
import org.parley.proposal.Draft;
import org.parley.proposal.NewDraft;
import org.parley.proposal.NewJointAgreement;
import org.parley.proposal.NewPackage;
import org.parley.proposal.NewTentativeAgreement;
import org.parley.proposal.ProposalPackage;
import org.parley.proposal.NewThread;
import org.parley.proposal.NewVersion;
import org.parley.proposal.ProposalThread;
import org.parley.proposal.ProposalVersion;
import org.parley.proposal.Proposals;
import org.parley.proposal.StatusSheet;
import org.parley.proposal.StatusSheetFilter;
import org.parley.proposal.StatusSheetRow;
import org.parley.proposal.TableExchanges;
import org.parley.proposal.TentativeAgreement;
import org.parley.proposal.TentativeContract;
import org.parley.proposal.ThreadDetail;
import org.parley.proposal.ThreadStatus;
import org.parley.proposal.VersionRedline;
import org.parley.proposal.Withdrawal;
import org.parley.session.BargainingSession;
import org.parley.session.SessionStatus;
import org.parley.session.Sessions;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ProposalService implements Proposals {

    private static final int MAX_LANGUAGE = 1_000_000;

    private final ProposalRepository repository;
    private final DraftRepository drafts;
    private final PackageRepository packages;
    private final Negotiations negotiations;
    private final Contracts contracts;
    private final Sessions sessions;
    private final AuditTrail audit;
    private final Clock clock;
    private final org.springframework.beans.factory.ObjectProvider<org.parley.proposal.Ratifications> ratifications;

    /**
     * Who reads the table's records to build the tentative contract for members while it is put to
     * them for ratification: it sees TABLE records (passed versions, TAs), never a side's own.
     */
    private static final Viewer RATIFICATION_READER = new Viewer(0, "ratification", "Members (ratification)",
            org.parley.account.Role.ADMIN);

    ProposalService(ProposalRepository repository, DraftRepository drafts, PackageRepository packages, Negotiations negotiations,
            Contracts contracts, Sessions sessions, AuditTrail audit, Clock clock,
            org.springframework.beans.factory.ObjectProvider<org.parley.proposal.Ratifications> ratifications) {
        this.ratifications = ratifications;
        this.repository = repository;
        this.drafts = drafts;
        this.packages = packages;
        this.negotiations = negotiations;
        this.contracts = contracts;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public ProposalThread openThread(Viewer by, long tableId, NewThread request) {
        by.requireTeam();
        BargainingTable table = negotiations.table(by, tableId);
        String title = ParleyException.requireText(request.title(), "title", "The subject");
        if (title.length() > 300) {
            throw ParleyException.invalidField("title", "The subject has at most 300 characters.");
        }
        String article = request.article() == null || request.article().isBlank() ? null : request.article().strip();
        boolean economic = Boolean.TRUE.equals(request.economic());
        long id = repository.insertThread(tableId, table.negotiationId(), title, article, economic, clock.instant());
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "thread", id, "opened a thread",
                title + (article == null ? "" : " (" + article + ")") + (economic ? ", economic" : ", non-economic")));
        return repository.thread(id).orElseThrow();
    }

    @Override
    @Transactional
    public ProposalVersion openThreadWithProposal(Viewer by, long tableId, NewThread thread, NewVersion opening) {
        return passVersion(by, openThread(by, tableId, thread).id(), opening);
    }

    @Override
    @Transactional(readOnly = true)
    public ThreadDetail thread(Viewer viewer, long threadId) {
        ProposalThread thread = visibleThread(viewer, threadId);
        return new ThreadDetail(thread, repository.versionsOfThread(threadId), repository.withdrawals(threadId),
                repository.tentativeAgreementsOfThread(threadId));
    }

    @Override
    @Transactional
    public ProposalVersion passVersion(Viewer by, long threadId, NewVersion request) {
        by.requireTeam();
        Side side = ParleyException.require(request.side(), "side", "Passed by (LABOR or MANAGEMENT)");
        long sessionId = ParleyException.require(request.sessionId(), "sessionId", "The session it was passed at");
        ProposalThread thread = lockedThread(by, threadId);
        List<SectionChange> changes = checkedChanges(by, thread, request.changes());
        String language = request.language() == null || request.language().isBlank() && !changes.isEmpty()
                ? ChangeLanguage.of(changes) : request.language();
        language = ParleyException.requireText(language, "language", "The language (or the changes to the agreement)");
        if (language.length() > MAX_LANGUAGE) {
            throw ParleyException.invalidField("language", "The language has at most 1,000,000 characters.");
        }
        refuseUnlessOpen(thread, "pass a proposal");
        BargainingSession session = sessions.get(by, sessionId);
        if (session.tableId() != thread.tableId()) {
            throw ParleyException.invalidField("sessionId", "Session " + sessionId + " belongs to another table; a proposal is passed at a session of its own table.");
        }
        if (session.status() == SessionStatus.CANCELLED) {
            throw ParleyException.invalidField("sessionId", "Session " + sessionId + " (" + session.date() + ") was cancelled; nothing was passed at it.");
        }
        LocalDate passedOn = passedOn(session, request.passedOn(), by, thread.tableId());
        List<ProposalVersion> earlier = repository.versionsOfThread(threadId);
        int number = earlier.size() + 1;
        Instant now = clock.instant();
        int sideNumber = repository.nextSideNumber(thread.tableId(), side);
        long id = repository.insertVersion(threadId, thread.tableId(), number, side, sideNumber, sessionId, passedOn, language,
                request.summary() == null || request.summary().isBlank() ? null : request.summary().strip(),
                by.displayName(), now);
        repository.insertChanges(id, changes);
        repository.updateStatus(threadId, ThreadStatus.ON_THE_TABLE);
        ProposalVersion version = repository.versionsOfThread(threadId).stream().filter(v -> v.id() == id).findFirst().orElseThrow();
        boolean counter = !earlier.isEmpty() && earlier.get(earlier.size() - 1).side() != side;
        audit.record(new AuditRecord(by, thread.negotiationId(), thread.tableId(), Audience.TABLE, "thread", threadId,
                side.label().toLowerCase() + (counter ? " passed a counter" : earlier.isEmpty() ? " passed an opening proposal" : " passed a revised proposal"),
                version.label() + " on " + passedOn + (version.summary() == null ? "" : ": " + version.summary())));
        return version;
    }

    @Override
    @Transactional
    public Withdrawal withdraw(Viewer by, long threadId, Side side, LocalDate date) {
        by.requireTeam();
        Side withdrawing = ParleyException.require(side, "The side withdrawing (LABOR or MANAGEMENT)");
        ProposalThread thread = lockedThread(by, threadId);
        refuseUnlessOpen(thread, "withdraw it");
        if (repository.versionsOfThread(threadId).stream().noneMatch(v -> v.side() == withdrawing)) {
            throw ParleyException.invalid(withdrawing.label() + " has passed no proposal on this thread, so it has nothing to withdraw.");
        }
        LocalDate on = date != null ? date : today(by, thread.tableId());
        long id = repository.insertWithdrawal(threadId, withdrawing, on, by.displayName(), clock.instant());
        repository.updateStatus(threadId, ThreadStatus.WITHDRAWN);
        audit.record(new AuditRecord(by, thread.negotiationId(), thread.tableId(), Audience.TABLE, "thread", threadId,
                withdrawing.label().toLowerCase() + " withdrew its proposal", thread.title() + " on " + on));
        return new Withdrawal(id, threadId, withdrawing, on, by.displayName());
    }

    @Override
    @Transactional
    public TentativeAgreement signTentativeAgreement(Viewer by, long threadId, NewTentativeAgreement request) {
        by.requireTeam();
        long versionId = ParleyException.require(request.versionId(), "versionId", "The version agreed");
        String laborInitials = initials(request.laborInitials(), "Labor's initials");
        String managementInitials = initials(request.managementInitials(), "Management's initials");
        ProposalThread thread = lockedThread(by, threadId);
        if (thread.status() == ThreadStatus.WITHDRAWN) {
            throw ParleyException.conflict("This thread was withdrawn; there is nothing on the table to agree to.");
        }
        if (thread.status() == ThreadStatus.TENTATIVELY_AGREED) {
            throw ParleyException.conflict("This thread already has a standing TA; walk it back before signing another.");
        }
        ProposalVersion version = repository.versionsOfThread(threadId).stream().filter(v -> v.id() == versionId).findFirst()
                .orElseThrow(() -> ParleyException.invalidField("versionId", "Version " + versionId + " is not a version of this thread."));
        LocalDate date = request.date() != null ? request.date() : today(by, thread.tableId());
        if (date.isBefore(version.passedOn())) {
            throw ParleyException.invalidField("date", "A TA cannot be dated " + date + ", before the version was passed (" + version.passedOn() + ").");
        }
        long id = repository.insertTentativeAgreement(threadId, versionId, thread.tableId(), date, laborInitials,
                managementInitials, by.displayName(), clock.instant());
        repository.updateStatus(threadId, ThreadStatus.TENTATIVELY_AGREED);
        audit.record(new AuditRecord(by, thread.negotiationId(), thread.tableId(), Audience.TABLE, "thread", threadId,
                "signed a tentative agreement", version.label() + " on " + date + ", initialed " + laborInitials + " / " + managementInitials));
        return repository.tentativeAgreement(id).orElseThrow();
    }

    @Override
    @Transactional
    public TentativeAgreement walkBack(Viewer by, long tentativeAgreementId, Side side, String reason, LocalDate date) {
        by.requireTeam();
        String why = ParleyException.requireText(reason, "reason", "The reason for walking it back");
        TentativeAgreement agreement = repository.tentativeAgreement(tentativeAgreementId)
                .orElseThrow(() -> ParleyException.notFound("There is no tentative agreement " + tentativeAgreementId + "."));
        ProposalThread thread = lockedThread(by, agreement.threadId());
        agreement = repository.tentativeAgreement(tentativeAgreementId).orElseThrow();
        if (!agreement.standing()) {
            throw ParleyException.conflict("This TA was already walked back on " + agreement.walkBack().walkedBackOn() + ".");
        }
        Side walkingBack = side != null ? side : by.side();
        LocalDate on = date != null ? date : today(by, thread.tableId());
        if (on.isBefore(agreement.signedOn())) {
            throw ParleyException.invalid("A TA cannot be walked back (" + on + ") before it was signed (" + agreement.signedOn() + ").");
        }
        try {
            repository.insertWalkBack(tentativeAgreementId, walkingBack, on, why, by.displayName(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw ParleyException.conflict("This TA was already walked back.");
        }
        repository.updateStatus(thread.id(), ThreadStatus.WALKED_BACK);
        audit.record(new AuditRecord(by, thread.negotiationId(), thread.tableId(), Audience.TABLE, "thread", thread.id(),
                walkingBack.label().toLowerCase() + " walked back the tentative agreement", "signed " + agreement.signedOn() + "; reason: " + why));
        return repository.tentativeAgreement(tentativeAgreementId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public TableExchanges exchanges(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        return new TableExchanges(tableId, repository.threads(tableId), repository.versionsOfTable(tableId),
                repository.tentativeAgreementsOfTable(tableId));
    }

    @Override
    @Transactional(readOnly = true)
    public VersionRedline redline(Viewer viewer, long versionId, VersionRedline.Against against) {
        ThreadDetail detail = threadOfVersion(viewer, versionId);
        ProposalVersion version = detail.version(versionId);
        ProposalVersion previous = version.number() == 1 ? null : detail.versions().get(version.number() - 2);
        Long baseId = negotiations.get(viewer, detail.thread().negotiationId()).baseAgreementId();
        Agreement base = baseId == null ? null : contracts.get(viewer, baseId);
        return VersionRedlines.against(version, previous, base, against == null ? VersionRedline.Against.AGREEMENT : against);
    }

    @Override
    @Transactional(readOnly = true)
    public TentativeContract tentativeContract(Viewer asking, long negotiationId) {
        Viewer viewer = asking;
        if (!asking.canSee(Audience.TABLE)) {
            asking.requireSee(Audience.MEMBERS);
            if (ratifications.orderedStream().noneMatch(r -> r.putToMembers(negotiationId))) {
                throw ParleyException.forbidden("Members read the tentative contract once it is put to them in a ratification vote.");
            }
            viewer = RATIFICATION_READER;
        }
        var negotiation = negotiations.get(viewer, negotiationId);
        Agreement base = baseAgreement(viewer, negotiationId);
        List<AppliedChanges.AgreedChange> agreed = new java.util.ArrayList<>();
        List<AppliedChanges.Source> withoutChanges = new java.util.ArrayList<>();
        int standing = 0;
        int walkedBack = 0;
        for (var table : negotiations.tables(viewer, negotiationId)) {
            TableExchanges exchanges = exchanges(viewer, table.id());
            java.util.Map<Long, ProposalThread> threads = exchanges.threads().stream()
                    .collect(java.util.stream.Collectors.toMap(ProposalThread::id, t -> t));
            java.util.Map<Long, ProposalVersion> versions = exchanges.versions().stream()
                    .collect(java.util.stream.Collectors.toMap(ProposalVersion::id, v -> v));
            for (TentativeAgreement ta : exchanges.tentativeAgreements()) {
                if (!ta.standing()) {
                    walkedBack++;
                    continue;
                }
                standing++;
                ProposalVersion version = versions.get(ta.versionId());
                AppliedChanges.Source source = new AppliedChanges.Source(ta.id(), ta.threadId(),
                        threads.get(ta.threadId()).title(), version.label(), ta.signedOn());
                if (version.changes().isEmpty()) {
                    withoutChanges.add(source);
                }
                version.changes().forEach(change -> agreed.add(new AppliedChanges.AgreedChange(change, source)));
            }
        }
        return new TentativeContract(negotiationId, negotiation.name(), base, LocalDate.now(clock.withZone(negotiation.timeZone())),
                AppliedChanges.apply(base, agreed), withoutChanges, standing, walkedBack);
    }

    @Override
    @Transactional
    public Draft saveDraft(Viewer by, long tableId, NewDraft request) {
        by.requireTeam();
        BargainingTable table = negotiations.table(by, tableId);
        Draft draft = checkedDraft(by, table, null, request);
        long id = drafts.insert(tableId, table.negotiationId(), draft, clock.instant());
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.of(by.side()), "draft", id,
                "saved a draft", draftName(draft)));
        return drafts.find(id, by.side()).orElseThrow();
    }

    @Override
    @Transactional
    public Draft updateDraft(Viewer by, long draftId, NewDraft request) {
        Draft current = ownDraft(by, draftId);
        BargainingTable table = negotiations.table(by, current.tableId());
        Draft draft = checkedDraft(by, table, current.threadId(), request);
        drafts.update(draftId, draft, clock.instant());
        audit.record(new AuditRecord(by, table.negotiationId(), table.id(), Audience.of(by.side()), "draft", draftId,
                "edited a draft", draftName(draft)));
        return drafts.find(draftId, by.side()).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Draft> drafts(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        return viewer.onTeam() ? drafts.ofTable(tableId, viewer.side()) : List.of();
    }

    @Override
    @Transactional(readOnly = true)
    public Draft draft(Viewer viewer, long draftId) {
        return ownDraft(viewer, draftId);
    }

    @Override
    @Transactional(readOnly = true)
    public VersionRedline draftRedline(Viewer viewer, long draftId) {
        Draft draft = ownDraft(viewer, draftId);
        BargainingTable table = negotiations.table(viewer, draft.tableId());
        Long baseId = negotiations.get(viewer, table.negotiationId()).baseAgreementId();
        ProposalVersion unpassed = new ProposalVersion(0, draft.threadId() == null ? 0 : draft.threadId(), 1, draft.side(), 0, 0,
                LocalDate.now(clock.withZone(table.timeZone())), draftLanguage(draft), draft.summary(), draft.updatedBy(),
                draft.updatedAt(), draft.changes());
        return VersionRedlines.against(unpassed, null, baseId == null ? null : contracts.get(viewer, baseId),
                VersionRedline.Against.AGREEMENT);
    }

    @Override
    @Transactional
    public ProposalVersion passDraft(Viewer by, long draftId, long sessionId, LocalDate passedOn) {
        Draft draft = ownDraft(by, draftId);
        NewVersion version = new NewVersion(draft.side(), sessionId, draft.language(), draft.summary(), passedOn, draft.changes());
        ProposalVersion passed = draft.threadId() == null
                ? openThreadWithProposal(by, draft.tableId(), new NewThread(draft.title(), draft.article(), draft.economic()), version)
                : passVersion(by, draft.threadId(), version);
        drafts.delete(draftId);
        return passed;
    }

    @Override
    @Transactional
    public void discardDraft(Viewer by, long draftId) {
        Draft draft = ownDraft(by, draftId);
        BargainingTable table = negotiations.table(by, draft.tableId());
        drafts.delete(draftId);
        audit.record(new AuditRecord(by, table.negotiationId(), table.id(), Audience.of(by.side()), "draft", draftId,
                "discarded a draft", draftName(draft)));
    }

    private Draft ownDraft(Viewer viewer, long draftId) {
        viewer.requireTeam();
        // another side's draft answers exactly as a draft that does not exist
        return drafts.find(draftId, viewer.side()).orElseThrow(() -> ParleyException.notFound("There is no draft " + draftId + "."));
    }

    private Draft checkedDraft(Viewer by, BargainingTable table, Long existingThread, NewDraft request) {
        Long threadId = existingThread != null ? existingThread : request.threadId();
        String title = null;
        String article = null;
        boolean economic = Boolean.TRUE.equals(request.economic());
        if (threadId != null) {
            ProposalThread thread = visibleThread(by, threadId);
            if (thread.tableId() != table.id()) {
                throw ParleyException.invalid("Thread " + threadId + " belongs to another table.");
            }
        } else {
            title = ParleyException.requireText(request.title(), "The title of a draft on a new subject");
            article = request.article() == null || request.article().isBlank() ? null : request.article().strip();
        }
        List<SectionChange> changes = request.changes().isEmpty() ? List.of() : changes(by, table.negotiationId(), request.changes());
        String language = request.language() == null || request.language().isBlank() ? null : request.language();
        if (language == null && changes.isEmpty()) {
            throw ParleyException.invalid("A draft needs its language or its section changes.");
        }
        return new Draft(0, table.id(), threadId, by.side(), title, article, economic, language,
                request.summary() == null || request.summary().isBlank() ? null : request.summary().strip(), changes,
                by.displayName(), clock.instant());
    }

    private static String draftLanguage(Draft draft) {
        return draft.language() != null ? draft.language() : ChangeLanguage.of(draft.changes());
    }

    private static String draftName(Draft draft) {
        return draft.title() != null ? draft.title() : "counter on thread " + draft.threadId();
    }

    @Override
    @Transactional
    public ProposalPackage passPackage(Viewer by, long tableId, NewPackage request) {
        by.requireTeam();
        BargainingTable table = negotiations.table(by, tableId);
        Side side = ParleyException.require(request.side(), "The side passing the package (LABOR or MANAGEMENT)");
        long sessionId = ParleyException.require(request.sessionId(), "sessionId", "The session it was passed at");
        String title = ParleyException.requireText(request.title(), "The package's title");
        if (request.items().size() < 2) {
            throw ParleyException.invalid("A package holds at least two threads passed together.");
        }
        if (request.items().stream().map(NewPackage.Item::threadId).distinct().count() != request.items().size()) {
            throw ParleyException.invalid("A thread can be in a package only once.");
        }
        BargainingSession session = sessions.get(by, sessionId);
        List<ProposalPackage.Item> items = new java.util.ArrayList<>();
        for (NewPackage.Item item : request.items()) {
            long threadId = ParleyException.require(item.threadId(), "Each item's thread (threadId)");
            ProposalThread thread = visibleThread(by, threadId);
            if (thread.tableId() != tableId) {
                throw ParleyException.invalid("Thread " + threadId + " belongs to another table.");
            }
            ProposalVersion version;
            if (item.bundlesLatest()) {
                refuseUnlessOpen(thread, "bundle it into a package");
                List<ProposalVersion> versions = repository.versionsOfThread(threadId);
                version = versions.isEmpty() ? null : versions.get(versions.size() - 1);
                if (version == null || version.side() != side) {
                    throw ParleyException.invalid("'" + thread.title() + "' has no latest proposal by " + side.label().toLowerCase()
                            + " to bundle; give the item its language.");
                }
            } else {
                version = passVersion(by, threadId, new NewVersion(side, sessionId, item.language(), item.summary(),
                        request.passedOn(), item.changes()));
            }
            items.add(new ProposalPackage.Item(threadId, thread.title(), version.id(), version.label()));
        }
        LocalDate passedOn = request.passedOn() != null ? request.passedOn() : session.date();
        long id = packages.insert(tableId, table.negotiationId(), side, sessionId, passedOn, title, items, by.displayName(),
                clock.instant());
        audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "package", id,
                side.label().toLowerCase() + " passed a package", title + ": "
                        + String.join(", ", items.stream().map(i -> i.threadTitle() + " (" + i.versionLabel() + ")").toList())));
        return packages.find(id).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposalPackage> packages(Viewer viewer, long tableId) {
        negotiations.table(viewer, tableId);
        return packages.ofTable(tableId);
    }

    @Override
    @Transactional(readOnly = true)
    public ProposalPackage proposalPackage(Viewer viewer, long packageId) {
        viewer.requireSee(Audience.TABLE);
        return packages.find(packageId).orElseThrow(() -> ParleyException.notFound("There is no package " + packageId + "."));
    }

    @Override
    @Transactional
    public ProposalPackage acceptPackage(Viewer by, long packageId, LocalDate date, String laborInitials, String managementInitials) {
        by.requireTeam();
        ProposalPackage offer = lockedOpenPackage(by, packageId);
        for (ProposalPackage.Item item : offer.items()) {
            List<ProposalVersion> versions = repository.versionsOfThread(item.threadId());
            if (versions.get(versions.size() - 1).id() != item.versionId()) {
                throw ParleyException.conflict("'" + item.threadTitle() + "' has moved on since the package was passed; "
                        + "the package can no longer be accepted whole.");
            }
            signTentativeAgreement(by, item.threadId(), new NewTentativeAgreement(item.versionId(), date, laborInitials, managementInitials));
        }
        LocalDate on = date != null ? date : today(by, offer.tableId());
        packages.decide(packageId, ProposalPackage.Status.ACCEPTED, on);
        audit.record(new AuditRecord(by, negotiations.table(by, offer.tableId()).negotiationId(), offer.tableId(), Audience.TABLE,
                "package", packageId, "accepted the package", offer.title() + ": a TA on each of its " + offer.items().size() + " threads"));
        return packages.find(packageId).orElseThrow();
    }

    @Override
    @Transactional
    public ProposalPackage rejectPackage(Viewer by, long packageId, LocalDate date) {
        by.requireTeam();
        ProposalPackage offer = lockedOpenPackage(by, packageId);
        LocalDate on = date != null ? date : today(by, offer.tableId());
        packages.decide(packageId, ProposalPackage.Status.REJECTED, on);
        audit.record(new AuditRecord(by, negotiations.table(by, offer.tableId()).negotiationId(), offer.tableId(), Audience.TABLE,
                "package", packageId, "rejected the package", offer.title() + "; its threads stay on the table"));
        return packages.find(packageId).orElseThrow();
    }

    private ProposalPackage lockedOpenPackage(Viewer viewer, long packageId) {
        viewer.requireSee(Audience.TABLE);
        ProposalPackage offer = packages.lock(packageId)
                .orElseThrow(() -> ParleyException.notFound("There is no package " + packageId + "."));
        if (offer.status() != ProposalPackage.Status.ON_THE_TABLE) {
            throw ParleyException.conflict("This package was already " + offer.status().name().toLowerCase() + " on "
                    + offer.decidedOn() + ".");
        }
        return offer;
    }

    @Override
    @Transactional
    public List<TentativeAgreement> approveJointAgreements(Viewer by, long tableId, List<NewJointAgreement> items, LocalDate date,
            String laborInitials, String managementInitials) {
        by.requireTeam();
        BargainingTable table = negotiations.table(by, tableId);
        String labor = initials(laborInitials, "Labor's initials");
        String management = initials(managementInitials, "Management's initials");
        if (items == null || items.isEmpty()) {
            throw ParleyException.invalid("Name at least one recommendation to approve.");
        }
        LocalDate on = date != null ? date : today(by, tableId);
        List<TentativeAgreement> signed = new java.util.ArrayList<>();
        for (NewJointAgreement item : items) {
            String title = ParleyException.requireText(item.title(), "Each recommendation's title");
            if (title.length() > 300) {
                throw ParleyException.invalid("A title has at most 300 characters: '" + title.substring(0, 40) + "…'.");
            }
            List<SectionChange> changes = item.changes().isEmpty() ? List.of() : changes(by, table.negotiationId(), item.changes());
            String language = item.language() == null || item.language().isBlank() ? ChangeLanguage.of(changes) : item.language();
            language = ParleyException.requireText(language, "The language of '" + title + "'");
            BargainingSession checkIn = sessions.get(by, item.sessionId());
            if (checkIn.tableId() != tableId) {
                throw ParleyException.invalid("Session " + checkIn.id() + " belongs to another table; recommendations are approved "
                        + "by the table they were reported to.");
            }
            if (on.isBefore(checkIn.date())) {
                throw ParleyException.invalid("'" + title + "' was reported on " + checkIn.date() + "; it cannot be approved on "
                        + on + ", before that.");
            }
            Instant now = clock.instant();
            long threadId = repository.insertThread(tableId, table.negotiationId(), title, null, item.economic(), now);
            repository.setOrigin(threadId, item.origin());
            long versionId = repository.insertVersion(threadId, tableId, 1, null, repository.nextSideNumber(tableId, null),
                    checkIn.id(), checkIn.date(), language, null, by.displayName(), now);
            repository.insertChanges(versionId, changes);
            long id = repository.insertTentativeAgreement(threadId, versionId, tableId, on, labor, management, by.displayName(), now);
            repository.updateStatus(threadId, ThreadStatus.TENTATIVELY_AGREED);
            audit.record(new AuditRecord(by, table.negotiationId(), tableId, Audience.TABLE, "thread", threadId,
                    "approved a recommendation as a tentative agreement", title
                            + (item.origin() == null ? "" : " (from " + item.origin() + ")") + " on " + on + ", initialed " + labor + " / " + management));
            signed.add(repository.tentativeAgreement(id).orElseThrow());
        }
        return signed;
    }

    @Override
    @Transactional(readOnly = true)
    public VersionRedline jointRedline(Viewer viewer, long tableId, String language, List<SectionChange> changes) {
        viewer.requireSee(Audience.TABLE);
        BargainingTable table = negotiations.table(viewer, tableId);
        List<SectionChange> checked = changes == null || changes.isEmpty() ? List.of() : changes(viewer, table.negotiationId(), changes);
        Long baseId = negotiations.get(viewer, table.negotiationId()).baseAgreementId();
        ProposalVersion unpassed = new ProposalVersion(0, 0, 1, null, 0, 0, LocalDate.now(clock.withZone(table.timeZone())),
                language != null && !language.isBlank() ? language : ChangeLanguage.of(checked), null, viewer.displayName(),
                clock.instant(), checked);
        return VersionRedlines.against(unpassed, null, baseId == null ? null : contracts.get(viewer, baseId),
                VersionRedline.Against.AGREEMENT);
    }

    @Override
    @Transactional(readOnly = true)
    public ThreadDetail threadOfVersion(Viewer viewer, long versionId) {
        viewer.requireSee(Audience.TABLE);
        ProposalVersion version = repository.version(versionId)
                .orElseThrow(() -> ParleyException.notFound("There is no proposal version " + versionId + "."));
        return thread(viewer, version.threadId());
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProposalThread> search(Viewer viewer, String query, int limit) {
        if (!viewer.canSee(Audience.TABLE)) {
            return List.of();
        }
        return repository.searchThreads(SearchPattern.contains(query).like(), limit);
    }

    /** The section changes of a version, checked against the negotiation's base agreement. */
    private List<SectionChange> checkedChanges(Viewer by, ProposalThread thread, List<SectionChange> changes) {
        if (changes == null || changes.isEmpty()) {
            return List.of();
        }
        return changes(by, thread.negotiationId(), changes);
    }

    private List<SectionChange> changes(Viewer by, long negotiationId, List<SectionChange> changes) {
        Agreement base = baseAgreement(by, negotiationId);
        AppliedChanges.check(base, changes);
        return changes.stream().map(c -> new SectionChange(c.op(), c.section().strip(),
                c.newNumber() == null ? null : c.newNumber().strip(), blankToNull(c.title()), c.text())).toList();
    }

    Agreement baseAgreement(Viewer viewer, long negotiationId) {
        Long baseId = negotiations.get(viewer, negotiationId).baseAgreementId();
        if (baseId == null) {
            throw ParleyException.invalid("This negotiation has no base agreement yet: import the agreement and choose it "
                    + "in the negotiation's set-up before stating section changes.");
        }
        return contracts.get(viewer, baseId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private ProposalThread visibleThread(Viewer viewer, long threadId) {
        viewer.requireSee(Audience.TABLE);
        return repository.thread(threadId).orElseThrow(() -> ParleyException.notFound("There is no thread " + threadId + "."));
    }

    private ProposalThread lockedThread(Viewer viewer, long threadId) {
        viewer.requireSee(Audience.TABLE);
        return repository.lockThread(threadId).orElseThrow(() -> ParleyException.notFound("There is no thread " + threadId + "."));
    }

    private static void refuseUnlessOpen(ProposalThread thread, String action) {
        if (thread.status() == ThreadStatus.WITHDRAWN) {
            throw ParleyException.conflict("This thread was withdrawn; you cannot " + action + " on it. Open a new thread instead.");
        }
        if (thread.status() == ThreadStatus.TENTATIVELY_AGREED) {
            throw ParleyException.conflict("This thread is tentatively agreed; walk the TA back before you " + action + ".");
        }
    }

    /** The day a version was passed: as given, or the session's day; within a multi-day session, today if it falls inside. */
    private LocalDate passedOn(BargainingSession session, LocalDate requested, Viewer by, long tableId) {
        if (requested != null) {
            if (!session.covers(requested)) {
                throw ParleyException.invalid("The session was held " + session.date()
                        + (session.endDate() == null ? "" : " to " + session.endDate()) + ", not on " + requested + ".");
            }
            return requested;
        }
        LocalDate today = today(by, tableId);
        return session.covers(today) ? today : session.date();
    }

    private LocalDate today(Viewer viewer, long tableId) {
        return LocalDate.now(clock.withZone(negotiations.table(viewer, tableId).timeZone()));
    }

    private static String initials(String value, String what) {
        String text = ParleyException.requireText(value, what);
        if (text.length() > 20) {
            throw ParleyException.invalid(what + " are at most 20 characters.");
        }
        return text;
    }
}
