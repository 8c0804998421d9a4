package cn.kesu.api;

import cn.kesu.business.common.RuleViolation;
import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything else: a refusal that arrived wrapped (an EJB exception around it) is answered as itself, a body that
 * is not the JSON asked for is 400, and a failure of the server is 500 with no detail of it, which is logged.
 */
@Provider
public class UnexpectedErrorMapper extends ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    jakarta.ws.rs.ext.Providers providers;

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Response toResponse(Exception failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause != failure && (cause instanceof RuleViolation || cause instanceof ConstraintViolationException
                    || cause instanceof EJBAccessException || cause instanceof WebApplicationException)) {
                ExceptionMapper mapper = providers.getExceptionMapper(cause.getClass());
                return mapper.toResponse(cause);
            }
            if (cause instanceof JsonbException) {
                return Problems.of(Response.Status.BAD_REQUEST, "badRequest", locale(),
                        cn.kesu.business.common.Texts.text(locale(), "api.problem.json.detail"),
                        path());
            }
        }
        LOG.log(Level.SEVERE, "API call failed: " + path(), failure);
        return Problems.plain(Response.Status.INTERNAL_SERVER_ERROR, "unexpected", locale(), path());
    }
}
