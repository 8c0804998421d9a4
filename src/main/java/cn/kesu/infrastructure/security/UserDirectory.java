package cn.kesu.infrastructure.security;

import cn.kesu.model.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.stream.Collectors;

/**
 * The identity store of the sign-in (Jakarta Security): the application's user table, through
 * {@link SignInAttempts} so that every failure counts toward the lockout. The roles of the user become
 * the caller's groups.
 */
@ApplicationScoped
public class UserDirectory implements IdentityStore {

    @Inject
    SignInAttempts attempts;

    @Inject
    ClientAddress clientAddress;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return attempts.signIn(credential.getCaller(), credential.getPasswordAsString(), clientAddress.current())
                .map(user -> new CredentialValidationResult(user.getUsername(),
                        user.getRoles().stream().map(Role::roleName).collect(Collectors.toSet())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
