package cn.kesu.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A department bean refused the client's role: its scopes do not allow the call. 403. */
@Provider
public class AccessDeniedMapper extends ProblemMapper implements ExceptionMapper<EJBAccessException> {

    @Override
    public Response toResponse(EJBAccessException denied) {
        return Problems.plain(Response.Status.FORBIDDEN, "scope", locale(), path());
    }
}
