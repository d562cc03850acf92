package org.parley.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.parley.account.Viewer;
import org.parley.audit.AuditEntry;
import org.parley.audit.AuditTrail;
import org.parley.platform.ParleyException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit trail")
class AuditApi {

    private final AuditTrail trail;

    AuditApi(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/negotiations/{id}/audit")
    @Operation(summary = "The newest audit entries of a negotiation that your side may see")
    List<AuditEntry> entries(Viewer viewer, @PathVariable long id, @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > 5000) {
            throw ParleyException.invalid("limit must be between 1 and 5000.");
        }
        viewer.requireSee(org.parley.platform.Audience.TABLE);
        return trail.ofNegotiation(viewer, id, limit);
    }
}
