package org.parley.subgroup.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.account.Account;
import org.parley.account.Accounts;
import org.parley.account.Viewer;
import org.parley.negotiation.BargainingTable;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.parley.platform.Side;
import org.parley.session.Sessions;
import org.parley.subgroup.IbbIssue;
import org.parley.subgroup.InterestSide;
import org.parley.subgroup.NewRecommendation;
import org.parley.subgroup.NewSubgroup;
import org.parley.subgroup.Rating;
import org.parley.subgroup.Recommendation;
import org.parley.subgroup.RecommendationStatus;
import org.parley.subgroup.Recommendations;
import org.parley.subgroup.Stance;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.SubgroupStatus;
import org.parley.subgroup.Subgroups;
import org.parley.subgroup.Workspaces;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of subgroups: the table's list and charter form, a subgroup, an issue's workspace, a consensus check, the check-in. */
@Controller
class SubgroupPages {

    private final Subgroups subgroups;
    private final SubgroupService subgroupService;
    private final Workspaces workspaces;
    private final Recommendations recommendations;
    private final Negotiations negotiations;
    private final Sessions sessions;
    private final Accounts accounts;

    SubgroupPages(Subgroups subgroups, SubgroupService subgroupService, Workspaces workspaces, Recommendations recommendations,
            Negotiations negotiations, Sessions sessions, Accounts accounts) {
        this.subgroups = subgroups;
        this.subgroupService = subgroupService;
        this.workspaces = workspaces;
        this.recommendations = recommendations;
        this.negotiations = negotiations;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** What was typed in the charter form, shown again when it is refused (a flash attribute: kept in the session table). */
    record CharterForm(String name, String charge, String laborCoLeads, String managementCoLeads, String laborMembers,
                       String managementMembers, String facilitators) implements java.io.Serializable {

        static CharterForm empty() {
            return new CharterForm("", "", "", "", "", "", "");
        }
    }

    @GetMapping("/tables/{tableId}/subgroups")
    String list(Viewer viewer, @PathVariable long tableId, Model model) {
        if (!viewer.canSee(Audience.TABLE)) {
            return "redirect:/subgroups";
        }
        BargainingTable table = negotiations.table(viewer, tableId);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("figures", subgroups.figures(viewer, tableId));
        model.addAttribute("subgroups", subgroups.ofTable(viewer, tableId));
        model.addAttribute("canCharter", viewer.onTeam() || viewer.isAdmin());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", CharterForm.empty());
        }
        return "subgroup/list";
    }

    @PostMapping("/tables/{tableId}/subgroups")
    String charter(Viewer viewer, @PathVariable long tableId, CharterForm form, RedirectAttributes redirect) {
        try {
            Subgroup created = subgroups.charter(viewer, tableId, new NewSubgroup(form.name(), lines(form.charge()),
                    Map.of(Side.LABOR, accountIds(form.laborCoLeads()), Side.MANAGEMENT, accountIds(form.managementCoLeads())),
                    Map.of(Side.LABOR, accountIds(form.laborMembers()), Side.MANAGEMENT, accountIds(form.managementMembers())),
                    accountIds(form.facilitators()), false));
            redirect.addFlashAttribute("notice", "The subgroup " + created.name() + " is chartered.");
            return "redirect:/subgroups/" + created.id();
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("form", form);
            return "redirect:/tables/" + tableId + "/subgroups#charter";
        }
    }

    /** Facilitators' and observers' home: the subgroups they take part in. */
    @GetMapping("/subgroups")
    String mine(Viewer viewer, Model model) {
        model.addAttribute("subgroups", subgroupService.taking(viewer));
        return "subgroup/mine";
    }

    @GetMapping("/subgroups/{id}")
    String subgroup(Viewer viewer, @PathVariable long id, Model model) {
        Subgroup subgroup = subgroups.get(viewer, id);
        boolean team = viewer.canSee(Audience.TABLE);
        model.addAttribute("subgroup", subgroup);
        model.addAttribute("team", team);
        model.addAttribute("canWork", viewer.onTeam() || SubgroupPermissions.facilitates(viewer, subgroup));
        model.addAttribute("canRecord", viewer.onTeam());
        model.addAttribute("sides", Side.values());
        model.addAttribute("statuses", SubgroupStatus.values());
        model.addAttribute("issues", workspaces.issues(viewer, id));
        model.addAttribute("recommendations", recommendations.ofSubgroup(viewer, id));
        model.addAttribute("notes", workspaces.notes(viewer, id));
        model.addAttribute("notesSide", SubgroupPermissions.notesSide(viewer, subgroup));
        if (team) {
            BargainingTable table = negotiations.table(viewer, subgroup.tableId());
            model.addAttribute("table", table);
            model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
            model.addAttribute("sessions", sessions.ofTable(viewer, subgroup.tableId()));
        }
        return "subgroup/subgroup";
    }

    @PostMapping("/subgroups/{id}/status")
    String status(Viewer viewer, @PathVariable long id, @RequestParam SubgroupStatus status, RedirectAttributes redirect) {
        return act(redirect, "/subgroups/" + id, () -> subgroups.changeStatus(viewer, id, status), "The status is changed.");
    }

    @PostMapping("/subgroups/{id}/settings")
    String settings(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "false") boolean attributeOptions,
            RedirectAttributes redirect) {
        return act(redirect, "/subgroups/" + id, () -> subgroups.attributeOptions(viewer, id, attributeOptions),
                attributeOptions ? "Options now show the side that put them forward." : "Options are not attributed to a side.");
    }

    @PostMapping("/subgroups/{id}/observers")
    String observer(Viewer viewer, @PathVariable long id, @RequestParam String username, @RequestParam String localUnion,
            @RequestParam(defaultValue = "false") boolean caucus, RedirectAttributes redirect) {
        return act(redirect, "/subgroups/" + id + "#people", () -> subgroups.addObserver(viewer, id, accountId(username), localUnion, caucus),
                "The observer is named.");
    }

    @PostMapping("/subgroups/{id}/meetings")
    String meeting(Viewer viewer, @PathVariable long id, @RequestParam long sessionId, RedirectAttributes redirect) {
        return act(redirect, "/subgroups/" + id + "#meetings", () -> subgroups.addMeeting(viewer, id, sessionId), "The meeting is recorded.");
    }

    @PostMapping("/subgroups/{id}/issues")
    String addIssue(Viewer viewer, @PathVariable long id, @RequestParam String title, @RequestParam String statement,
            RedirectAttributes redirect) {
        try {
            IbbIssue issue = workspaces.addIssue(viewer, id, title, statement);
            return "redirect:/ibb-issues/" + issue.id();
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("issueTitle", title);
            redirect.addFlashAttribute("issueStatement", statement);
            return "redirect:/subgroups/" + id + "#issues";
        }
    }

    @PostMapping("/subgroups/{id}/notes")
    String note(Viewer viewer, @PathVariable long id, @RequestParam String item, @RequestParam String text, RedirectAttributes redirect) {
        try {
            String[] typeAndId = item.split(":", 2);
            workspaces.addNote(viewer, id, typeAndId[0], Long.parseLong(typeAndId[1]), text);
            redirect.addFlashAttribute("notice", "Your side's note is saved; only your side reads it.");
        } catch (ParleyException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            redirect.addFlashAttribute("error", e instanceof ParleyException ? e.getMessage() : "Choose what the note is about.");
            redirect.addFlashAttribute("noteText", text);
        }
        return "redirect:/subgroups/" + id + "#notes";
    }

    @PostMapping("/subgroups/{id}/recommendations")
    String draft(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long optionId, @RequestParam String title,
            @RequestParam String text, @RequestParam(defaultValue = "false") boolean economic, RedirectAttributes redirect) {
        try {
            recommendations.draft(viewer, id, new NewRecommendation(optionId, title, text, List.of(), economic));
            redirect.addFlashAttribute("notice", "The recommendation is drafted; report it to the full table at a check-in.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("recommendationTitle", title);
            redirect.addFlashAttribute("recommendationText", text);
        }
        return "redirect:/subgroups/" + id + "#recommendations";
    }

    @PostMapping("/recommendations/{id}/report")
    String report(Viewer viewer, @PathVariable long id, @RequestParam long sessionId, RedirectAttributes redirect) {
        long subgroupId = recommendations.get(viewer, id).subgroupId();
        return act(redirect, "/subgroups/" + subgroupId + "#recommendations", () -> recommendations.report(viewer, id, sessionId),
                "Reported to the full table.");
    }

    @GetMapping("/ibb-issues/{id}")
    String issue(Viewer viewer, @PathVariable long id, Model model) {
        IbbIssue issue = workspaces.issue(viewer, id);
        Subgroup subgroup = subgroups.get(viewer, issue.subgroupId());
        model.addAttribute("issue", issue);
        model.addAttribute("subgroup", subgroup);
        model.addAttribute("canWork", viewer.onTeam() || SubgroupPermissions.facilitates(viewer, subgroup));
        model.addAttribute("interestSides", InterestSide.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("notes", workspaces.notes(viewer, subgroup.id()));
        model.addAttribute("notesSide", SubgroupPermissions.notesSide(viewer, subgroup));
        return "subgroup/issue";
    }

    @PostMapping("/ibb-issues/{id}/interests")
    String interest(Viewer viewer, @PathVariable long id, @RequestParam(required = false) InterestSide side, @RequestParam String text,
            RedirectAttributes redirect) {
        return typed(redirect, "/ibb-issues/" + id + "#interests", "interestText", text, () -> workspaces.addInterest(viewer, id, side, text));
    }

    @PostMapping("/ibb-issues/{id}/options")
    String option(Viewer viewer, @PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
        return typed(redirect, "/ibb-issues/" + id + "#options", "optionText", text, () -> workspaces.addOption(viewer, id, text));
    }

    @PostMapping("/ibb-issues/{id}/criteria")
    String criterion(Viewer viewer, @PathVariable long id, @RequestParam String text, RedirectAttributes redirect) {
        return typed(redirect, "/ibb-issues/" + id + "#criteria", "criterionText", text, () -> workspaces.addCriterion(viewer, id, text));
    }

    @PostMapping("/options/{id}/assessments")
    String assess(Viewer viewer, @PathVariable long id, @RequestParam long criterionId, @RequestParam(required = false) Rating rating,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        long issueId = workspaces.issueOfOption(viewer, id);
        return act(redirect, "/ibb-issues/" + issueId + "#option-" + id, () -> workspaces.assess(viewer, id, criterionId, rating, note),
                "Assessment saved.");
    }

    @GetMapping("/options/{id}/consensus")
    String consensus(Viewer viewer, @PathVariable long id, Model model) {
        long issueId = workspaces.issueOfOption(viewer, id);
        IbbIssue issue = workspaces.issue(viewer, issueId);
        Subgroup subgroup = subgroups.get(viewer, issue.subgroupId());
        IbbIssue.Option option = issue.options().stream().filter(o -> o.id() == id).findFirst().orElseThrow();
        model.addAttribute("issue", issue);
        model.addAttribute("subgroup", subgroup);
        model.addAttribute("option", option);
        model.addAttribute("consensus", option.consensus());
        model.addAttribute("stances", Stance.values());
        model.addAttribute("runsChecks", SubgroupPermissions.runsChecks(viewer, subgroup) || viewer.onTeam());
        model.addAttribute("recordsOthers", SubgroupPermissions.runsChecks(viewer, subgroup));
        model.addAttribute("decides", subgroup.participant(viewer.accountId()).filter(p -> p.role().decides()).isPresent());
        Map<Long, String> stanceOf = new LinkedHashMap<>();
        if (option.consensus() != null) {
            option.consensus().stances().values().forEach(s -> stanceOf.put(s.accountId(), s.stance().name()));
        }
        model.addAttribute("stanceOf", stanceOf);
        return "subgroup/consensus";
    }

    @PostMapping("/options/{id}/consensus-check")
    String startCheck(Viewer viewer, @PathVariable long id, @RequestParam(required = false) List<Long> present, RedirectAttributes redirect) {
        return act(redirect, "/options/" + id + "/consensus", () -> workspaces.startConsensusCheck(viewer, id, present),
                "The consensus check is started: go round and hear everyone present.");
    }

    @PostMapping("/options/{id}/stances")
    String stance(Viewer viewer, @PathVariable long id, @RequestParam(required = false) Long accountId,
            @RequestParam(required = false) Stance stance, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            workspaces.stateStance(viewer, id, accountId, stance, reason);
            redirect.addFlashAttribute("notice", "Stance recorded.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute("reasonFor", accountId == null ? viewer.accountId() : accountId);
            redirect.addFlashAttribute("reasonText", reason);
        }
        return "redirect:/options/" + id + "/consensus";
    }

    /** The check-in: what the subgroups reported, approved as TAs in one act or sent back. */
    @GetMapping("/tables/{tableId}/recommendations")
    String checkIn(Viewer viewer, @PathVariable long tableId, Model model) {
        BargainingTable table = negotiations.table(viewer, tableId);
        List<Recommendation> all = recommendations.ofTable(viewer, tableId);
        model.addAttribute("table", table);
        model.addAttribute("negotiation", negotiations.get(viewer, table.negotiationId()));
        model.addAttribute("reported", all.stream().filter(r -> r.status() == RecommendationStatus.REPORTED).toList());
        model.addAttribute("approved", all.stream().filter(r -> r.status() == RecommendationStatus.APPROVED).toList());
        model.addAttribute("canDecide", viewer.onTeam());
        return "subgroup/check-in";
    }

    @PostMapping("/tables/{tableId}/recommendation-approvals")
    String approve(Viewer viewer, @PathVariable long tableId, @RequestParam(required = false) List<Long> recommendationIds,
            @RequestParam(required = false) String date, @RequestParam String laborInitials, @RequestParam String managementInitials,
            RedirectAttributes redirect) {
        try {
            var approved = recommendations.approve(viewer, tableId, recommendationIds,
                    date == null || date.isBlank() ? null : java.time.LocalDate.parse(date), laborInitials, managementInitials);
            redirect.addFlashAttribute("notice", approved.size() == 1 ? "The recommendation is approved as a TA."
                    : approved.size() + " recommendations are approved as TAs.");
        } catch (ParleyException | java.time.format.DateTimeParseException e) {
            redirect.addFlashAttribute("error", e instanceof ParleyException ? e.getMessage() : "The date reads as YYYY-MM-DD.");
            redirect.addFlashAttribute("chosen", recommendationIds == null ? List.of() : recommendationIds);
        }
        return "redirect:/tables/" + tableId + "/recommendations";
    }

    @PostMapping("/recommendations/{id}/send-back")
    String sendBack(Viewer viewer, @PathVariable long id, @RequestParam String reason, RedirectAttributes redirect) {
        long tableId = recommendations.get(viewer, id).tableId();
        return typed(redirect, "/tables/" + tableId + "/recommendations", "sendBackText", reason,
                () -> recommendations.sendBack(viewer, id, reason));
    }

    private String act(RedirectAttributes redirect, String to, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:" + to;
    }

    /** Like {@link #act}, keeping what was typed when it is refused. */
    private String typed(RedirectAttributes redirect, String to, String field, String text, Runnable action) {
        try {
            action.run();
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
            redirect.addFlashAttribute(field, text);
        }
        return "redirect:" + to;
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Usernames typed one per line (or separated by commas) to account ids; an unknown one is refused by name. */
    private List<Long> accountIds(String usernames) {
        List<Long> ids = new ArrayList<>();
        for (String name : lines(usernames == null ? null : usernames.replace(',', '\n'))) {
            ids.add(accountId(name));
        }
        return ids;
    }

    private long accountId(String username) {
        return accounts.find(username).map(Account::id)
                .orElseThrow(() -> ParleyException.invalid("There is no account with the username '" + username + "'."));
    }
}
