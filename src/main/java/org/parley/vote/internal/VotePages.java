package org.parley.vote.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.parley.account.Viewer;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Postbox;
import org.parley.vote.Answer;
import org.parley.vote.Electorate;
import org.parley.vote.KeyMailing;
import org.parley.vote.NewVote;
import org.parley.vote.PaperBatch;
import org.parley.vote.Question;
import org.parley.vote.Receipt;
import org.parley.vote.RuleType;
import org.parley.vote.LogEntry;
import org.parley.vote.Vote;
import org.parley.vote.VoteKind;
import org.parley.vote.VoteStatus;
import org.parley.vote.Votes;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The vote's pages: the list, the committee's form, the vote's page (explanation, electorate
 * fingerprint, the committee's controls, and after the count the result, the board and the record),
 * and the ballot: one screen per question, a confirmation screen, then the receipt. A member without
 * an account enters a voting key first; the key travels in the form, never in the address.
 */
@Controller
class VotePages {

    /** One answer as the confirmation screen shows it. */
    record Chosen(int question, String text, String choice) {
    }

    private final Votes votes;
    private final Negotiations negotiations;
    private final java.time.Clock clock;
    private final Postbox postbox;

    VotePages(Votes votes, Negotiations negotiations, java.time.Clock clock, Postbox postbox) {
        this.votes = votes;
        this.negotiations = negotiations;
        this.clock = clock;
        this.postbox = postbox;
    }

    @GetMapping("/votes")
    String list(Viewer viewer, Model model) {
        model.addAttribute("votes", votes.list(viewer));
        model.addAttribute("committee", viewer.onElectionCommittee());
        return "vote/list";
    }

    @GetMapping("/votes/new")
    String form(Viewer viewer, @RequestParam(required = false) Long negotiation, Model model) {
        model.addAttribute("negotiations", negotiations.list(viewer));
        model.addAttribute("form", Map.of("negotiationId", negotiation == null ? "" : negotiation.toString()));
        return "vote/new";
    }

    @PostMapping("/votes")
    String define(Viewer viewer, @RequestParam Map<String, String> form, Model model) {
        try {
            Vote vote = votes.define(viewer, newVote(form));
            return "redirect:/votes/" + vote.id();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("negotiations", negotiations.list(viewer));
            model.addAttribute("form", form);
            return "vote/new";
        }
    }

    static NewVote newVote(Map<String, String> form) {
        List<NewVote.NewQuestion> questions = new ArrayList<>();
        for (int q = 0; q < 5; q++) {
            String text = form.get("question" + q);
            if (text != null && !text.isBlank()) {
                String choices = form.getOrDefault("choices" + q, "");
                questions.add(new NewVote.NewQuestion(text, choices.isBlank() ? List.of()
                        : Arrays.stream(choices.split("\\R")).map(String::strip).filter(c -> !c.isEmpty()).toList()));
            }
        }
        String negotiation = form.get("negotiationId");
        Long negotiationId;
        try {
            negotiationId = negotiation == null || negotiation.isBlank() ? null : Long.valueOf(negotiation);
        } catch (NumberFormatException e) {
            throw ParleyException.invalid("Choose the negotiation the vote belongs to.");
        }
        String kind = form.get("kind");
        String rule = form.get("ruleType");
        return new NewVote(negotiationId, choice(VoteKind.class, kind, "kind of vote"), form.get("title"),
                form.get("explanation"), questions, form.get("opensAt"), form.get("closesAt"), form.get("timeZone"),
                new Electorate(List.of("ACTIVE"), lines(form.get("classifications")), lines(form.get("worksites")), lines(form.get("units"))),
                new NewVote.Rule(choice(RuleType.class, rule, "rule"), decimal(form.get("minTurnout"), "minimum turnout"),
                        decimal(form.get("turnoutThreshold"), "turnout threshold")),
                "on".equals(form.get("allowRevote")), "on".equals(form.get("liveTurnout")),
                choice(org.parley.vote.DuplicateRule.class, form.get("duplicateRule"), "rule for paper and online ballots"));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ParleyException.invalid("Choose a " + field + " from the list.");
        }
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static java.math.BigDecimal decimal(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(text.strip().replace("%", ""));
        } catch (NumberFormatException e) {
            throw ParleyException.invalid("'" + text + "' is not a valid " + field + "; type a percentage such as 50.");
        }
    }

    @GetMapping("/votes/{id}")
    String vote(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String tracker, Model model) {
        Vote vote = votes.get(viewer, id);
        Negotiation negotiation = negotiations.get(viewer, vote.negotiationId());
        model.addAttribute("vote", vote);
        model.addAttribute("negotiation", negotiation);
        model.addAttribute("standing", votes.standing(viewer, id));
        model.addAttribute("accepting", vote.accepting(clock.instant()));
        model.addAttribute("committee", viewer.onElectionCommittee());
        model.addAttribute("viewerAccount", viewer.accountId());
        model.addAttribute("paragraphs", vote.explanation() == null ? List.of() : List.of(vote.explanation().split("\\R\\s*\\R")));
        List<LogEntry> log = votes.log(viewer, id);
        model.addAttribute("log", log);
        model.addAttribute("recordSummary", VoteRecordSummary.of(vote, log));
        model.addAttribute("batches", votes.paperBatches(viewer, id));
        if (viewer.onElectionCommittee() && !vote.status().over()) {
            keyDelivery(viewer, id, model);
            model.addAttribute("mail", postbox.whereMailGoesFor(viewer.isAdmin()));
            model.addAttribute("addressChanges", votes.addressChanges(viewer, id));
        }
        if (vote.status() == VoteStatus.TALLIED) {
            model.addAttribute("result", votes.result(viewer, id));
            List<String> board = votes.board(viewer, id);
            model.addAttribute("boardSize", board.size());
            model.addAttribute("board", board.size() <= 2000 ? board : List.of());
            if (tracker != null && !tracker.isBlank()) {
                String wanted = tracker.strip().toUpperCase(java.util.Locale.ROOT);
                model.addAttribute("trackerAsked", tracker.strip());
                model.addAttribute("trackerFound", java.util.Collections.binarySearch(board, wanted) >= 0);
            }
        }
        return "vote/vote";
    }

    @PostMapping("/votes/{id}/open")
    String open(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> votes.open(viewer, id), "Vote opened: members can vote until it closes.");
    }

    @PostMapping("/votes/{id}/close")
    String close(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        return act(id, redirect, () -> votes.close(viewer, id), "Vote closed and counted.");
    }

    @PostMapping("/votes/{id}/keys")
    ResponseEntity<String> keys(Viewer viewer, @PathVariable long id) {
        return VoteApi.keysCsv(id, votes.issueKeys(viewer, id));
    }

    /**
     * Members with an e-mail address get their key by e-mail; the committee downloads the others' keys
     * at once, since no key is kept to be downloaded later.
     */
    @PostMapping("/votes/{id}/keys/email")
    Object emailKeys(Viewer viewer, @PathVariable long id, RedirectAttributes redirect) {
        KeyMailing mailing;
        try {
            mailing = votes.emailKeys(viewer, id);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            return "redirect:/votes/" + id + "#committee";
        }
        if (mailing.withoutEmail() == 0) {
            redirect.addFlashAttribute("notice", mailing.emailing() + " voting keys are being e-mailed; every eligible member has an e-mail address.");
            return "redirect:/votes/" + id + "#committee";
        }
        return VoteApi.keysWithoutEmailCsv(id, mailing);
    }

    /** The key e-mails' progress alone, for htmx to poll while keys are queued. */
    @GetMapping("/votes/{id}/keys/delivery")
    String keyDeliveryFragment(Viewer viewer, @PathVariable long id, Model model) {
        model.addAttribute("vote", votes.get(viewer, id));
        keyDelivery(viewer, id, model);
        return "vote/vote :: keyDelivery";
    }

    private void keyDelivery(Viewer viewer, long id, Model model) {
        model.addAttribute("keyDelivery", votes.keyDelivery(viewer, id));
        model.addAttribute("keyFailures", votes.keyMailFailures(viewer, id));
    }

    @GetMapping("/votes/{id}/record.json")
    ResponseEntity<String> record(Viewer viewer, @PathVariable long id) {
        return VoteApi.recordJson(id, votes.record(viewer, id));
    }

    @PostMapping("/votes/{id}/electorate")
    String addToElectorate(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> votes.addToElectorate(viewer, id, memberId, reason),
                "Member " + memberId + " is added to the electorate; the new fingerprint is published.");
    }

    @PostMapping("/votes/{id}/address-changes")
    String acceptAddressChange(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String memberId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(id, redirect, () -> votes.acceptAddressChange(viewer, id, memberId, reason),
                "The new address of member " + memberId + " now counts for this vote; the member was told at the old address.");
    }

    @PostMapping("/votes/{id}/envelopes")
    String receiveEnvelope(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String memberId,
            RedirectAttributes redirect) {
        try {
            Votes.EnvelopeCheckIn checkIn = votes.receiveEnvelope(viewer, id, memberId);
            redirect.addFlashAttribute(checkIn.status().equals("ACCEPTED") ? "notice" : "error",
                    "Envelope from " + checkIn.memberId() + ": " + (checkIn.status().equals("ACCEPTED") ? "received. " : "") + checkIn.reason());
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/votes/" + id + "#committee";
    }

    @PostMapping("/votes/{id}/batches")
    String recordBatch(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String label,
            @RequestParam(required = false) String counts, RedirectAttributes redirect) {
        try {
            Vote vote = votes.get(viewer, id);
            votes.recordPaperBatch(viewer, id, label, markings(vote.questions(), counts));
            redirect.addFlashAttribute("notice", "The batch is recorded; another committee member signs it off.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("batchCounts", counts);
        }
        return "redirect:/votes/" + id + "#committee";
    }

    /** Lines "Yes = 12", or for several questions "Yes | Ratify = 3": the choices in question order, then the count. */
    static List<PaperBatch.Marked> markings(List<Question> questions, String counts) {
        List<PaperBatch.Marked> marked = new ArrayList<>();
        for (String line : lines(counts)) {
            int equals = line.lastIndexOf('=');
            if (equals < 0) {
                throw ParleyException.invalid("Write each line as the choices, '=' and the count, e.g. 'Yes = 12' ('" + line + "').");
            }
            String[] choices = line.substring(0, equals).split("\\|");
            List<Answer> answers = new ArrayList<>();
            for (int q = 0; q < choices.length; q++) {
                answers.add(new Answer(q, choices[q].strip()));
            }
            Integer count;
            try {
                count = Integer.valueOf(line.substring(equals + 1).strip().replace(",", ""));
            } catch (NumberFormatException e) {
                throw ParleyException.invalid("'" + line.substring(equals + 1).strip() + "' is not a whole number of ballots.");
            }
            marked.add(new PaperBatch.Marked(answers, count));
        }
        return marked;
    }

    @PostMapping("/votes/{id}/batches/{number}/sign-off")
    String signOff(Viewer viewer, @PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
        return act(id, redirect, () -> votes.signOffPaperBatch(viewer, id, number), "Batch " + number + " is signed off and counted.");
    }

    private static String act(long id, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/votes/" + id;
    }

    // --- the ballot, signed in ---

    @GetMapping("/votes/{id}/ballot")
    String ballot(Viewer viewer, @PathVariable long id, Model model, RedirectAttributes redirect) {
        Vote vote = votes.get(viewer, id);
        Votes.Standing standing = votes.standing(viewer, id);
        if (!standing.inElectorate()) {
            throw ParleyException.forbidden("You are not in this vote's electorate (" + vote.electorate().describe() + ").");
        }
        if (standing.voted() && !vote.allowRevote()) {
            // Said before the first question, not after the member has gone through the whole ballot.
            redirect.addFlashAttribute("error", "You have already voted in this vote; your ballot counts once.");
            return "redirect:/votes/" + id;
        }
        return question(vote, 0, Map.of(), null, standing.voted(), model);
    }

    @PostMapping("/votes/{id}/ballot")
    String ballotStep(Viewer viewer, @PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        Vote vote = votes.get(viewer, id);
        return step(vote, form, null, votes.standing(viewer, id).voted(),
                answers -> votes.cast(viewer, id, answers, form.get("changeCode")), model);
    }

    // --- the ballot, with a voting key ---

    @GetMapping("/votes/{id}/key")
    String keyForm(@PathVariable long id, Model model) {
        model.addAttribute("voteId", id);
        return "vote/key";
    }

    @PostMapping("/votes/{id}/key")
    String enterKey(@PathVariable long id, @RequestParam(required = false) String key, Model model) {
        try {
            Vote vote = votes.checkKey(id, key);
            return question(vote, 0, Map.of(), key, false, model);
        } catch (ParleyException e) {
            model.addAttribute("voteId", id);
            FormErrors.show(model, e);
            return "vote/key";
        }
    }

    /** Anyone holding a tracker checks it against the board, signed in or not. */
    @GetMapping("/votes/{id}/key/tracker")
    String trackerCheck(@PathVariable long id, @RequestParam(required = false) String tracker, Model model) {
        model.addAttribute("voteId", id);
        model.addAttribute("trackerAsked", tracker);
        if (tracker != null && !tracker.isBlank()) {
            try {
                model.addAttribute("trackerFound", votes.onBoard(id, tracker));
            } catch (ParleyException e) {
                FormErrors.show(model, e);
            }
        }
        return "vote/tracker";
    }

    @PostMapping("/votes/{id}/key/ballot")
    String keyBallotStep(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        String key = form.get("key");
        Vote vote = votes.checkKey(id, key);
        return step(vote, form, key, false, answers -> votes.castWithKey(id, key, answers, form.get("changeCode")), model);
    }

    private String step(Vote vote, Map<String, String> form, String key, boolean voted,
            java.util.function.Function<List<Answer>, Receipt> cast, Model model) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        for (Question q : vote.questions()) {
            String a = form.get("a" + q.index());
            if (a != null && q.choices().contains(a)) {
                answers.put("a" + q.index(), a);
            }
        }
        String go = form.getOrDefault("go", "");
        int at = parse(form.get("at"));
        if (go.equals("next")) {
            if (!answers.containsKey("a" + at)) {
                model.addAttribute("error", "Choose one answer to go on.");
                return question(vote, at, answers, key, voted, model);
            }
            return at + 1 < vote.questions().size() ? question(vote, at + 1, answers, key, voted, model)
                    : confirm(vote, answers, key, voted, null, model);
        }
        if (go.equals("back")) {
            return question(vote, Math.max(0, at - 1), answers, key, voted, model);
        }
        if (go.startsWith("edit-")) {
            return question(vote, parse(go.substring(5)), answers, key, voted, model);
        }
        if (go.equals("cast")) {
            if (answers.size() < vote.questions().size()) {
                return question(vote, firstUnanswered(vote, answers), answers, key, voted, model);
            }
            try {
                List<Answer> ballot = vote.questions().stream().map(q -> new Answer(q.index(), answers.get("a" + q.index()))).toList();
                Receipt receipt = cast.apply(ballot);
                model.addAttribute("vote", vote);
                model.addAttribute("receipt", receipt);
                return "vote/receipt";
            } catch (ParleyException e) {
                return confirm(vote, answers, key, voted, e.getMessage(), model);
            }
        }
        return question(vote, 0, answers, key, voted, model);
    }

    private static int firstUnanswered(Vote vote, Map<String, String> answers) {
        return vote.questions().stream().filter(q -> !answers.containsKey("a" + q.index())).mapToInt(Question::index).findFirst().orElse(0);
    }

    private static int parse(String number) {
        try {
            return number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String question(Vote vote, int index, Map<String, String> answers, String key, boolean voted, Model model) {
        Question question = vote.questions().get(Math.min(Math.max(index, 0), vote.questions().size() - 1));
        model.addAttribute("vote", vote);
        model.addAttribute("question", question);
        model.addAttribute("answers", answers);
        model.addAttribute("chosen", answers.get("a" + question.index()));
        model.addAttribute("key", key);
        model.addAttribute("voted", voted);
        model.addAttribute("action", key == null ? "/votes/" + vote.id() + "/ballot" : "/votes/" + vote.id() + "/key/ballot");
        return "vote/question";
    }

    private static String confirm(Vote vote, Map<String, String> answers, String key, boolean voted, String error, Model model) {
        model.addAttribute("vote", vote);
        model.addAttribute("answers", answers);
        model.addAttribute("chosen", vote.questions().stream()
                .map(q -> new Chosen(q.index(), q.text(), answers.get("a" + q.index()))).toList());
        model.addAttribute("key", key);
        model.addAttribute("voted", voted);
        model.addAttribute("error", error);
        model.addAttribute("action", key == null ? "/votes/" + vote.id() + "/ballot" : "/votes/" + vote.id() + "/key/ballot");
        return "vote/confirm";
    }
}
