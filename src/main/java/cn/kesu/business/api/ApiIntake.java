package cn.kesu.business.api;

import cn.kesu.business.api.clients.ApiCaller;
import cn.kesu.business.complaint.intake.BusinessDesk;
import cn.kesu.business.complaint.intake.CaseAttachments;
import cn.kesu.model.api.ApiRequestKey;
import cn.kesu.model.catalog.CatalogEntry;
import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.catalog.Customer;
import cn.kesu.model.user.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Clock;
import java.util.Optional;

/**
 * 接口受理: a machine files a slip as a draft for business, through {@link BusinessDesk#createDraft} like the
 * screen, and adds its attachments through {@link CaseAttachments}. Each request carries an idempotency key: the
 * key and what it filed are stored in the same transaction, unique per client, so a retried request (even two at
 * once) files one slip.
 */
@Stateless
@RolesAllowed(Roles.BUSINESS)
public class ApiIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    BusinessDesk businessDesk;

    @Inject
    CaseAttachments attachments;

    @Inject
    Clock clock;

    public Filed file(@NotNull ApiCaller caller, @NotBlank @Size(max = ApiRequestKey.KEY_LENGTH) String requestKey,
                      @NotNull String requestHash, @NotNull @Valid IntakeSlip slip) {
        Optional<Filed> earlier = earlier(caller, requestKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Long caseId = businessDesk.createDraft(slip.toSlipInput(customer(slip.customerCode()),
                abnormalityType(slip.abnormalityTypeCode())));
        remember(caller, requestKey, requestHash, caseId, null);
        return new Filed(caseId, null, false);
    }

    public Filed attach(@NotNull ApiCaller caller, @NotBlank @Size(max = ApiRequestKey.KEY_LENGTH) String requestKey,
                        @NotNull String requestHash, @NotNull Long caseId, String fileName, byte[] content) {
        Optional<Filed> earlier = earlier(caller, requestKey, requestHash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Long attachmentId = attachments.attach(caseId, fileName, content);
        remember(caller, requestKey, requestHash, caseId, attachmentId);
        return new Filed(caseId, attachmentId, false);
    }

    /**
     * What an earlier request with this key filed, when this request is its retry; refused when the key was used
     * for another request. Empty for a key not used yet.
     */
    public Optional<Filed> earlier(@NotNull ApiCaller caller, String requestKey, String requestHash) {
        return em.createNamedQuery(ApiRequestKey.OF_CLIENT, ApiRequestKey.class)
                .setParameter("client", caller.clientId()).setParameter("key", requestKey)
                .getResultStream().findFirst()
                .map(key -> {
                    if (!key.getRequestHash().equals(requestHash)) {
                        throw new IdempotencyKeyReusedException(requestKey);
                    }
                    return new Filed(key.getCaseId(), key.getAttachmentId(), true);
                });
    }

    private void remember(ApiCaller caller, String requestKey, String requestHash, Long caseId, Long attachmentId) {
        em.persist(new ApiRequestKey(caller.clientId(), requestKey, requestHash, caseId, attachmentId, clock.instant()));
        // The unique key refuses a second request racing with this one here, inside the transaction, so its slip
        // rolls back with it.
        em.flush();
    }

    private Long customer(String code) {
        return em.createQuery("select c from Customer c where c.code = :code and c.active = true", Customer.class)
                .setParameter("code", code.strip()).getResultStream().findFirst()
                .map(Customer::getId).orElseThrow(() -> new UnknownCustomerCodeException(code));
    }

    private Long abnormalityType(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("select e from CatalogEntry e where e.kind = :kind and e.code = :code and e.active = true",
                        CatalogEntry.class)
                .setParameter("kind", CatalogKind.ABNORMALITY_TYPE).setParameter("code", code.strip())
                .getResultStream().findFirst()
                .map(CatalogEntry::getId).orElseThrow(() -> new UnknownAbnormalityCodeException(code));
    }
}
