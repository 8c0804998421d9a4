package cn.kesu.api;

import cn.kesu.business.common.RuleViolation;
import cn.kesu.business.common.StaleRecordException;
import cn.kesu.business.common.Texts;
import cn.kesu.business.complaint.workflow.UnknownCaseException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Locale;

/**
 * A rule of the procedure refused the request: 422 with the screen's text, the rule's name in the problem's type
 * ({@code urn:kesu:problem:rule:<Rule>}); an unknown case is 404, a stale version 409.
 */
@Provider
public class RefusalMapper extends ProblemMapper implements ExceptionMapper<RuleViolation> {

    @Override
    public Response toResponse(RuleViolation violation) {
        Locale locale = locale();
        int status = violation instanceof UnknownCaseException ? 404
                : violation instanceof StaleRecordException ? 409 : 422;
        return Problems.of(status, "refused", "rule:" + violation.getClass().getSimpleName(), locale,
                Texts.text(locale, violation), path(), null);
    }
}
