package org.parley.contract.internal;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.parley.account.Viewer;
import org.parley.audit.AuditTrail;
import org.parley.contract.Agreement;
import org.parley.contract.AgreementKind;
import org.parley.contract.Contracts;
import org.parley.contract.ImportPreview;
import org.parley.contract.ThreadsTouchingSections;
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

    /** A previewed upload kept in the person's session until they save it or leave. */
    record PendingImport(String token, String name, AgreementKind kind, String filename, byte[] content) implements java.io.Serializable {
    }

    private static final String PENDING = "parley.pendingImport";

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
            @RequestParam(required = false) AgreementKind kind, HttpSession session, Model model) {
        try {
            byte[] content = ContractApi.bytes(file);
            ImportPreview preview = contracts.preview(viewer, file.getOriginalFilename(), content);
            PendingImport pending = new PendingImport(UUID.randomUUID().toString(),
                    name == null || name.isBlank() ? file.getOriginalFilename() : name.strip(),
                    kind == null ? AgreementKind.CURRENT : kind, file.getOriginalFilename(), content);
            session.setAttribute(PENDING, pending);
            model.addAttribute("preview", preview);
            model.addAttribute("pending", pending);
            return "contract/preview";
        } catch (ParleyException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("name", name);
            return list(viewer, model);
        }
    }

    @PostMapping("/agreements")
    String save(Viewer viewer, @RequestParam String token, @RequestParam(required = false) String name, HttpSession session,
            Model model) {
        if (!(session.getAttribute(PENDING) instanceof PendingImport pending) || !pending.token().equals(token)) {
            model.addAttribute("error", "The preview has expired; choose the file again.");
            return list(viewer, model);
        }
        try {
            Agreement agreement = contracts.importAgreement(viewer, name == null || name.isBlank() ? pending.name() : name,
                    pending.kind(), pending.filename(), pending.content());
            session.removeAttribute(PENDING);
            return "redirect:/agreements/" + agreement.id();
        } catch (ParleyException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("preview", contracts.preview(viewer, pending.filename(), pending.content()));
            model.addAttribute("pending", pending);
            return "contract/preview";
        }
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
        return "contract/agreement";
    }
}
