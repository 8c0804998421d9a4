package cn.kesu.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a session keeps is replicated to the other nodes of a cluster (issue 16: the application is distributable),
 * so every view- and session-scoped bean's state must be serializable: each field that is not transient, not
 * static and not injected (the container passivates injected beans itself) holds a serializable type, and so do
 * the elements of its lists, sets and maps. A view that kept an entity that is not (a case page's 对客户承诺) made
 * the session's replication fail, and with it a restarted node's state transfer, which hung.
 */
class ReplicatedStateTest {

    /** The fields of every view- and session-scoped bean of the application, read once for all the rules. */
    private static List<Field> viewAndSessionFields;

    @BeforeAll
    static void readTheBeans() throws ClassNotFoundException {
        viewAndSessionFields = new ArrayList<>();
        for (JavaClass bean : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.kesu")) {
            if (bean.isAnnotatedWith(ViewScoped.class) || bean.isAnnotatedWith(SessionScoped.class)) {
                viewAndSessionFields.addAll(List.of(Class.forName(bean.getName()).getDeclaredFields()));
            }
        }
    }

    @Test
    void everyViewAndSessionFieldIsSerializable() {
        List<String> offending = new ArrayList<>();
        for (Field field : viewAndSessionFields) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || injected(field)) {
                continue;
            }
            notSerializable(field.getGenericType(), new HashSet<>()).ifPresent(type ->
                    offending.add(name(field) + ": " + type));
        }
        assertEquals(List.of(), offending);
    }

    /**
     * A transient injected field is empty on the node that takes the session over: serialization skips it, and the
     * container does not inject a deserialized view again. The container serializes its own proxies of the beans
     * it injects (the request's Faces contexts excepted: the next rule), so they are not marked transient. A yearly
     * report opened on a node that then died failed its 查询 on the other node: its desk was empty.
     */
    @Test
    void noInjectedFieldOfAViewOrSessionBeanIsTransient() {
        assertEquals(List.of(), injectedFields(field -> Modifier.isTransient(field.getModifiers())));
    }

    /**
     * The request's Faces and external contexts are produced per request by Faces, and the container cannot
     * deserialize its proxy of them: a case page that injected one lost its user's whole session on the node that
     * took it over (WELD-001435), and the user was sent to sign in again. A view looks them up when it needs them.
     */
    @Test
    void noViewOrSessionBeanInjectsTheRequestsContexts() {
        assertEquals(List.of(), injectedFields(field -> field.getType() == FacesContext.class
                || field.getType() == ExternalContext.class));
    }

    /** The injected fields of the views and sessions that {@code breakRule}, by bean and field name. */
    private static List<String> injectedFields(Predicate<Field> breakRule) {
        return viewAndSessionFields.stream().filter(field -> injected(field) && breakRule.test(field))
                .map(ReplicatedStateTest::name).toList();
    }

    private static String name(Field field) {
        return field.getDeclaringClass().getSimpleName() + "." + field.getName();
    }

    private static boolean injected(Field field) {
        return field.isAnnotationPresent(Inject.class) || field.isAnnotationPresent(EJB.class);
    }

    /**
     * The first part of {@code type} that cannot be serialized, if any: the type itself, its type arguments, and for
     * the application's own classes the fields they hold in turn (an entity's customer, a figure's rows).
     */
    private static Optional<String> notSerializable(Type type, Set<Class<?>> seen) {
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (!Collection.class.isAssignableFrom(raw) && !Map.class.isAssignableFrom(raw)
                    && !Serializable.class.isAssignableFrom(raw)) {
                return Optional.of(type.getTypeName());
            }
            Optional<String> own = notSerializable(raw, seen);
            if (own.isPresent()) {
                return own;
            }
            for (Type argument : parameterized.getActualTypeArguments()) {
                Optional<String> inner = notSerializable(argument, seen);
                if (inner.isPresent()) {
                    return inner;
                }
            }
            return Optional.empty();
        }
        if (type instanceof GenericArrayType array) {
            return notSerializable(array.getGenericComponentType(), seen);
        }
        if (type instanceof WildcardType wildcard) {
            return notSerializable(wildcard.getUpperBounds()[0], seen);
        }
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                return notSerializable(plain.getComponentType(), seen);
            }
            if (plain.isPrimitive() || !seen.add(plain)) {
                return Optional.empty();
            }
            if (!Serializable.class.isAssignableFrom(plain) && !Collection.class.isAssignableFrom(plain)
                    && !Map.class.isAssignableFrom(plain)) {
                return Optional.of(plain.getName());
            }
            if (plain.getName().startsWith("cn.kesu.") && !plain.isEnum()) {
                for (Class<?> owner = plain; owner != null && owner.getName().startsWith("cn.kesu."); owner = owner.getSuperclass()) {
                    for (Field field : owner.getDeclaredFields()) {
                        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                            continue;
                        }
                        Optional<String> inner = notSerializable(field.getGenericType(), seen);
                        if (inner.isPresent()) {
                            return Optional.of(inner.get() + " (in " + owner.getSimpleName() + "." + field.getName() + ")");
                        }
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.of(type.getTypeName());
    }
}
