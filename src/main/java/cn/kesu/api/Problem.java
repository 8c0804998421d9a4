package cn.kesu.api;

import java.util.List;

/**
 * A refusal as {@code application/problem+json} (RFC 9457): {@code type} names the kind of refusal (the refusal's
 * class for a rule of the procedure), {@code title} and {@code detail} are the screens' texts in the caller's
 * language, {@code errors} lists bad fields one by one.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {

    /** One refused field of the request, by its name in the request and the reason in the caller's language. */
    public record FieldError(String field, String message) {
    }
}
