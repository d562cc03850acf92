package org.parley.term;

import java.time.Instant;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.contract.LegalDocument;
import org.parley.platform.Side;

/**
 * The legal clock of a negotiation: its deadlines and earliest lawful action, the notices served and
 * planned, offers of extension, the renewal clause and the deadlines a team adds. The bargaining
 * teams read and record these; an administrator reads the table's share (never a side's planned
 * notices or own deadlines); members and everyone else see none of it.
 */
public interface Terms {

    /** The legal clock at a moment, for one side's action ({@code forSide} null: the viewer's side, or labor's). */
    Deadlines deadlines(Viewer viewer, long negotiationId, Instant asOf, Side forSide);

    /** What must still be done for a strike (or lockout) at {@code target} at these locations. */
    StrikePlan plan(Viewer viewer, long negotiationId, String target, List<String> locations);

    Notice recordNotice(Viewer by, long negotiationId, NewNotice notice);

    /** A planned notice is served: from now on it is the table's record. */
    Notice markServed(Viewer by, long noticeId, String servedAt);

    /** Deletes a planned notice (a served one is never deleted). */
    void dropPlanned(Viewer by, long noticeId);

    /** Notices served, and the viewer's side's planned ones. */
    List<Notice> notices(Viewer viewer, long negotiationId);

    Notice notice(Viewer viewer, long noticeId);

    /** The notice as a letter, with its dates filled in from the record. */
    LegalDocument letter(Viewer viewer, long noticeId);

    Extension offerExtension(Viewer by, long negotiationId, NewExtension offer);

    /** Records an answer; a counter creates the counter-offer too and returns it. */
    Extension respond(Viewer by, long extensionId, ExtensionResponse response);

    List<Extension> extensions(Viewer viewer, long negotiationId);

    /** Sets (or, with null, removes) the agreement's automatic renewal clause. */
    void setRenewal(Viewer by, long negotiationId, RenewalClause clause);

    CustomDeadline addDeadline(Viewer by, long negotiationId, NewCustomDeadline deadline);

    CustomDeadline markDone(Viewer by, long deadlineId, String on);

    void removeDeadline(Viewer by, long deadlineId);

    /** The notice kinds of the negotiation's jurisdiction, with labels, for forms. */
    List<NoticeKind> noticeKinds(long negotiationId);

    /** The viewer's side's reminder addresses. */
    List<String> reminderRecipients(Viewer viewer, long negotiationId);

    void addReminderRecipient(Viewer by, long negotiationId, String email);

    void removeReminderRecipient(Viewer by, long negotiationId, String email);

    /** @param servedBy the only side that serves it, or null for either */
    record NoticeKind(String kind, String label, String servedOn, boolean perLocation, Side servedBy) {
    }
}
