package org.parley.costing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.costing.Costings;
import org.parley.member.MembersNews;
import org.parley.member.RosterMember;
import org.springframework.stereotype.Component;

/** Puts "what the offers mean for your pay" on a member's home page, for their own classification and step only. */
@Component
class CostingNews implements MembersNews {

    private final Costings costings;
    private final Clock clock;

    CostingNews(Costings costings, Clock clock) {
        this.costings = costings;
        this.clock = clock;
    }

    @Override
    public List<Item> forMember(Viewer viewer, RosterMember member) {
        return costings.memberOutlook(viewer, member.negotiationId())
                .map(outlook -> List.of(new Item("Your pay", "What the offers mean for your pay",
                        outlook.classification() + (outlook.step() == null ? "" : ", step " + outlook.step()),
                        String.join(" ", EconomicsPages.MemberPay.sentences(outlook)), "/member/pay/" + member.negotiationId(),
                        Instant.now(clock))))
                .orElse(List.of());
    }
}
