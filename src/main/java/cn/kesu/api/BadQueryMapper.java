package cn.kesu.api;

import cn.kesu.business.common.Texts;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** A query parameter that cannot be read: 400, naming it. */
@Provider
public class BadQueryMapper implements ExceptionMapper<BadQueryException> {

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(BadQueryException bad) {
        Locale locale = ApiLanguage.of(headers);
        String message = Texts.text(locale, "api.problem.query." + bad.parameter());
        return Problems.of(400, "invalid", locale, message, uri.getPath(),
                List.of(new Problem.FieldError(bad.parameter(), message)));
    }
}
