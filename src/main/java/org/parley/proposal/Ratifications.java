package org.parley.proposal;

/**
 * Whether a negotiation's tentative contract is put to its members for ratification. The proposal
 * module only declares it; the module that holds ratification votes implements it, so that members
 * may read the tentative contract they vote on without this module depending on that one.
 */
public interface Ratifications {

    /** True once a ratification vote of this negotiation has been announced to its members. */
    boolean putToMembers(long negotiationId);
}
