package cn.kesu.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.evidence.PasswordGuessEvidence;

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
    /** The one identity of directory.cli's failover realm, which answers while the directory does not. */
    static final String UNANSWERED = "kesu-directory-unavailable";

    /**
     * The directory's entry for {@code name} when {@code password} is its password; refused when it is not, when
     * the directory does not know the name or has disabled it, or when no directory is configured; unavailable
     * when the directory did not answer.
     */
    public DirectoryAnswer verify(String name, char[] password) {
        if (!NAME.matcher(name).matches() || password.length == 0) {
            return DirectoryAnswer.REFUSED;
        }
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            LOG.warning("客诉: no security domain, so no company directory, for the directory account " + name);
            return DirectoryAnswer.REFUSED;
        }
        PasswordGuessEvidence evidence = new PasswordGuessEvidence(password.clone());
        SecurityIdentity identity;
        try {
            identity = domain.authenticate(name, evidence);
        } catch (RealmUnavailableException | SecurityException refused) {
            return unanswered(domain) ? DirectoryAnswer.UNAVAILABLE : DirectoryAnswer.REFUSED;
        } finally {
            evidence.destroy();
        }
        Attributes attributes = identity.getAttributes();
        if (!attributes.containsKey(DN) || attributes.get(DN).isEmpty()) {
            LOG.warning(() -> "客诉: the security domain is not the company directory (no dn for " + name
                    + "); apply wildfly-config/directory.cli");
            return DirectoryAnswer.REFUSED;
        }
        return DirectoryAnswer.accepted(new DirectoryEntry(first(attributes, FULL_NAME), first(attributes, EMAIL),
                attributes.containsKey(GROUPS) ? Set.copyOf(attributes.get(GROUPS)) : Set.of()));
    }

    /**
     * Whether the last refusal was the directory not answering. While it does not, directory.cli's failover realm
     * answers instead, and that realm knows exactly one name, {@link #UNANSWERED}, which no directory has.
     */
    private static boolean unanswered(SecurityDomain domain) {
        try {
            RealmIdentity probe = domain.getIdentity(UNANSWERED);
            try {
                boolean unanswered = probe.exists();
                if (unanswered) {
                    LOG.warning("客诉: the company directory did not answer");
                }
                return unanswered;
            } finally {
                probe.dispose();
            }
        } catch (RealmUnavailableException | SecurityException e) {
            LOG.warning(() -> "客诉: the company directory did not answer: " + e);
            return true;
        }
    }

    private static String first(Attributes attributes, String key) {
        return attributes.containsKey(key) && !attributes.get(key).isEmpty() ? attributes.getFirst(key) : null;
    }

}
