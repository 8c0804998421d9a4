package cn.kesu.business.api;

import cn.kesu.business.complaint.intake.SlipInput;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.CustomerRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A 客户抱怨处理表 as a machine files it: the customer and the abnormality type by their codes in the company's
 * catalogs (a call centre knows codes, not the database's ids), everything else as business enters it on the
 * screen. The slip is checked by the same rules as the screen's ({@link SlipInput}) when it is filed.
 */
public record IntakeSlip(
        @NotBlank @Size(max = 30) String customerCode,
        @Size(max = 30) String abnormalityTypeCode,
        String contact,
        Channel channel,
        Instant receivedAt,
        String orderNo,
        String partNo,
        LocalDate shipmentDate,
        Integer quantityShipped,
        Integer defectQuantity,
        Set<CustomerRequest> customerRequests,
        boolean quantitiesPending,
        String description,
        boolean sampleReceived,
        Category category,
        String businessRemark,
        String complainedPerson,
        LocalDate reportRequestedBy) {

    /**
     * The same slip with its requests in their fixed order, so that it is written the same way on every server: a
     * retry that reaches another node, or comes after a restart, is still recognised as the same request.
     */
    public IntakeSlip canonical() {
        Set<CustomerRequest> ordered = customerRequests == null || customerRequests.isEmpty() ? Set.of()
                : java.util.EnumSet.copyOf(customerRequests);
        return new IntakeSlip(customerCode, abnormalityTypeCode, contact, channel, receivedAt, orderNo, partNo,
                shipmentDate, quantityShipped, defectQuantity, ordered.isEmpty() ? null : ordered, quantitiesPending,
                description, sampleReceived, category, businessRemark, complainedPerson, reportRequestedBy);
    }

    /** The screen's input for the entries the codes name. */
    SlipInput toSlipInput(Long customerId, Long abnormalityTypeId) {
        return new SlipInput(customerId, abnormalityTypeId, contact, channel, receivedAt, orderNo, partNo, shipmentDate,
                quantityShipped, defectQuantity, customerRequests == null ? Set.of() : customerRequests,
                quantitiesPending, description, sampleReceived, category, businessRemark, complainedPerson,
                reportRequestedBy);
    }
}
