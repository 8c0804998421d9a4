package cn.kesu.view;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Removes from every submitted field the control characters no keyboard types (NUL, escape, bell …; tab
 * and line breaks stay). They carry nothing a complaint needs, they would be stored invisibly or, in the case
 * of NUL, refused by PostgreSQL with an error; so a pasted or forged one is dropped before anything reads it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ControlCharacterFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern UNTYPEABLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter("POST".equals(request.getMethod()) || request.getQueryString() != null
                ? new Cleaned(request) : request, response);
    }

    static String clean(String value) {
        return value == null ? null : UNTYPEABLE.matcher(value).replaceAll("");
    }

    /** The request with its parameters cleaned, read once on first use. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            if (parameters == null) {
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) ->
                        cleaned.put(name, Arrays.stream(values).map(ControlCharacterFilter::clean).toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
