package cn.kesu.api;

import cn.kesu.business.common.Texts;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Locale;

/** Builds the problem+json answers of the API. */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:kesu:problem:";

    /** One binding for the API's answers: thread-safe, and costly to make per call. */
    static final Jsonb JSON = JsonbBuilder.create();

    private Problems() {
    }

    /** A problem whose title and detail are bundle texts ({@code api.problem.<kind>} and the given detail). */
    static Response of(Response.Status status, String kind, Locale locale, String detail, String instance) {
        return of(status.getStatusCode(), kind, locale, detail, instance, null);
    }

    static Response of(int status, String kind, Locale locale, String detail, String instance, List<Problem.FieldError> errors) {
        return of(status, kind, kind, locale, detail, instance, errors);
    }

    /** A problem of a kind with a more precise type ({@code urn:kesu:problem:<type>}), such as the rule refused. */
    static Response of(int status, String kind, String type, Locale locale, String detail, String instance,
                       List<Problem.FieldError> errors) {
        Problem problem = new Problem(TYPE_PREFIX + type, Texts.text(locale, "api.problem." + kind), status, detail,
                instance, errors);
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(JSON.toJson(problem)).build();
    }

    /** The problem's own text as the detail, for problems the bundle explains in one line. */
    static Response plain(Response.Status status, String kind, Locale locale, String instance) {
        return plain(status.getStatusCode(), kind, locale, instance);
    }

    static Response plain(int status, String kind, Locale locale, String instance) {
        return of(status, kind, locale, Texts.text(locale, "api.problem." + kind + ".detail"), instance, null);
    }
}
