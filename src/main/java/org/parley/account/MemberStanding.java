package org.parley.account;

/**
 * Whether a member account is still in good standing with the union. The account module only declares
 * it; the module that keeps the roster implements it, so that password sign-in, tokens and feeds can
 * refuse a member made inactive without the account module depending on the roster.
 */
public interface MemberStanding {

    /** False when the account is on a roster and every one of its entries there is inactive. */
    boolean inGoodStanding(long accountId);
}
