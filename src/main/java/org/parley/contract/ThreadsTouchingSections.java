package org.parley.contract;

import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;

/**
 * Tells the agreement pages which proposal threads change which sections. Implemented by the
 * module that owns proposals, so that contract language does not depend on it.
 */
public interface ThreadsTouchingSections {

    /** Per section number, the threads whose passed versions change it. */
    Map<String, List<ThreadLink>> threadsTouching(Viewer viewer, long agreementId);

    record ThreadLink(long threadId, String title, String status) {
    }
}
