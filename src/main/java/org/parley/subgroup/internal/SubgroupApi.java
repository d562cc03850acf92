package org.parley.subgroup.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.parley.account.Viewer;
import org.parley.platform.Side;
import org.parley.subgroup.NewSubgroup;
import org.parley.subgroup.Participant;
import org.parley.subgroup.Subgroup;
import org.parley.subgroup.SubgroupStatus;
import org.parley.subgroup.Subgroups;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Subgroups")
class SubgroupApi {

    record SubgroupResponse(long id, long tableId, String name, List<String> charge, SubgroupStatus status, boolean attributeOptions,
                            Map<Side, List<Participant>> coLeads, Map<Side, List<Participant>> members, List<Participant> facilitators,
                            List<Participant> observers, List<Long> meetingSessionIds) {

        static SubgroupResponse of(Subgroup s) {
            return new SubgroupResponse(s.id(), s.tableId(), s.name(), s.charge(), s.status(), s.attributeOptions(),
                    Map.of(Side.LABOR, s.coLeads(Side.LABOR), Side.MANAGEMENT, s.coLeads(Side.MANAGEMENT)),
                    Map.of(Side.LABOR, s.members(Side.LABOR), Side.MANAGEMENT, s.members(Side.MANAGEMENT)),
                    s.withRole(org.parley.subgroup.ParticipantRole.FACILITATOR), s.withRole(org.parley.subgroup.ParticipantRole.OBSERVER),
                    s.meetingSessionIds());
        }
    }

    record StatusRequest(SubgroupStatus status) {
    }

    record SettingsRequest(boolean attributeOptions) {
    }

    record ObserverRequest(long accountId, String localUnion, boolean caucus) {
    }

    record MeetingRequest(long sessionId) {
    }

    private final Subgroups subgroups;

    SubgroupApi(Subgroups subgroups) {
        this.subgroups = subgroups;
    }

    @PostMapping("/tables/{tableId}/subgroups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Charter a subgroup of a table: name, charge, co-leads per side, members, facilitators")
    SubgroupResponse charter(Viewer viewer, @PathVariable long tableId, @RequestBody NewSubgroup request) {
        return SubgroupResponse.of(subgroups.charter(viewer, tableId, request));
    }

    @GetMapping("/tables/{tableId}/subgroups")
    @Operation(summary = "A table's subgroups (facilitators and observers: those they take part in)")
    List<SubgroupResponse> ofTable(Viewer viewer, @PathVariable long tableId) {
        return subgroups.ofTable(viewer, tableId).stream().map(SubgroupResponse::of).toList();
    }

    @GetMapping("/subgroups/{id}")
    SubgroupResponse get(Viewer viewer, @PathVariable long id) {
        return SubgroupResponse.of(subgroups.get(viewer, id));
    }

    @PostMapping("/subgroups/{id}/status")
    @Operation(summary = "Move a subgroup to CHARTERED, WORKING, REPORTED or CLOSED")
    SubgroupResponse status(Viewer viewer, @PathVariable long id, @RequestBody StatusRequest request) {
        return SubgroupResponse.of(subgroups.changeStatus(viewer, id, request.status()));
    }

    @PostMapping("/subgroups/{id}/settings")
    @Operation(summary = "Whether options show the side that put them forward (by default they do not)")
    SubgroupResponse settings(Viewer viewer, @PathVariable long id, @RequestBody SettingsRequest request) {
        return SubgroupResponse.of(subgroups.attributeOptions(viewer, id, request.attributeOptions()));
    }

    @PostMapping("/subgroups/{id}/observers")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Name an observer selected by a local union; caucus: whether their local lets them attend the labor caucus")
    SubgroupResponse observer(Viewer viewer, @PathVariable long id, @RequestBody ObserverRequest request) {
        return SubgroupResponse.of(subgroups.addObserver(viewer, id, request.accountId(), request.localUnion(), request.caucus()));
    }

    @PostMapping("/subgroups/{id}/meetings")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record that the subgroup met at a session of its table (its console and ledger serve the meeting)")
    SubgroupResponse meeting(Viewer viewer, @PathVariable long id, @RequestBody MeetingRequest request) {
        return SubgroupResponse.of(subgroups.addMeeting(viewer, id, request.sessionId()));
    }
}
