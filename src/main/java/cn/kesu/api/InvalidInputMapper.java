package cn.kesu.api;

import cn.kesu.business.common.Texts;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidatorFactory;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Bad input, as the department beans' Bean Validation refused it: 400, each field with its reason. */
@Provider
public class InvalidInputMapper extends ProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Inject
    ValidatorFactory validatorFactory;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        Locale locale = locale();
        List<Problem.FieldError> errors = invalid.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(Texts.field(v),
                        Texts.invalidInput(locale, v, validatorFactory.getMessageInterpolator())))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return Problems.of(400, "invalid", locale,
                String.join(Texts.text(locale, "list.separator"), errors.stream().map(Problem.FieldError::message).toList()),
                path(), errors);
    }
}
