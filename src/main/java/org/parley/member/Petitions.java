package org.parley.member;

import java.util.List;
import java.util.Optional;
import org.parley.account.Viewer;

/**
 * Petitions, pledges and sign-on letters. The labor team and administrators create them and read
 * the signers; members sign MEMBERS and PUBLIC ones; anyone signs a PUBLIC one with a name and an
 * e-mail address. A signer counts once: by member ID, or by the normalised e-mail address.
 */
public interface Petitions {

    Petition create(Viewer by, NewPetition petition);

    /** A petition the viewer's role may see. */
    Petition get(Viewer viewer, long petitionId);

    /** A PUBLIC petition, for anyone; "not found" for any other. */
    Petition getPublic(long petitionId);

    List<Petition> ofNegotiation(Viewer viewer, long negotiationId);

    /** PUBLIC petitions of a negotiation, for its public page. */
    List<Petition> publicOf(long negotiationId);

    /**
     * Signs as the signed-in member (no member ID or name needed), or, for the labor team, on a
     * member's behalf ({@code memberId}) or a public signer's ({@code name}, {@code email}).
     */
    Signature sign(Viewer by, long petitionId, String memberId, String name, String email);

    /** Anyone signs a PUBLIC petition with a name and an e-mail address. */
    Signature signPublic(long petitionId, String name, String email);

    /** The signed-in member withdraws their signature. */
    void withdraw(Viewer by, long petitionId);

    /** A public signer withdraws with the secret they were given when signing. */
    void withdrawPublic(long petitionId, String withdrawToken);

    /** Whether the signed-in member has signed (and not withdrawn). */
    Optional<Signature> mine(Viewer viewer, long petitionId);

    /** The signers, for the labor team and administrators (CSV export). */
    List<Signature> signers(Viewer viewer, long petitionId);
}
