package cn.kesu.business.complaint.intake;

import cn.kesu.model.complaint.ContactChannel;
import cn.kesu.model.complaint.ContactDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.Set;

/** One contact with the customer as business records it: when, how, what was said, what was sent. */
public record ContactInput(
        @NotNull Instant contactedAt,
        @NotNull ContactChannel channel,
        @NotBlank @Size(max = 2000) String summary,
        Set<ContactDocument> documents) {
}
