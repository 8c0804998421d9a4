package cn.kesu.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What Jakarta REST itself refuses (no such path, method not allowed, a body that is not JSON of the right shape,
 * an unacceptable media type) as a problem with the status it chose.
 */
@Provider
public class HttpErrorMapper extends ProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException refused) {
        int status = refused.getResponse().getStatus();
        String kind = switch (status) {
            case 404 -> "notFound";
            case 405 -> "method";
            case 406, 415 -> "mediaType";
            default -> status >= 500 ? "unexpected" : "badRequest";
        };
        return Problems.plain(status, kind, locale(), path());
    }
}
