package org.parley.contract.internal;

import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.Citation;
import org.parley.contract.Contracts;
import org.parley.contract.ImportDraft;
import org.parley.contract.ThreadsTouchingSections;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Importing an agreement (preview first, then save) and browsing and searching it. */
@Controller
class ContractPages {

    private final Contracts contracts;
    private final ObjectProvider<ThreadsTouchingSections> threads;
    private final AuditTrail audit;

    ContractPages(Contracts contracts, ObjectProvider<ThreadsTouchingSections> threads, AuditTrail audit) {
        this.contracts = contracts;
        this.threads = threads;
        this.audit = audit;
    }

    @GetMapping("/agreements")
    String list(Viewer viewer, Model model) {
        model.addAttribute("agreements", contracts.list(viewer));
        model.addAttribute("kinds", AgreementKind.values());
        model.addAttribute("canImport", viewer.onTeam() || viewer.isAdmin());
        return "contract/agreements";
    }

    @PostMapping("/agreements/preview")
    String preview(Viewer viewer, @RequestParam("file") MultipartFile file, @RequestParam(required = false) String name,
            @RequestParam(required = false) AgreementKind kind, Model model) {
        try {
            ImportDraft draft = contracts.startImport(viewer, name, kind, file.getOriginalFilename(), ContractApi.bytes(file));
            return "redirect:/agreements/drafts/" + draft.token();
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("name", name);
            return list(viewer, model);
        }
    }

    @GetMapping("/agreements/drafts/{token}")
    String draft(Viewer viewer, @PathVariable String token, Model model) {
        return showDraft(contracts.draft(viewer, token), model);
    }

    /** Promote, demote or merge back one heading of the preview; the page comes back with the structure it gives. */
    @PostMapping("/agreements/drafts/{token}/corrections")
    String correct(Viewer viewer, @PathVariable String token, @RequestParam int line, @RequestParam String role, Model model) {
        try {
            contracts.correctImport(viewer, token, line, role);
            return "redirect:/agreements/drafts/" + token + "#line-" + line;
        } catch (ParleyException e) {
            if (e.kind() == ParleyException.Kind.NOT_FOUND) {
                throw e;
            }
            FormErrors.show(model, e);
            return showDraft(contracts.draft(viewer, token), model);
        }
    }

    @PostMapping("/agreements")
    String save(Viewer viewer, @RequestParam String token, @RequestParam(required = false) String name, Model model) {
        try {
            Agreement agreement = contracts.confirmImport(viewer, token, name);
            return "redirect:/agreements/" + agreement.id();
        } catch (ParleyException e) {
            if (e.kind() == ParleyException.Kind.NOT_FOUND) {
                FormErrors.show(model, e);
                return list(viewer, model);
            }
            FormErrors.show(model, e);
            return showDraft(contracts.draft(viewer, token), model);
        }
    }

    private String showDraft(ImportDraft draft, Model model) {
        model.addAttribute("preview", draft.preview());
        model.addAttribute("pending", draft);
        model.addAttribute("corrected", java.util.Arrays.stream(draft.corrections().split(",")).filter(c -> !c.isBlank())
                .map(c -> c.split(":")).collect(java.util.stream.Collectors.toMap(c -> Integer.parseInt(c[0]), c -> c[1], (x, y) -> y)));
        return "contract/preview";
    }

    /** A citation link on an agreement's page: to the section it resolves to. */
    @GetMapping("/agreements/{id}/citations")
    String citation(Viewer viewer, @PathVariable long id, @RequestParam String ref) {
        Citation citation = contracts.cite(viewer, id, ref);
        return "redirect:/agreements/" + id + "#section-" + citation.sectionNumber();
    }

    @GetMapping("/agreements/{id}")
    String agreement(Viewer viewer, @PathVariable long id, @RequestParam(required = false) String q, Model model) {
        Agreement agreement = contracts.get(viewer, id);
        model.addAttribute("agreement", agreement);
        model.addAttribute("blocks", agreement.sections().collect(java.util.stream.Collectors.toMap(
                org.parley.contract.Section::number, s -> org.parley.contract.SectionText.blocks(s.text()))));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("hits", q == null || q.isBlank() ? List.of() : contracts.search(viewer, id, q, 200));
        ThreadsTouchingSections links = threads.getIfAvailable();
        model.addAttribute("threads", links == null ? Map.of() : links.threadsTouching(viewer, id));
        model.addAttribute("history", audit.ofSubject(viewer, "agreement", id));
        model.addAttribute("zone", java.time.ZoneId.systemDefault());
        model.addAttribute("cite", new Citations(agreement));
        return "contract/agreement";
    }
}
