package org.parley.proposal;

import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.platform.Side;

/**
 * Recording what crosses the table. Passed proposals and TAs are TABLE records: both teams and
 * administrators see them; only a bargaining team records them (either side's moves, since a
 * deployment may have only one side signed in).
 */
public interface Proposals {

    ProposalThread openThread(Viewer by, long tableId, NewThread thread);

    /** Opens a thread and records its opening proposal in one transaction, as the status sheet's form does. */
    ProposalVersion openThreadWithProposal(Viewer by, long tableId, NewThread thread, NewVersion opening);

    ThreadDetail thread(Viewer viewer, long threadId);

    ProposalVersion passVersion(Viewer by, long threadId, NewVersion version);

    /** Records a side's withdrawal of its proposal; the date defaults to today. */
    Withdrawal withdraw(Viewer by, long threadId, Side side, LocalDate date);

    TentativeAgreement signTentativeAgreement(Viewer by, long threadId, NewTentativeAgreement agreement);

    /** Walks a TA back: the side defaults to the viewer's, the date to today. */
    TentativeAgreement walkBack(Viewer by, long tentativeAgreementId, Side side, String reason, LocalDate date);

    TableExchanges exchanges(Viewer viewer, long tableId);

    /** A version's redline against the base agreement or the previous version, computed now. */
    VersionRedline redline(Viewer viewer, long versionId, VersionRedline.Against against);

    /**
     * The base agreement with every standing TA of the negotiation applied: for the teams and
     * administrators, and for members (and whoever sees members' records) once a ratification vote
     * puts it to them ({@link Ratifications}).
     */
    TentativeContract tentativeContract(Viewer viewer, long negotiationId);

    /** Saves a new draft for the viewer's side; the other side never sees it. */
    Draft saveDraft(Viewer by, long tableId, NewDraft draft);

    Draft updateDraft(Viewer by, long draftId, NewDraft draft);

    /** The viewer's side's drafts at a table. */
    List<Draft> drafts(Viewer viewer, long tableId);

    Draft draft(Viewer viewer, long draftId);

    /** The draft's redline against the base agreement, before it is passed. */
    VersionRedline draftRedline(Viewer viewer, long draftId);

    /** Passes a draft across the table at a session: it becomes a version (and opens its thread if new). */
    ProposalVersion passDraft(Viewer by, long draftId, long sessionId, LocalDate passedOn);

    void discardDraft(Viewer by, long draftId);

    ProposalPackage passPackage(Viewer by, long tableId, NewPackage proposalPackage);

    List<ProposalPackage> packages(Viewer viewer, long tableId);

    ProposalPackage proposalPackage(Viewer viewer, long packageId);

    /** Accepts a package whole: a TA on every version in it, or none if any cannot be signed. */
    ProposalPackage acceptPackage(Viewer by, long packageId, LocalDate date, String laborInitials, String managementInitials);

    /** Rejects a package whole; its threads stay on the table. */
    ProposalPackage rejectPackage(Viewer by, long packageId, LocalDate date);

    /**
     * The full table approves joint language (subgroups' recommendations) as TAs in one act: each item
     * becomes its own thread (its origin kept), one joint version passed at its check-in session, and a
     * TA dated and initialed by both sides. All or nothing; runs in the caller's transaction when there
     * is one, so the caller's own records of the approval commit with the TAs.
     */
    List<TentativeAgreement> approveJointAgreements(Viewer by, long tableId, List<NewJointAgreement> items, LocalDate date,
            String laborInitials, String managementInitials);

    /**
     * Joint language's redline against the negotiation's base agreement, before it is approved; its
     * section changes are checked against the agreement (a bad one is refused with its reason).
     */
    VersionRedline jointRedline(Viewer viewer, long tableId, String language, List<org.parley.contract.SectionChange> changes);

    /** A passed version with its thread. */
    ThreadDetail threadOfVersion(Viewer viewer, long versionId);

    List<ProposalThread> search(Viewer viewer, String query, int limit);
}
