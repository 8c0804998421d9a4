package cn.kesu.api;

/** A query parameter the API cannot read (not a date, not a step, out of range): 400 naming the parameter. */
public class BadQueryException extends RuntimeException {

    private final String parameter;

    public BadQueryException(String parameter) {
        super("bad query parameter " + parameter);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
