package org.parley.account;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.platform.ParleyException;

/** Creating and managing accounts. Administrators only, except where a method says otherwise. */
public interface Accounts {

    Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,79}");
    int MINIMUM_PASSWORD_LENGTH = 8;

    Account create(Viewer by, NewAccount account);

    List<Account> list(Viewer by);

    void changePassword(Viewer by, long accountId, String newPassword);

    void setEnabled(Viewer by, long accountId, boolean enabled);

    /** The viewer of an enabled account, for start-up tasks such as loading the demo. */
    Optional<Viewer> viewerOf(String username);

    /**
     * Creates the account if it is missing, or resets its password and role if it exists: the demo
     * prints a fresh password at every start.
     */
    Viewer createOrReset(String username, String displayName, Role role, String password);

    /**
     * The member account for a roster entry that signed in by an e-mailed link: the enabled
     * account {@code accountId} when given (an earlier sign-in, or the administrator's link), or a
     * new {@link Role#MEMBER} account named {@code username} with no usable password. Members never
     * sign in with a password; everyone else keeps password sign-in.
     *
     * @throws ParleyException (conflict) if the account exists but is not a member account, or is disabled
     */
    Viewer memberAccount(Long accountId, String username, String displayName);

    /** An account by id (any role, enabled or not), e.g. to name a subgroup's participants; never its password. */
    Optional<Account> byId(long accountId);

    /** The account's viewer by username (any role, enabled or not), for linking a roster entry to it. */
    Optional<Account> find(String username);

    static String checkedPassword(String password) {
        if (password == null || password.length() < MINIMUM_PASSWORD_LENGTH) {
            throw ParleyException.invalid("A password needs at least " + MINIMUM_PASSWORD_LENGTH + " characters.");
        }
        return password;
    }

    static String checkedUsername(String username) {
        String name = ParleyException.requireText(username, "A username").toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw ParleyException.invalid("A username is 2 to 80 characters: letters, digits, dot, dash or underscore.");
        }
        return name;
    }
}
