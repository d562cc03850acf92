package org.parley.demo.internal;

import java.util.List;
import org.parley.account.Viewer;
import org.parley.member.PetitionKind;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.NegotiationChanges;
import org.parley.negotiation.Negotiations;
import org.parley.term.ExtensionResponse;
import org.parley.term.NewCustomDeadline;
import org.parley.term.NewExtension;
import org.parley.term.NewNotice;
import org.parley.term.NewPicketShift;
import org.parley.term.StrikeReadiness;
import org.parley.term.Terms;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's legal clock: the agreement ends at 11:59 p.m. on 30 April at a health care employer;
 * labor served its § 8(d)(1) notice on 20 January and notified FMCS on 21 January; management
 * refused labor's offer of a 30-day extension on 13 March; a ground rule and a planned § 8(g) notice;
 * and a strike readiness page with figures (pledge signers, picket shifts with captains and sign-ups).
 */
@Component
class DemoLegalClock {

    private final Negotiations negotiations;
    private final Terms terms;
    private final StrikeReadiness readiness;
    private final Roster roster;
    private final Petitions petitions;

    DemoLegalClock(Negotiations negotiations, Terms terms, StrikeReadiness readiness, Roster roster, Petitions petitions) {
        this.negotiations = negotiations;
        this.terms = terms;
        this.readiness = readiness;
        this.roster = roster;
        this.petitions = petitions;
    }

    @Transactional
    void load(Viewer labor, Viewer management, Negotiation negotiation) {
        long id = negotiation.id();
        negotiations.update(labor, id, NegotiationChanges.term("2026-04-30T23:59", "US_NLRA", true, false));
        terms.recordNotice(labor, id, new NewNotice("MODIFICATION_8D1", "2026-01-20T10:00", "LABOR",
                "Riverside Health, Labor Relations (Renee Castillo)", "Hand delivery and certified mail", null, null, false, null));
        terms.recordNotice(labor, id, new NewNotice("FMCS_8D3", "2026-01-21T09:30", "LABOR",
                "Federal Mediation and Conciliation Service; State Mediation and Conciliation Service", "FMCS online F-7", null, null, false, null));
        var offer = terms.offerExtension(labor, id, new NewExtension("LABOR", 30, null,
                "All terms continue; either side may end it on 10 days' notice", "2026-03-12T16:00"));
        terms.respond(management, offer.id(), new ExtensionResponse("REFUSED", "2026-03-13T11:00", null, null, null));
        terms.addDeadline(labor, id, new NewCustomDeadline("CUSTOM", "Final offers exchanged", null, 14, "Ground rules, item 9", "TABLE"));
        terms.recordNotice(labor, id, new NewNotice("STRIKE_8G", "2026-04-20T09:00", "LABOR", "Riverside Health; FMCS",
                "Hand delivery", "Riverside Main", "2026-05-01T07:00", true, null));

        List<RosterMember> members = roster.everyone(labor, id).stream().filter(RosterMember::active).toList();
        petitions.ofNegotiation(labor, id).stream().filter(p -> p.kind() == PetitionKind.PLEDGE).findFirst().ifPresent(pledge -> {
            for (int i = 0; i < members.size(); i++) {
                if (i % 3 != 2) { // about two in three have signed so far
                    petitions.sign(labor, pledge.id(), members.get(i).memberId(), null, null);
                }
            }
        });
        String[][] shifts = {{"Riverside Main", "2026-05-01T07:00", "2026-05-01T11:00", "Amara Okafor", "12"},
                {"Riverside Main", "2026-05-01T11:00", "2026-05-01T15:00", "Luis Hernandez", "12"},
                {"Eastside Clinic", "2026-05-01T07:00", "2026-05-01T11:00", "Mei Chen", "8"},
                {"North Valley Clinic", "2026-05-01T07:00", "2026-05-01T11:00", null, "8"}};
        int next = 1;
        for (String[] s : shifts) {
            var shift = readiness.addShift(labor, id, new NewPicketShift(s[0], s[1], s[2], s[3], Integer.valueOf(s[4]),
                    "Meet at the main entrance; bring water and your badge."));
            for (int i = 0; i < Integer.parseInt(s[4]) / 2 && next < members.size(); i++, next++) {
                readiness.signUpMember(labor, shift.id(), members.get(next).memberId());
            }
        }
    }
}
