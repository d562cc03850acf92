package org.parley.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.parley.account.Account;
import org.parley.account.Accounts;
import org.parley.account.MemberStanding;
import org.parley.account.NewAccount;
import org.parley.account.Role;
import org.parley.account.Viewer;
import org.parley.platform.ParleyException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwords;
    private final Clock clock;
    private final ObjectProvider<MemberStanding> standings;

    AccountService(AccountRepository accounts, PasswordEncoder passwords, Clock clock, ObjectProvider<MemberStanding> standings) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.clock = clock;
        this.standings = standings;
    }

    @Override
    @Transactional
    public Account create(Viewer by, NewAccount account) {
        by.requireAdmin();
        String username = Accounts.checkedUsername(account.username());
        String displayName = ParleyException.requireText(account.displayName(), "A display name");
        Role role = ParleyException.require(account.role(), "A role");
        String password = Accounts.checkedPassword(account.password());
        try {
            long id = accounts.insert(username, displayName, role, passwords.encode(password), clock.instant());
            return new Account(id, username, displayName, role, true);
        } catch (DuplicateKeyException e) {
            throw ParleyException.conflict("The username '" + username + "' is already taken.");
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Account> list(Viewer by) {
        by.requireAdmin();
        return accounts.all();
    }

    @Override
    @Transactional
    public void changePassword(Viewer by, long accountId, String newPassword) {
        if (!by.isAdmin() && by.accountId() != accountId) {
            throw ParleyException.forbidden("Only an administrator may change another account's password.");
        }
        Account account = existing(accountId);
        accounts.updatePassword(account.id(), passwords.encode(Accounts.checkedPassword(newPassword)));
    }

    @Override
    @Transactional
    public void setEnabled(Viewer by, long accountId, boolean enabled) {
        by.requireAdmin();
        if (by.accountId() == accountId && !enabled) {
            throw ParleyException.conflict("You cannot disable the account you are signed in with.");
        }
        accounts.updateEnabled(existing(accountId).id(), enabled);
        if (!enabled) {
            accounts.endAccess(accountId);
        }
    }

    @Override
    @Transactional
    public void endAccess(long accountId) {
        accounts.endAccess(accountId);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean hasAccess(long accountId) {
        return accounts.standing(accountId).filter(AccountRepository.Standing::enabled)
                .filter(s -> s.role() != Role.MEMBER || inGoodStanding(accountId)).isPresent();
    }

    /** A member account made inactive on every roster it is on may no longer be used. */
    boolean inGoodStanding(long accountId) {
        return standings.stream().allMatch(s -> s.inGoodStanding(accountId));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Viewer> viewerOf(String username) {
        return accounts.credentials(username)
                .map(AccountRepository.Credentials::account)
                .filter(Account::enabled)
                .map(AccountService::viewer);
    }

    @Override
    @Transactional
    public Viewer createOrReset(String username, String displayName, Role role, String password) {
        String hash = passwords.encode(ParleyException.requireText(password, "A password"));
        Optional<Account> existing = accounts.credentials(username).map(AccountRepository.Credentials::account);
        if (existing.isPresent()) {
            accounts.updatePassword(existing.get().id(), hash);
            accounts.updateProfile(existing.get().id(), displayName, role);
            accounts.updateEnabled(existing.get().id(), true);
            return new Viewer(existing.get().id(), username, displayName, role);
        }
        long id = accounts.insert(username, displayName, role, hash, clock.instant());
        return new Viewer(id, username, displayName, role);
    }

    @Override
    @Transactional
    public Viewer memberAccount(Long accountId, String username, String displayName) {
        if (accountId != null) {
            Account account = existing(accountId);
            if (account.role() != Role.MEMBER || !account.enabled()) {
                throw ParleyException.conflict("The account linked to this member is not an enabled member account.");
            }
            return viewer(account);
        }
        String name = Accounts.checkedUsername(username);
        Optional<Account> taken = accounts.credentials(name).map(AccountRepository.Credentials::account);
        if (taken.isPresent()) {
            if (taken.get().role() != Role.MEMBER || !taken.get().enabled()) {
                throw ParleyException.conflict("The username '" + name + "' belongs to another kind of account.");
            }
            return viewer(taken.get());
        }
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        String unusable = passwords.encode(java.util.HexFormat.of().formatHex(secret));
        String shown = ParleyException.requireText(displayName, "A member's name");
        long id = accounts.insert(name, shown, Role.MEMBER, unusable, clock.instant());
        return new Viewer(id, name, shown, Role.MEMBER);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Account> find(String username) {
        return username == null ? Optional.empty()
                : accounts.credentials(username.strip().toLowerCase()).map(AccountRepository.Credentials::account);
    }

    private Account existing(long accountId) {
        return accounts.find(accountId).orElseThrow(() -> ParleyException.notFound("There is no account " + accountId + "."));
    }

    static Viewer viewer(Account account) {
        return new Viewer(account.id(), account.username(), account.displayName(), account.role());
    }
}
