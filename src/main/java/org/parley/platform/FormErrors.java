package org.parley.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a page shows a refused form: the message at the top ({@code error}) and, for each
 * field the refusal concerns, its message beside that field ({@code fieldErrors}: field name →
 * message), which templates show with {@code parley:field="name"} on the input. The API carries
 * the same field errors as the problem detail's {@code errors}.
 */
public final class FormErrors {

    public static final String MESSAGE = "error";
    public static final String FIELDS = "fieldErrors";

    private FormErrors() {
    }

    /** For a page rendered again with what the user typed (the form object stays in the model). */
    public static void show(Model model, ParleyException refusal) {
        model.addAttribute(MESSAGE, refusal.getMessage());
        model.addAttribute(FIELDS, byField(refusal));
    }

    /** For a page that redirects after the refusal. */
    public static void flash(RedirectAttributes redirect, ParleyException refusal) {
        redirect.addFlashAttribute(MESSAGE, refusal.getMessage());
        redirect.addFlashAttribute(FIELDS, byField(refusal));
    }

    private static Map<String, String> byField(ParleyException refusal) {
        Map<String, String> messages = new LinkedHashMap<>();
        refusal.fieldErrors().forEach(error -> messages.putIfAbsent(error.field(), error.message()));
        return messages;
    }
}
