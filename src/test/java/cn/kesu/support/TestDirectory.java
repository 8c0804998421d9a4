package cn.kesu.support;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import com.unboundid.ldif.LDIFException;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.InetAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The company directory of the test server: an in-memory LDAP directory (UnboundID) inside the server, where the
 * test server's directory realm (directory.cli, KESU_DIRECTORY_* in the pom) looks for it. People are
 * {@code inetOrgPerson} under {@code ou=people}, groups {@code groupOfNames} under {@code ou=groups}, as on an
 * OpenLDAP or 389 DS; {@code nsAccountLock: TRUE} disables a person as 389 DS does.
 */
@ApplicationScoped
public class TestDirectory {

    public static final String BASE = "dc=kesu,dc=test";
    public static final String PEOPLE = "ou=people," + BASE;
    public static final String GROUPS = "ou=groups," + BASE;

    private InMemoryDirectoryServer server;

    /** Starts the directory on the port the realm is configured with, once per deployment. */
    public synchronized TestDirectory started() {
        if (server != null) {
            return this;
        }
        try {
            URI url = URI.create(System.getenv("KESU_DIRECTORY_URL"));
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
            config.addAdditionalBindCredentials(System.getenv("KESU_DIRECTORY_BIND_DN"),
                    System.getenv("KESU_DIRECTORY_BIND_PASSWORD"));
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", InetAddress.getLoopbackAddress(),
                    url.getPort(), null));
            // No schema: nsAccountLock is 389 DS's, not in the standard schema.
            config.setSchema(null);
            InMemoryDirectoryServer directory = new InMemoryDirectoryServer(config);
            directory.add("dn: " + BASE, "objectClass: domain", "dc: kesu");
            directory.add("dn: " + PEOPLE, "objectClass: organizationalUnit", "ou: people");
            directory.add("dn: " + GROUPS, "objectClass: organizationalUnit", "ou: groups");
            directory.startListening();
            server = directory;
            return this;
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException("the test directory did not start", e);
        }
    }

    /** A person of the directory with this password, a member of {@code groups} (made when missing). */
    public void person(String uid, String fullName, String password, String... groups) {
        try {
            server.add("dn: " + dn(uid), "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + fullName,
                    "sn: " + fullName, "mail: " + uid + "@kesu.test", "userPassword: " + password);
            for (String group : groups) {
                join(uid, group);
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    public void join(String uid, String group) {
        try {
            String groupDn = "cn=" + group + "," + GROUPS;
            if (server.getEntry(groupDn) == null) {
                server.add("dn: " + groupDn, "objectClass: groupOfNames", "cn: " + group, "member: " + dn(uid));
            } else {
                server.modify(groupDn, new Modification(ModificationType.ADD, "member", dn(uid)));
            }
        } catch (LDAPException | LDIFException e) {
            throw new IllegalStateException(e);
        }
    }

    public void leave(String uid, String group) {
        modify("cn=" + group + "," + GROUPS, new Modification(ModificationType.DELETE, "member", dn(uid)));
    }

    /** The directory's administrator disables the person (389 DS / FreeIPA's account lock). */
    public void disable(String uid) {
        modify(dn(uid), new Modification(ModificationType.ADD, "nsAccountLock", "TRUE"));
    }

    public void changePassword(String uid, String password) {
        modify(dn(uid), new Modification(ModificationType.REPLACE, "userPassword", password));
    }

    private void modify(String dn, Modification... modifications) {
        try {
            server.modify(dn, new ArrayList<>(List.of(modifications)));
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The directory stops answering (its listener closes) until {@link #backAgain()}. */
    public synchronized void down() {
        server.shutDown(true);
    }

    public synchronized void backAgain() {
        try {
            server.startListening();
        } catch (LDAPException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String dn(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }

    @PreDestroy
    synchronized void stop() {
        if (server != null) {
            server.shutDown(true);
            server = null;
        }
    }
}
