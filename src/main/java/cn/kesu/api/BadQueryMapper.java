package cn.kesu.api;

import cn.kesu.business.common.Texts;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.Locale;

/** A query parameter that cannot be read: 400, naming it. */
@Provider
public class BadQueryMapper extends ProblemMapper implements ExceptionMapper<BadQueryException> {

    @Override
    public Response toResponse(BadQueryException bad) {
        Locale locale = locale();
        String message = Texts.text(locale, "api.problem.query." + bad.parameter());
        return Problems.of(400, "invalid", locale, message, path(),
                List.of(new Problem.FieldError(bad.parameter(), message)));
    }
}
