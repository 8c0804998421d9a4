package cn.kesu.view;

import jakarta.el.ELClass;
import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds the method a page's expression calls ({@code #{row.currentStep.labelKey()}}, {@code #{menuView.badge(entry)}})
 * once per class, name and number of arguments, instead of at every call.
 *
 * <p>Why: the server's expression language (jboss-el-api, {@code BeanELResolver.invoke}) asks the class for all its
 * public methods at every call ({@code Class.getMethods}, which copies each of them). A page bean's CDI proxy has
 * hundreds; a list page makes a few hundred such calls per render, and the copies were the largest single kind of
 * garbage a work list made (issue 17).
 *
 * <p>Only the unambiguous call is taken here: exactly one public method of that name and number of parameters, not
 * variable-arity, called from a value expression. Anything else (overloads, varargs, a lambda argument, a method
 * expression with declared parameter types, a static call on an imported class) goes on to the standard resolver.
 * Arguments are coerced and exceptions wrapped as the standard resolver does.
 */
public class MethodCallResolver extends ELResolver {

    private static final Object[] NO_ARGUMENTS = {};

    /**
     * Per class, name and arity: the method, or empty when the call is not one this resolver takes. Keyed without
     * building a key, so a call that finds its method allocates nothing here.
     */
    private final ClassValue<Map<String, Map<Integer, Optional<Method>>>> methods = new ClassValue<>() {
        @Override
        protected Map<String, Map<Integer, Optional<Method>>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null || base instanceof ELClass) {
            return null;
        }
        Object[] arguments = params == null ? NO_ARGUMENTS : params;
        for (Object argument : arguments) {
            if (argument instanceof LambdaExpression) {
                return null;
            }
        }
        String name = method.toString();
        Class<?> type = base.getClass();
        Map<Integer, Optional<Method>> byArity = methods.get(type).computeIfAbsent(name, key -> new ConcurrentHashMap<>());
        Optional<Method> found = byArity.get(arguments.length);
        if (found == null) {
            found = single(type, name, arguments.length);
            byArity.putIfAbsent(arguments.length, found);
        }
        if (found.isEmpty()) {
            return null;
        }
        Method target = found.get();
        Class<?>[] parameterTypes = target.getParameterTypes();
        Object[] coerced = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            coerced[i] = context.convertToType(arguments[i], parameterTypes[i]);
        }
        Object result;
        try {
            result = target.invoke(base, coerced);
        } catch (IllegalAccessException | IllegalArgumentException refused) {
            throw new ELException(refused);
        } catch (InvocationTargetException thrown) {
            throw new ELException(thrown.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The one public method of that name and arity, callable from here; empty when there is none or more than one. */
    static Optional<Method> single(Class<?> type, String name, int arity) {
        List<Method> candidates = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(name) && m.getParameterCount() == arity && !m.isBridge())
                .toList();
        if (candidates.size() != 1 || candidates.get(0).isVarArgs()) {
            return Optional.empty();
        }
        return accessible(type, candidates.get(0));
    }

    /**
     * The method as declared by a public type: an enum constant with a body, a CDI proxy or a private
     * implementation of a public interface declares it in a class reflection may not call from here.
     */
    private static Optional<Method> accessible(Class<?> type, Method method) {
        if (type == null) {
            return Optional.empty();
        }
        if (isPublic(type)) {
            try {
                Method declared = type.getMethod(method.getName(), method.getParameterTypes());
                if (isPublic(declared.getDeclaringClass())) {
                    return Optional.of(declared);
                }
            } catch (NoSuchMethodException notHere) {
                return Optional.empty();
            }
        }
        for (Class<?> contract : type.getInterfaces()) {
            Optional<Method> found = accessible(contract, method);
            if (found.isPresent()) {
                return found;
            }
        }
        return accessible(type.getSuperclass(), method);
    }

    private static boolean isPublic(Class<?> type) {
        return Modifier.isPublic(type.getModifiers()) && type.getModule().isExported(type.getPackageName());
    }

    // Properties are not this resolver's: it resolves nothing but method calls.

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        // not resolved here
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        return false;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
        return null;
    }
}
