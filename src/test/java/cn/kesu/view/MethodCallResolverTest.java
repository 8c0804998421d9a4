package cn.kesu.view;

import cn.kesu.model.complaint.Step;
import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The calls MethodCallResolver takes, the answers it gives, and the calls it leaves to the standard resolver. */
class MethodCallResolverTest {

    private final MethodCallResolver resolver = new MethodCallResolver();

    /** A page bean as a page calls it: one method per name, an overload, a number and a failing call. */
    public static class PageBean {
        public String deadlineClass(Instant due) { return due == null ? "" : "kesu-overdue"; }
        public String describe(int count) { return "count " + count; }
        public String badge(String entry) { return "(" + entry + ")"; }
        public String badge(String entry, int count) { return "(" + entry + count + ")"; }
        public String fail() { throw new IllegalStateException("refused"); }
        public String sum(int... values) { return "varargs"; }
        public void overloaded(String text) { }
        public void overloaded(Integer number) { }
    }

    /** A record's component, read as the pages do (record components are not bean properties). */
    public record Row(String caseLabel) { }

    @Test
    void callsTheOneMethodOfThatNameAndArity() {
        Context context = new Context();
        assertEquals("(qa)", resolver.invoke(context, new PageBean(), "badge", null, new Object[] {"qa"}));
        assertTrue(context.isPropertyResolved());
        assertEquals("(qa3)", resolver.invoke(new Context(), new PageBean(), "badge", null, new Object[] {"qa", 3}));
        assertEquals("K-1", resolver.invoke(new Context(), new Row("K-1"), "caseLabel", null, null));
    }

    @Test
    void coercesArgumentsAsTheExpressionLanguageDoes() {
        assertEquals("count 7", resolver.invoke(new Context(), new PageBean(), "describe", null, new Object[] {"7"}));
        assertEquals("", resolver.invoke(new Context(), new PageBean(), "deadlineClass", null, new Object[] {null}));
        assertEquals("kesu-overdue", resolver.invoke(new Context(), new PageBean(), "deadlineClass", null,
                new Object[] {Instant.EPOCH}));
    }

    @Test
    void callsAnEnumsMethod() {
        Step step = Step.QA_INVESTIGATION;
        assertEquals(step.labelKey(), resolver.invoke(new Context(), step, "labelKey", null, new Object[0]));
    }

    @Test
    void callsAPrivateImplementationThroughItsPublicInterface() {
        Map<String, String> people = Collections.unmodifiableMap(new HashMap<>(Map.of("qa", "质量")));
        assertEquals(people.entrySet(), resolver.invoke(new Context(), people, "entrySet", null, new Object[0]));
    }

    @Test
    void wrapsWhatTheMethodThrows() {
        ELException wrapped = assertThrows(ELException.class,
                () -> resolver.invoke(new Context(), new PageBean(), "fail", null, new Object[0]));
        assertEquals("refused", wrapped.getCause().getMessage());
    }

    @Test
    void leavesEveryOtherCallToTheStandardResolver() {
        Context context = new Context();
        assertNull(resolver.invoke(context, new PageBean(), "overloaded", null, new Object[] {"x"}));
        assertNull(resolver.invoke(context, new PageBean(), "sum", null, new Object[] {1}));
        assertNull(resolver.invoke(context, new PageBean(), "missing", null, new Object[0]));
        assertNull(resolver.invoke(context, new PageBean(), "badge", new Class<?>[] {String.class}, new Object[] {"x"}));
        assertNull(resolver.invoke(context, new ELClass(Step.class), "values", null, new Object[0]));
        assertNull(resolver.invoke(context, null, "badge", null, new Object[] {"x"}));
        assertFalse(context.isPropertyResolved());
    }

    /** An expression context with the language's simple coercions (no expression factory in a unit test). */
    private static final class Context extends ELContext {
        @Override
        public ELResolver getELResolver() { return null; }
        @Override
        public FunctionMapper getFunctionMapper() { return null; }
        @Override
        public VariableMapper getVariableMapper() { return null; }

        @Override
        public <T> T convertToType(Object value, Class<T> type) {
            if (type == int.class && value instanceof String text) {
                @SuppressWarnings("unchecked")
                T number = (T) Integer.valueOf(text);
                return number;
            }
            @SuppressWarnings("unchecked")
            T same = (T) value;
            return same;
        }
    }
}
