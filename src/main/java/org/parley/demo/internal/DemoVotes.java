package org.parley.demo.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.negotiation.Negotiation;
import org.parley.vote.Answer;
import org.parley.vote.DuplicateRule;
import org.parley.vote.Electorate;
import org.parley.vote.NewVote;
import org.parley.vote.RuleType;
import org.parley.vote.VoteKind;
import org.parley.vote.Votes;
import org.springframework.stereotype.Component;

/**
 * The demo's votes: a strike authorization vote open since two days ago and closed and counted today
 * (36 of the 39 members in good standing voted, 35 of them yes: "92% voted, 97% yes"), and an
 * upcoming ratification vote whose ballot links the tentative contract.
 */
@Component
class DemoVotes {

    private final Votes votes;
    private final Clock clock;

    DemoVotes(Votes votes, Clock clock) {
        this.votes = votes;
        this.clock = clock;
    }

    void load(Viewer committee, Negotiation negotiation) {
        LocalDate today = LocalDate.now(clock.withZone(negotiation.timeZone()));
        var strike = votes.define(committee, new NewVote(negotiation.id(), VoteKind.STRIKE_AUTHORIZATION,
                "Safe staffing and fair wages, March 2026",
                """
                        Management has refused to move on safe staffing and wages after seven months at the table.

                        A yes vote authorizes your bargaining team to call a strike if it becomes necessary. It does not start a \
                        strike by itself; members would get ten days' notice first.""",
                List.of(new NewVote.NewQuestion("Do you authorize your bargaining team to call a strike if necessary?", List.of())),
                LocalDateTime.of(today.minusDays(2), java.time.LocalTime.of(6, 0)).toString(),
                LocalDateTime.of(today.plusDays(1), java.time.LocalTime.of(6, 0)).toString(), null, Electorate.inGoodStanding(),
                new NewVote.Rule(RuleType.TWO_THIRDS_OF_VOTES_CAST, null, null), false, true, DuplicateRule.FIRST_RECEIVED));
        votes.open(committee, strike.id());
        List<String> keys = new ArrayList<>();
        votes.issueKeys(committee, strike.id()).lines().skip(1)
                .filter(line -> !line.startsWith("RHP-1001,")) // the demo member votes themselves, if they like
                .forEach(line -> keys.add(line.substring(line.lastIndexOf(',') + 1)));
        for (int i = 0; i < 36 && i < keys.size(); i++) {
            votes.castWithKey(strike.id(), keys.get(i), List.of(new Answer(0, i == 17 ? "No" : "Yes")), null);
        }
        votes.close(committee, strike.id());

        votes.define(committee, new NewVote(negotiation.id(), VoteKind.RATIFICATION, "The tentative 2026 agreement",
                """
                        Your bargaining team has reached a tentative agreement with Riverside Health and recommends a yes vote.

                        Read the tentative contract before you vote: every change to the current agreement is marked, and each \
                        change names the tentative agreement it comes from (/negotiations/%d/tentative-contract, also as a PDF).\
                        """.formatted(negotiation.id()),
                List.of(new NewVote.NewQuestion("Do you ratify the tentative agreement?", List.of("Ratify", "Reject"))),
                LocalDateTime.of(today.plusDays(34), java.time.LocalTime.of(6, 0)).toString(),
                LocalDateTime.of(today.plusDays(38), java.time.LocalTime.of(20, 0)).toString(), null, Electorate.inGoodStanding(),
                new NewVote.Rule(RuleType.MAJORITY_OF_VOTES_CAST, null, null), false, false, DuplicateRule.FIRST_RECEIVED));
    }
}
