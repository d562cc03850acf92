package org.parley.member.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.audit.AuditRecord;
import org.parley.audit.AuditTrail;
import org.parley.member.NewPetition;
import org.parley.member.Petition;
import org.parley.member.PetitionKind;
import org.parley.member.Petitions;
import org.parley.member.Roster;
import org.parley.member.RosterMember;
import org.parley.member.Signature;
import org.parley.negotiation.Negotiation;
import org.parley.negotiation.Negotiations;
import org.parley.platform.Audience;
import org.parley.platform.ParleyException;
import org.parley.platform.SecretToken;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PetitionService implements Petitions {

    /** Who signs a public petition without an account, in the audit trail. */
    static final Viewer PUBLIC_SIGNER = new Viewer(0, "public", "A member of the public", Role.MEMBER);

    private final PetitionRepository repository;
    private final Roster roster;
    private final Negotiations negotiations;
    private final AuditTrail audit;
    private final Clock clock;

    PetitionService(PetitionRepository repository, Roster roster, Negotiations negotiations, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.roster = roster;
        this.negotiations = negotiations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Petition create(Viewer by, NewPetition request) {
        UnionSide.require(by);
        long negotiationId = negotiationOf(by, request.negotiationId());
        ParleyException.requireText(request.title(), "title", "The title");
        ParleyException.requireText(request.text(), "text", "The text people sign");
        if (request.title().strip().length() > 300) {
            throw ParleyException.invalidField("title", "The title has at most 300 characters.");
        }
        if (request.text().strip().length() > 20000) {
            throw ParleyException.invalidField("text", "The text people sign has at most 20,000 characters.");
        }
        Audience audience = ParleyException.require(request.audience(), "The audience (MEMBERS or PUBLIC)");
        if (audience != Audience.MEMBERS && audience != Audience.PUBLIC) {
            throw ParleyException.invalid("A petition is for MEMBERS or the PUBLIC, not " + audience + ".");
        }
        int goal = ParleyException.require(request.goal(), "goal", "The goal (signatures)");
        if (goal < 1 || goal > 10_000_000) {
            throw ParleyException.invalidField("goal", "The goal is a number of signatures from 1 to 10,000,000.");
        }
        PetitionKind kind = request.kind() == null ? PetitionKind.PETITION : request.kind();
        long id = repository.insert(negotiationId, request, kind, goal, by.displayName(), clock.instant());
        audit.record(new AuditRecord(by, negotiationId, null, audience, "petition", id,
                "started a " + kind.label().toLowerCase(), request.title().strip() + " (goal " + goal + ")"));
        return repository.find(id).orElseThrow();
    }

    /** The negotiation a request names, or the only one there is. */
    private long negotiationOf(Viewer by, Long negotiationId) {
        if (negotiationId != null) {
            return negotiations.get(by, negotiationId).id();
        }
        List<Negotiation> all = negotiations.list(by);
        if (all.size() == 1) {
            return all.get(0).id();
        }
        throw ParleyException.invalid("Say which negotiation it is for (negotiationId): there are " + all.size() + ".");
    }

    @Override
    @Transactional(readOnly = true)
    public Petition get(Viewer viewer, long petitionId) {
        return repository.find(petitionId).filter(p -> viewer.canSee(p.audience()))
                .orElseThrow(() -> ParleyException.notFound("There is no petition " + petitionId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public Petition getPublic(long petitionId) {
        return repository.find(petitionId).filter(p -> p.audience() == Audience.PUBLIC)
                .orElseThrow(() -> ParleyException.notFound("There is no public petition " + petitionId + "."));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Petition> ofNegotiation(Viewer viewer, long negotiationId) {
        List<String> audiences = viewer.visibleAudiences().stream()
                .filter(a -> a == Audience.MEMBERS || a == Audience.PUBLIC).map(Enum::name).toList();
        return audiences.isEmpty() ? List.of() : repository.ofNegotiation(negotiationId, audiences);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Petition> publicOf(long negotiationId) {
        return repository.ofNegotiation(negotiationId, List.of(Audience.PUBLIC.name()));
    }

    @Override
    @Transactional
    public Signature sign(Viewer by, long petitionId, String memberId, String name, String email) {
        Petition petition = open(get(by, petitionId), by);
        if (by.role() == Role.MEMBER) {
            RosterMember self = roster.self(by, petition.negotiationId())
                    .orElseThrow(() -> ParleyException.forbidden("You are not on this unit's roster, so you cannot sign as a member."));
            return signAsMember(by, petition, self);
        }
        UnionSide.require(by);
        if (memberId != null && !memberId.isBlank()) {
            return signAsMember(by, petition, roster.byMemberId(by, petition.negotiationId(), memberId));
        }
        return signByEmail(by, petition, name, email);
    }

    @Override
    @Transactional
    public Signature signPublic(long petitionId, String name, String email) {
        return signByEmail(PUBLIC_SIGNER, open(getPublic(petitionId), PUBLIC_SIGNER), name, email);
    }

    private Petition open(Petition petition, Viewer by) {
        LocalDate today = LocalDate.now(clock.withZone(negotiations.get(by, petition.negotiationId()).timeZone()));
        if (!petition.open(today)) {
            throw ParleyException.conflict("This " + petition.kind().label().toLowerCase() + " closed on " + petition.deadline() + ".");
        }
        return petition;
    }

    private Signature signAsMember(Viewer by, Petition petition, RosterMember member) {
        if (!member.active()) {
            throw ParleyException.conflict(member.name() + " is inactive on the roster.");
        }
        return record(by, petition, "member:" + member.id(), member.id(), member.name(), member.email(), member.memberId(), null);
    }

    private Signature signByEmail(Viewer by, Petition petition, String name, String email) {
        if (petition.audience() != Audience.PUBLIC) {
            throw ParleyException.invalid("Only members sign this " + petition.kind().label().toLowerCase() + "; it is not public.");
        }
        String signer = ParleyException.requireText(name, "Your name");
        if (signer.length() > 200) {
            throw ParleyException.invalid("A name has at most 200 characters.");
        }
        String address = normalisedEmail(email);
        return record(by, petition, "email:" + address, null, signer, address, null, SecretToken.random());
    }

    /** Trimmed, lower case, without a "mailto:": the same person typing it twice counts once. */
    static String normalisedEmail(String email) {
        String text = ParleyException.requireText(email, "Your e-mail address").toLowerCase(Locale.ROOT);
        if (text.startsWith("mailto:")) {
            text = text.substring(7).strip();
        }
        if (text.length() > 320 || !RosterCsv.EMAIL.matcher(text).matches()) {
            throw ParleyException.invalid("'" + email.strip() + "' is not an e-mail address.");
        }
        return text;
    }

    private Signature record(Viewer by, Petition petition, String key, Long rosterId, String name, String email,
            String memberId, String withdrawToken) {
        var existing = repository.signature(petition.id(), key);
        boolean counted;
        var now = clock.instant();
        String withdrawHash = withdrawToken == null ? null : SecretToken.hash(withdrawToken);
        if (existing.isPresent() && existing.get().withdrawnAt() == null) {
            counted = false;
            if (withdrawHash != null) {
                repository.resign(existing.get().id(), existing.get().name(), withdrawHash, existing.get().signedAt());
            }
        } else {
            if (existing.isPresent()) {
                repository.resign(existing.get().id(), name, withdrawHash, now);
            } else {
                repository.insertSignature(petition.id(), key, rosterId, name, email, withdrawHash, now);
            }
            counted = true;
            audit.record(new AuditRecord(by, petition.negotiationId(), null, Audience.LABOR, "petition", petition.id(),
                    "signed", name + (memberId != null ? " (" + memberId + ")" : "")));
        }
        long count = repository.find(petition.id()).orElseThrow().signatures();
        return new Signature(petition.id(), name, email, memberId, existing.map(PetitionRepository.Row::signedAt).orElse(now),
                counted, count, withdrawToken);
    }

    @Override
    @Transactional
    public void withdraw(Viewer by, long petitionId) {
        Petition petition = get(by, petitionId);
        RosterMember self = roster.self(by, petition.negotiationId())
                .orElseThrow(() -> ParleyException.forbidden("You are not on this unit's roster."));
        if (repository.withdraw(petitionId, "member:" + self.id(), clock.instant()) == 0) {
            throw ParleyException.notFound("You have not signed this " + petition.kind().label().toLowerCase() + ".");
        }
        audit.record(new AuditRecord(by, petition.negotiationId(), null, Audience.LABOR, "petition", petitionId,
                "withdrew a signature", self.name() + " (" + self.memberId() + ")"));
    }

    @Override
    @Transactional
    public void withdrawPublic(long petitionId, String withdrawToken) {
        Petition petition = getPublic(petitionId);
        if (withdrawToken == null || withdrawToken.isBlank()
                || repository.withdrawByToken(petitionId, SecretToken.hash(withdrawToken.strip()), clock.instant()) == 0) {
            throw ParleyException.notFound("That withdrawal link does not match a signature of this petition.");
        }
        audit.record(new AuditRecord(PUBLIC_SIGNER, petition.negotiationId(), null, Audience.LABOR, "petition", petitionId,
                "withdrew a signature", "a public signer"));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Signature> mine(Viewer viewer, long petitionId) {
        Petition petition = get(viewer, petitionId);
        return roster.self(viewer, petition.negotiationId())
                .flatMap(self -> repository.signature(petitionId, "member:" + self.id())
                        .filter(r -> r.withdrawnAt() == null)
                        .map(r -> new Signature(petitionId, r.name(), r.email(), self.memberId(), r.signedAt(), true,
                                petition.signatures(), null)));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Signature> signers(Viewer viewer, long petitionId) {
        UnionSide.require(viewer);
        Petition petition = get(viewer, petitionId);
        return repository.signers(petitionId).stream()
                .map(r -> new Signature(petitionId, r.name(), r.email(), null, r.signedAt(), true, petition.signatures(), null))
                .toList();
    }
}
