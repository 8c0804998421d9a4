package cn.kesu.business.deadline;

import cn.kesu.business.common.StaleRecordException;
import cn.kesu.model.deadline.SeverityNotice;
import cn.kesu.model.user.Roles;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;

import java.time.Clock;

/** The gm acknowledges (签收) a 重大客诉通报: he has seen that the case is major or crisis. */
@Stateless
@RolesAllowed(Roles.GM)
public class SeverityNotices {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public void acknowledge(@NotNull Long noticeId, long version) {
        SeverityNotice notice = em.find(SeverityNotice.class, noticeId);
        if (notice == null || notice.getVersion() != version) {
            throw new StaleRecordException(notice == null ? "#" + noticeId : notice.getNumber(clock.getZone()));
        }
        notice.acknowledge(session.getCallerPrincipal().getName(), clock.instant());
    }
}
