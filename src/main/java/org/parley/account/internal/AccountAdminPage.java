package org.parley.account.internal;

import org.parley.account.Accounts;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.FormErrors;
import org.parley.platform.ParleyException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class AccountAdminPage {

    private final Accounts accounts;

    AccountAdminPage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/admin/accounts")
    String list(Viewer viewer, Model model) {
        model.addAttribute("accounts", accounts.list(viewer));
        model.addAttribute("roles", Role.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NewAccount("", "", Role.LABOR_TEAM, ""));
        }
        return "account/accounts";
    }

    @PostMapping("/admin/accounts")
    String create(Viewer viewer, NewAccount form, Model model, RedirectAttributes redirect) {
        try {
            var created = accounts.create(viewer, form);
            redirect.addFlashAttribute("notice", "Account " + created.username() + " created.");
            return "redirect:/admin/accounts";
        } catch (ParleyException e) {
            FormErrors.show(model, e);
            model.addAttribute("form", new NewAccount(form.username(), form.displayName(), form.role(), ""));
            return list(viewer, model);
        }
    }

    @PostMapping("/admin/accounts/{id}/password")
    String password(Viewer viewer, @PathVariable long id, @RequestParam String password, RedirectAttributes redirect) {
        try {
            accounts.changePassword(viewer, id, password);
            redirect.addFlashAttribute("notice", "Password changed.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/enabled")
    String enabled(Viewer viewer, @PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        try {
            accounts.setEnabled(viewer, id, enabled);
            redirect.addFlashAttribute("notice", enabled ? "Account enabled." : "Account disabled.");
        } catch (ParleyException e) {
            FormErrors.flash(redirect, e);
        }
        return "redirect:/admin/accounts";
    }
}
