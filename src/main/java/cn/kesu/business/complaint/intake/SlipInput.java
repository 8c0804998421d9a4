package cn.kesu.business.complaint.intake;

import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.CustomerRequest;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * What business enters on a draft slip. Quantities are required, with defects not above the
 * quantity shipped, unless the customer is still processing the goods (客户加工中未确定). A requested report
 * date, when the customer named one, is not before the day the complaint was received.
 */
@ConsistentQuantities
public record SlipInput(
        @NotNull Long customerId,
        Long abnormalityTypeId,
        @Size(max = 100) String contact,
        @NotNull Channel channel,
        @NotNull @PastOrPresent Instant receivedAt,
        @Size(max = 40) String orderNo,
        @NotBlank @Size(max = 40) String partNo,
        @PastOrPresent LocalDate shipmentDate,
        @PositiveOrZero Integer quantityShipped,
        @PositiveOrZero Integer defectQuantity,
        @NotEmpty Set<CustomerRequest> customerRequests,
        boolean quantitiesPending,
        @NotBlank @Size(max = 4000) String description,
        boolean sampleReceived,
        @NotNull Category category,
        @Size(max = 2000) String businessRemark,
        @Size(max = 50) String complainedPerson,
        LocalDate reportRequestedBy) {

    /** A slip without a requested report date (客户要求报告日期), as most are. */
    @SuppressWarnings("java:S107")
    public SlipInput(Long customerId, Long abnormalityTypeId, String contact, Channel channel, Instant receivedAt,
                     String orderNo, String partNo, LocalDate shipmentDate, Integer quantityShipped,
                     Integer defectQuantity, Set<CustomerRequest> customerRequests, boolean quantitiesPending,
                     String description, boolean sampleReceived, Category category, String businessRemark,
                     String complainedPerson) {
        this(customerId, abnormalityTypeId, contact, channel, receivedAt, orderNo, partNo, shipmentDate,
                quantityShipped, defectQuantity, customerRequests, quantitiesPending, description, sampleReceived,
                category, businessRemark, complainedPerson, null);
    }
}
