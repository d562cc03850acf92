package org.parley.member.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.parley.account.BrowserSignIn;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.member.MembersNews;
import org.parley.member.ObserverSignUp;
import org.parley.member.Observers;
import org.parley.member.Petition;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.member.Signature;
import org.parley.negotiation.Countdown;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.LocalPath;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.session.ObserverSession;
import org.parley.session.Sessions;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a member sees: sign-in by link, the home page, observing sessions, petitions; and public petitions. */
@Controller
class MemberPages {

    record NegotiationCard(Negotiation negotiation, Countdown countdown, RosterMember self, List<NewsSection> news,
                           List<SessionCard> sessions, List<Petition> petitions) {
    }

    record NewsSection(String title, List<MembersNews.Item> items) {

        static List<NewsSection> of(List<MembersNews.Item> items) {
            var sections = new java.util.LinkedHashMap<String, List<MembersNews.Item>>();
            items.forEach(i -> sections.computeIfAbsent(i.section(), s -> new ArrayList<>()).add(i));
            return sections.entrySet().stream().map(e -> new NewsSection(e.getKey(), e.getValue())).toList();
        }
    }

    /** @param tableName which table the seat is at: members follow a local and a national table apart */
    record SessionCard(ObserverSession session, String tableName, int openSeats, ObserverSignUp mine) {
    }

    private final Roster roster;
    private final Observers observers;
    private final Petitions petitions;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final BrowserSignIn signIn;
    private final ObjectProvider<MembersNews> news;
    private final Clock clock;

    MemberPages(Roster roster, Observers observers, Petitions petitions, Negotiations negotiations, Sessions sessions,
            BrowserSignIn signIn, ObjectProvider<MembersNews> news, Clock clock) {
        this.roster = roster;
        this.observers = observers;
        this.petitions = petitions;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.signIn = signIn;
        this.news = news;
        this.clock = clock;
    }

    @GetMapping("/member")
    String home(Viewer viewer, Model model) {
        viewer.requireSee(Audience.MEMBERS);
        List<NegotiationCard> cards = new ArrayList<>();
        List<RosterMember> selves = roster.selves(viewer);
        for (Negotiation n : negotiations.list(viewer)) {
            RosterMember self = selves.stream().filter(m -> m.negotiationId() == n.id()).findFirst().orElse(null);
            if (viewer.role() == Role.MEMBER && self == null && !selves.isEmpty()) {
                continue; // a member sees the negotiations whose roster they are on
            }
            LocalDate today = LocalDate.now(clock.withZone(n.timeZone()));
            List<MembersNews.Item> items = self == null ? List.of() : news.orderedStream()
                    .flatMap(source -> source.forMember(viewer, self).stream()).toList();
            List<SessionCard> open = sessions.openToObservers(viewer, n.id(), today).stream()
                    .map(s -> new SessionCard(s, negotiations.tableName(viewer, s.tableId()), observers.openSeats(viewer, s.id()),
                            self == null ? null : observers.mine(viewer, s.id()).orElse(null)))
                    .toList();
            cards.add(new NegotiationCard(n, negotiations.countdown(n.id(), clock.instant()), self, NewsSection.of(items), open, petitions.ofNegotiation(viewer, n.id())));
        }
        model.addAttribute("cards", cards);
        return "member/home";
    }

    // --- sign-in by link ---

    @GetMapping("/member/sign-in")
    String signInForm(@RequestParam(required = false) String next, Model model) {
        model.addAttribute("next", LocalPath.of(next).orElse(null));
        return "member/sign-in";
    }

    @PostMapping("/member/sign-in")
    String requestLink(@RequestParam(required = false) String email, @RequestParam(required = false) String next,
            HttpServletRequest request, Model model) {
        try {
            roster.requestSignInLink(email, request.getRemoteAddr(), next);
            model.addAttribute("sent", true);
        } catch (ParleyException e) {
            FormErrors.show(model, e);
        }
        model.addAttribute("email", email);
        model.addAttribute("next", LocalPath.of(next).orElse(null));
        return "member/sign-in";
    }

    /** Opening the link shows a button: mail scanners that fetch links do not use it up. */
    @GetMapping("/member/sign-in/{token}")
    String confirmLink(@PathVariable String token, @RequestParam(required = false) String next, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("next", LocalPath.of(next).orElse(null));
        return "member/sign-in-link";
    }

    /** Signs in and opens the page the member asked for before signing in (a local path only), or their home. */
    @PostMapping("/member/sign-in/{token}")
    String redeemLink(@PathVariable String token, @RequestParam(required = false) String next, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        try {
            Viewer viewer = roster.redeemSignInLink(token);
            signIn.signIn(viewer, request, response);
            return "redirect:" + LocalPath.of(next).orElse("/member");
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("next", LocalPath.of(next).orElse(null));
            return "member/sign-in";
        }
    }

    // --- observing ---

    @PostMapping("/member/sessions/{id}/observe")
    String observe(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        try {
            ObserverSignUp signUp = observers.signUp(viewer, id, null);
            redirect.addFlashAttribute("notice", switch (signUp.status()) {
                case SEATED -> "You have a seat to observe. A confirmation is on its way by e-mail.";
                case WAITLISTED -> "The seats are taken: you are number " + signUp.waitlistPosition() + " on the waitlist.";
                case CANCELLED -> "";
            });
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/member#session-" + id;
    }

    @PostMapping("/member/sessions/{id}/cancel")
    String cancelObserving(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        try {
            observers.cancel(viewer, id, null);
            redirect.addFlashAttribute("notice", "Your observer sign-up is cancelled.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/member#session-" + id;
    }

    // --- petitions for signed-in people ---

    @GetMapping("/petitions/{id}")
    String petition(Viewer viewer, @PathVariable long id, Model model) {
        Petition petition = petitions.get(viewer, id);
        model.addAttribute("petition", petition);
        model.addAttribute("negotiation", negotiations.get(viewer, petition.negotiationId()));
        model.addAttribute("mine", viewer.role() == Role.MEMBER ? petitions.mine(viewer, id).orElse(null) : null);
        model.addAttribute("isMember", viewer.role() == Role.MEMBER);
        model.addAttribute("team", UnionSide.is(viewer));
        model.addAttribute("signers", UnionSide.is(viewer) ? petitions.signers(viewer, id) : List.of());
        model.addAttribute("open", petition.open(LocalDate.now(clock.withZone(negotiations.get(viewer, petition.negotiationId()).timeZone()))));
        return "member/petition";
    }

    @PostMapping("/petitions/{id}/signatures")
    String sign(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        try {
            Signature signature = petitions.sign(viewer, id, null, null, null);
            redirect.addFlashAttribute("notice", signature.counted() ? "Thank you: your signature is counted."
                    : "You had already signed: your signature still counts once.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/petitions/" + id;
    }

    @PostMapping("/petitions/{id}/withdrawal")
    String withdraw(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        try {
            petitions.withdraw(viewer, id);
            redirect.addFlashAttribute("notice", "Your signature is withdrawn.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/petitions/" + id;
    }

    @GetMapping("/petitions/{id}/signatures.csv")
    ResponseEntity<String> signersCsv(Viewer viewer, @PathVariable long id) {
        return MemberApi.csv(petitions.signers(viewer, id), "petition-" + id + "-signatures.csv");
    }

    // --- public petitions ---

    @GetMapping("/public/petitions/{id}")
    String publicPetition(@PathVariable long id, Model model) {
        Petition petition = petitions.getPublic(id);
        model.addAttribute("petition", petition);
        model.addAttribute("open", petition.open(LocalDate.now(clock)));
        return "member/public-petition";
    }

    @PostMapping("/public/petitions/{id}/signatures")
    String signPublic(@PathVariable long id, @RequestParam(required = false) String name,
            @RequestParam(required = false) String email, Model model) {
        try {
            Signature signature = petitions.signPublic(id, name, email);
            model.addAttribute("notice", signature.counted() ? "Thank you: your signature is counted."
                    : "You had already signed with this address: your signature still counts once.");
            model.addAttribute("withdrawToken", signature.withdrawToken());
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("name", name);
            model.addAttribute("email", email);
        }
        return publicPetition(id, model);
    }

    @PostMapping("/public/petitions/{id}/withdrawal")
    String withdrawPublic(@PathVariable long id, @RequestParam(required = false) String token, Model model) {
        try {
            petitions.withdrawPublic(id, token);
            model.addAttribute("notice", "Your signature is withdrawn.");
        } catch (ParleyException e) {
            FormErrors.show(model, e);
        }
        return publicPetition(id, model);
    }

}
