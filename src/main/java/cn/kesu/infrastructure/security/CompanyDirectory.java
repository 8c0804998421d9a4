package cn.kesu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.evidence.PasswordGuessEvidence;

import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * 公司目录: checks a password against the company's LDAP / Active Directory. The directory is an Elytron LDAP
 * realm that {@code wildfly-config/directory.cli} configures as the deployment's security domain; the realm binds
 * to the directory as the person (direct verification), so 客诉 never sees the directory's password hashes.
 *
 * <p>Only identities that carry the directory entry's {@code dn} are accepted: on a server without
 * directory.cli the deployment's domain is WildFly's ApplicationDomain, whose properties file must not become
 * the company directory.
 */
@ApplicationScoped
public class CompanyDirectory {

    private static final Logger LOG = Logger.getLogger(CompanyDirectory.class.getName());

    /** The names the directory is asked about: user names as 客诉 makes them, nothing that could widen a search. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,49}");

    /** The identity attributes directory.cli maps from the directory entry. */
    static final String DN = "dn";
    static final String FULL_NAME = "fullName";
    static final String EMAIL = "email";
    static final String GROUPS = "groups";

    /**
     * The directory's entry for {@code name} when {@code password} is its password; empty when it is not, when
     * the directory does not know the name or has disabled it, or when no directory is configured or reachable.
     */
    public Optional<DirectoryEntry> verify(String name, char[] password) {
        if (!NAME.matcher(name).matches() || password.length == 0) {
            return Optional.empty();
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            LOG.warning("客诉: no security domain, so no company directory, for the directory account " + name);
            return Optional.empty();
        }
        SecurityIdentity identity;
        try {
            identity = domain.authenticate(name, new PasswordGuessEvidence(password.clone()));
        } catch (RealmUnavailableException unavailable) {
            LOG.warning(() -> "客诉: the company directory did not answer for " + name + ": " + unavailable);
            return Optional.empty();
        } catch (SecurityException refused) {
            if (unavailable(refused)) {
                LOG.warning(() -> "客诉: the company directory did not answer for " + name + ": " + refused);
            }
            return Optional.empty();
        }
        Attributes attributes = identity.getAttributes();
        if (!attributes.containsKey(DN) || attributes.get(DN).isEmpty()) {
            LOG.warning(() -> "客诉: the security domain is not the company directory (no dn for " + name
                    + "); apply wildfly-config/directory.cli");
            return Optional.empty();
        }
        return Optional.of(new DirectoryEntry(first(attributes, FULL_NAME), first(attributes, EMAIL),
                attributes.containsKey(GROUPS) ? Set.copyOf(attributes.get(GROUPS)) : Set.of()));
    }

    private static String first(Attributes attributes, String key) {
        return attributes.containsKey(key) && !attributes.get(key).isEmpty() ? attributes.getFirst(key) : null;
    }

    private static boolean unavailable(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof RealmUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
