package org.parley.costing.internal;

import java.util.List;
import java.util.Optional;
import org.parley.communication.MemberMailPassages;
import org.parley.communication.Update;
import org.parley.member.Roster;
import org.parley.platform.Audience;
import org.parley.platform.Links;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes "what the offers mean for your pay" into a member's own copy of an update e-mail: the same figures,
 * under the same rule, as the member's pay page ({@link CostingService#outlookOf}), for their own
 * classification and step only. A public update's e-mail carries none: its text is the one the public reads.
 */
@Component
class CostingMailPassage implements MemberMailPassages {

    private final CostingService costings;
    private final Roster roster;
    private final Links links;

    CostingMailPassage(CostingService costings, Roster roster, Links links) {
        this.costings = costings;
        this.roster = roster;
        this.links = links;
    }

    @Override
    public Optional<Passage> forMember(Update update, long rosterId) {
        if (update.audience() != Audience.MEMBERS) {
            return Optional.empty();
        }
        return roster.addressee(rosterId)
                .filter(member -> member.negotiationId() == update.negotiationId())
                .flatMap(costings::outlookOf)
                .map(outlook -> {
                    String heading = "What the offers mean for your pay (" + outlook.classification()
                            + (outlook.step() == null ? "" : ", step " + outlook.step()) + ")";
                    List<String> sentences = EconomicsPages.MemberPay.sentences(outlook);
                    String page = links.absolute("/member/pay/" + update.negotiationId());
                    String text = heading + "\n" + String.join("\n", sentences) + "\nThe figures year by year: " + page;
                    StringBuilder html = new StringBuilder("<h3>").append(HtmlUtils.htmlEscape(heading)).append("</h3>\n");
                    sentences.forEach(s -> html.append("<p>").append(HtmlUtils.htmlEscape(s)).append("</p>\n"));
                    html.append("<p><a href=\"").append(page).append("\">The figures year by year</a></p>");
                    return new Passage(text, html.toString());
                });
    }
}
