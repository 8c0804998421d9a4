package cn.kesu.business.complaint.slip;

import cn.kesu.business.complaint.workflow.CaseClosed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Archives the slip of a case once its closing has committed: the closing transaction's own end (its version
 * increment) is then in the file. Should the archive fail, the case stays closed and its slip is rendered on
 * download as before; the failure is logged for the administrator.
 */
@ApplicationScoped
public class SlipArchiving {

    private static final Logger LOG = Logger.getLogger(SlipArchiving.class.getName());

    @EJB
    SlipArchiver archiver;

    void closed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CaseClosed closed) {
        Long caseId = closed.complaint().getId();
        try {
            archiver.archive(caseId);
        } catch (RuntimeException failed) {
            LOG.log(Level.SEVERE, "客诉: the slip of case " + caseId + " was not archived at closing", failed);
        }
    }
}
