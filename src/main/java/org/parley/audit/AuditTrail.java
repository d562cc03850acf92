package org.parley.audit;

import java.util.List;
import org.parley.account.Viewer;

/** The one audit mechanism. There is no method to change or remove an entry. */
public interface AuditTrail {

    /** Appends an entry; call it inside the transaction of the change it describes. */
    void record(AuditRecord record);

    /** The newest entries of a negotiation that the viewer's role may see, newest first. */
    List<AuditEntry> ofNegotiation(Viewer viewer, long negotiationId, int limit);

    /** The entries about one subject (a session, a thread…) that the viewer may see, oldest first. */
    List<AuditEntry> ofSubject(Viewer viewer, String subjectType, long subjectId);
}
