package org.parley.account.internal;

import org.parley.account.Viewer;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in account on every page's model, for the navigation bar. */
@ControllerAdvice(annotations = Controller.class)
class ViewerModel {

    @ModelAttribute("viewer")
    Viewer viewer() {
        return ViewerArgumentResolver.signedIn();
    }
}
