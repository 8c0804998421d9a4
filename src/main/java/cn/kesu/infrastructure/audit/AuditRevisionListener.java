package cn.kesu.infrastructure.audit;

import jakarta.ejb.EJBContext;
import jakarta.enterprise.inject.spi.CDI;
import org.hibernate.envers.RevisionListener;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import java.security.Principal;

/**
 * Stamps each revision with the caller. Changes happen inside department beans, whose EJB context
 * knows the caller (also a run-as identity); elsewhere the container's {@link Principal} bean does.
 */
public class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        ((AuditRevision) revisionEntity).setUsername(callerName());
    }

    private static String callerName() {
        String name;
        try {
            name = ((EJBContext) new InitialContext().lookup("java:comp/EJBContext")).getCallerPrincipal().getName();
        } catch (NamingException | IllegalStateException notInAnEjb) {
            Principal principal = CDI.current().select(Principal.class).get();
            name = principal == null ? null : principal.getName();
        }
        return name == null || name.isBlank() ? "system" : name;
    }
}
