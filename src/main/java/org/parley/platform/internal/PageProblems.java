package org.parley.platform.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.parley.platform.ParleyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Refusals on pages: the same {@link ParleyException} the API turns into a problem detail is
 * shown here as a page with the message. Forms that can be corrected catch the exception
 * themselves and show it beside what the user typed.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler(ParleyException.class)
    String refused(ParleyException e, Model model, HttpServletResponse response) {
        response.setStatus(e.kind().status());
        model.addAttribute("status", e.kind().status());
        model.addAttribute("title", e.kind().title());
        model.addAttribute("message", e.getMessage());
        return "platform/problem";
    }

    @ExceptionHandler(org.springframework.web.multipart.MaxUploadSizeExceededException.class)
    String tooLarge(Model model, HttpServletResponse response) {
        return refused(new ParleyException(ParleyException.Kind.INVALID_INPUT,
                "The file is larger than Parley accepts (" + ApiProblems.UPLOAD_LIMIT + "); nothing was saved."), model, response);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String badParameter(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return refused(ParleyException.invalid("'" + e.getValue() + "' is not a valid " + e.getName() + "."), model, response);
    }
}
