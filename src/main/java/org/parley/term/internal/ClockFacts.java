package org.parley.term.internal;

import java.time.Instant;
import java.util.List;
import org.parley.negotiation.ContractTerm;
import org.parley.platform.Side;
import org.parley.term.CustomDeadline;
import org.parley.term.Extension;
import org.parley.term.Notice;
import org.parley.term.RenewalClause;

/**
 * Everything the legal clock is computed from, as one viewer may see it.
 *
 * @param renewal  the automatic renewal clause, or null
 * @param notices  notices served (planned ones are not facts and are left out)
 * @param custom   the team-defined deadlines and reopeners the viewer may see
 * @param side     whose action the earliest start is for: LABOR (strike) or MANAGEMENT (lockout)
 */
record ClockFacts(ContractTerm term, Jurisdiction jurisdiction, RenewalClause renewal, List<Extension> extensions,
                  List<Notice> notices, List<CustomDeadline> custom, Side side, Instant asOf) {
}
