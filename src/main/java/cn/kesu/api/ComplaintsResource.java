package cn.kesu.api;

import cn.kesu.business.api.clients.ApiCaller;
import cn.kesu.business.api.ApiIntake;
import cn.kesu.business.api.ApiReading;
import cn.kesu.business.api.clients.ApiSecrets;
import cn.kesu.business.api.CaseChange;
import cn.kesu.business.api.CaseReference;
import cn.kesu.business.api.Filed;
import cn.kesu.business.api.IntakeSlip;
import cn.kesu.business.complaint.intake.AttachmentPolicy;
import cn.kesu.business.complaint.query.CaseFilter;
import cn.kesu.business.complaint.query.CaseQueries;
import cn.kesu.business.complaint.query.CaseSort;
import cn.kesu.business.complaint.query.RowCount;
import cn.kesu.business.complaint.slip.SlipDocuments;
import cn.kesu.model.api.ApiRequestKey;
import cn.kesu.model.complaint.Step;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * 客诉 for machines: file a slip (a draft for business) and its attachments, read a case, list cases, follow
 * their changes, download the signed slip. What a client may call follows from its scopes, checked again by the
 * department beans through the role each scope acts as.
 */
@Path("complaints")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComplaintsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int MAX_PAGE_SIZE = 100;

    @Inject
    ApiIntake intake;

    @Inject
    ApiReading reading;

    @Inject
    CaseQueries queries;

    @Inject
    SlipDocuments slips;

    @Context
    HttpServletRequest request;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    /**
     * 填具客户抱怨处理表: a new draft slip for business. 201 with its address, 200 for a retry of a filed one. The
     * request is told from another by the slip as read, so a retry may format its JSON differently.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@HeaderParam(IDEMPOTENCY_KEY) String requestKey, IntakeSlip slip) {
        Optional<Response> missing = requireKey(requestKey);
        if (missing.isPresent()) {
            return missing.get();
        }
        if (slip == null) {
            return Problems.plain(Response.Status.BAD_REQUEST, "json", locale(), uri.getPath());
        }
        String hash = ApiSecrets.hash("POST /complaints\n" + Problems.JSON.toJson(slip.canonical()));
        Filed filed = once(requestKey, hash, () -> intake.file(caller(), requestKey, hash, slip));
        return created(filed, uri.getBaseUriBuilder().path("complaints").path(CaseReference.of(filed.caseId())).build());
    }

    /**
     * 附件: a photo or PDF letter for a case, the file's bytes as the body and its name in {@code fileName}; the
     * same size and type limits as the screen's upload.
     */
    @POST
    @Path("{reference}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("reference") String reference, @HeaderParam(IDEMPOTENCY_KEY) String requestKey,
                           @QueryParam("fileName") String fileName, InputStream body) throws IOException {
        Optional<Response> missing = requireKey(requestKey);
        if (missing.isPresent()) {
            return missing.get();
        }
        byte[] content = readAtMost(body, (int) AttachmentPolicy.MAX_BYTES);
        if (content == null) {
            return Problems.plain(Response.Status.REQUEST_ENTITY_TOO_LARGE, "tooLarge", locale(), uri.getPath());
        }
        Long caseId = caseIdOf(reference);
        String hash = ApiSecrets.hash("POST /complaints/" + caseId + "/attachments\n" + fileName + "\n"
                + ApiSecrets.hash(content));
        Filed filed = once(requestKey, hash, () -> intake.attach(caller(), requestKey, hash, caseId, fileName, content));
        URI at = uri.getBaseUriBuilder().path("complaints").path(CaseReference.of(caseId)).build();
        return created(filed, at);
    }

    /** A case by its number ({@code 261107}), or by {@code id-} and the id its filing answered (drafts have no number). */
    @GET
    @Path("{reference}")
    public CaseDocument find(@PathParam("reference") String reference) {
        return CaseDocument.of(reading.find(reference), locale());
    }

    /**
     * 登记追踪表 for machines: the numbered cases, filtered like the ledger, 20 (at most 100) a page. The count stops at
     * 1,000 ({@code more}); filter by month ({@code month=2026-11}) for more, or follow {@code /changes}.
     */
    @GET
    public CasePage list(@QueryParam("number") String number, @QueryParam("customer") String customer,
                         @QueryParam("partNo") String partNo, @QueryParam("step") String step,
                         @QueryParam("month") String month, @QueryParam("page") @DefaultValue("0") String pageText,
                         @QueryParam("size") @DefaultValue("20") String sizeText) {
        int page = parse(() -> Integer.parseInt(pageText), "page");
        int size = parse(() -> Integer.parseInt(sizeText), "page");
        CaseFilter filter = new CaseFilter(blankToNull(number), blankToNull(customer), blankToNull(partNo),
                step == null || step.isBlank() ? null : parse(() -> Step.valueOf(step), "step"), false,
                month == null || month.isBlank() ? null : parse(() -> YearMonth.parse(month), "month"));
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE || (long) page * size >= RowCount.LIMIT) {
            throw new BadQueryException("page");
        }
        RowCount count = queries.ledgerCount(filter);
        List<CaseDocument> items = queries.ledger(filter, page * size, size, CaseSort.NUMBER, false).stream()
                .map(row -> CaseDocument.of(row, locale())).toList();
        return new CasePage(items, page, size, count.rows(), count.more());
    }

    /**
     * The cases changed after {@code since} (ISO-8601, e.g. {@code 2026-12-01T00:00:00Z}), earliest first; ask again
     * with {@code since} = the answer's {@code next} until {@code changes} is empty.
     */
    @GET
    @Path("changes")
    public ChangePage changes(@QueryParam("since") String since,
                              @QueryParam("limit") @DefaultValue("100") String limitText) {
        int limit = parse(() -> Integer.parseInt(limitText), "limit");
        if (since == null || since.isBlank()) {
            throw new BadQueryException("since");
        }
        Instant from = parse(() -> Instant.parse(since), "since");
        if (limit < 1 || limit > 1000) {
            throw new BadQueryException("limit");
        }
        List<CaseChange> changes = reading.changedSince(from, limit);
        return new ChangePage(changes, changes.isEmpty() ? from : changes.get(changes.size() - 1).changedAt());
    }

    /** The signed 客户抱怨处理表 as PDF: the archived file of a closed case, the current state of an open one. */
    @GET
    @Path("{reference}/slip")
    @Produces("application/pdf")
    public Response slip(@PathParam("reference") String reference) {
        Long caseId = reading.idOf(reference);
        byte[] pdf = slips.signedSlip(caseId);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"slip-" + caseId + ".pdf\"").build();
    }

    /** A page of cases; {@code total} counts at most 1,000, and {@code more} says that more match. */
    public record CasePage(List<CaseDocument> items, int page, int size, int total, boolean more) {
    }

    /** Changed cases, and the {@code since} to ask with next. */
    public record ChangePage(List<CaseChange> changes, Instant next) {
    }

    /** An intake client may not read cases, so it names its drafts by the ids its filings answered. */
    private Long caseIdOf(String reference) {
        Long id = CaseReference.idIn(reference);
        if (id == null) {
            throw new cn.kesu.business.complaint.workflow.UnknownCaseException(reference);
        }
        return id;
    }

    /**
     * Runs a filing once per key: a second request racing with the first loses on the key's unique index and its
     * transaction rolls back; it then answers what the first one filed.
     */
    private Filed once(String requestKey, String hash, java.util.function.Supplier<Filed> filing) {
        try {
            return filing.get();
        } catch (EJBAccessException denied) {
            throw denied;
        } catch (EJBException raced) {
            return intake.earlier(caller(), requestKey, hash).orElseThrow(() -> raced);
        }
    }

    private static Response created(Filed filed, URI location) {
        Response.ResponseBuilder answer = filed.repeated() ? Response.ok() : Response.created(location);
        return answer.location(location).entity(filed).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Optional<Response> requireKey(String requestKey) {
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > ApiRequestKey.KEY_LENGTH) {
            return Optional.of(Problems.plain(Response.Status.BAD_REQUEST, "idempotencyKey", locale(), uri.getPath()));
        }
        return Optional.empty();
    }

    /**
     * The body, or null when it is longer than {@code limit} bytes: refused by its declared length before it is read,
     * else read no further than the limit. The server's own limit on a request body (Undertow's max-post-size)
     * counts as too long as well.
     */
    private byte[] readAtMost(InputStream body, int limit) throws IOException {
        if (request.getContentLengthLong() > limit) {
            return null;
        }
        try {
            byte[] read = body.readNBytes(limit + 1);
            return read.length > limit ? null : read;
        } catch (IOException e) {
            if ("RequestTooBigException".equals(e.getClass().getSimpleName())) {
                return null;
            }
            throw e;
        }
    }

    private ApiCaller caller() {
        return (ApiCaller) request.getAttribute(ApiCaller.ATTRIBUTE);
    }

    private Locale locale() {
        return ApiLanguage.of(headers);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String parameter) {
        try {
            return parser.get();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new BadQueryException(parameter);
        }
    }
}
