package org.parley.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.negotiation.Countdown;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class MemberHome {

    record NegotiationCard(Negotiation negotiation, Countdown countdown) {
    }

    private final Negotiations negotiations;
    private final Clock clock;

    MemberHome(Negotiations negotiations, Clock clock) {
        this.negotiations = negotiations;
        this.clock = clock;
    }

    @GetMapping("/member")
    String home(Viewer viewer, Model model) {
        viewer.requireSee(Audience.MEMBERS);
        List<NegotiationCard> cards = negotiations.list(viewer).stream()
                .map(n -> new NegotiationCard(n, n.countdown(LocalDate.now(clock.withZone(n.timeZone()))))).toList();
        model.addAttribute("cards", cards);
        return "member/home";
    }
}
