package vn.camau.egov.shared.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.LambdaExpression;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Calls the methods the pages name in EL ({@code #{lookup.result.code()}}, {@code #{formats.date(d)}},
 * {@code #{'status.'.concat(s)}}) through the {@link Method} found at the first call, ahead of EL's
 * BeanELResolver, which looks the method up again at every call through {@code Class.getMethods()}
 * and copies each public method of the class. The pages read records through their accessors, so a
 * page of a dossier makes dozens of such calls: on the public lookup page the look-ups took 6 % of the
 * server's CPU (README, "Performance").
 * <p>
 * It takes only the calls it resolves as BeanELResolver does: the one public method of that name and
 * number of arguments, not static, not variable-arity, reachable from here, with no parameter types
 * given by the page; the arguments coerced by the EL context. Any other call, and every property, goes
 * on to the resolvers after it. Registered in faces-config.xml; one instance per application, so
 * its cache goes with the application when it is undeployed.
 */
public final class MethodCallELResolver extends ELResolver {

    /** A method to call and its parameter types ({@code getParameterTypes} copies them each time). */
    private record Call(Method method, Class<?>[] types) {
    }

    /** By class, by method name: the call for each number of arguments, null where it is not ours. */
    private final Map<Class<?>, Map<String, Call[]>> calls = new ConcurrentHashMap<>();

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base == null || method == null || paramTypes != null) {
            return null;
        }
        int arity = params == null ? 0 : params.length;
        Class<?> type = base.getClass();
        Call[] byArity = calls.computeIfAbsent(type, c -> new ConcurrentHashMap<>())
                .computeIfAbsent(method.toString(), name -> callsNamed(type, name));
        Call call = arity < byArity.length ? byArity[arity] : null;
        if (call == null) {
            return null;
        }
        Object[] args = new Object[arity];
        for (int i = 0; i < arity; i++) {
            if (params[i] instanceof LambdaExpression lambda) {
                lambda.setELContext(context);
            }
            args[i] = context.convertToType(params[i], call.types()[i]);
        }
        Object result;
        try {
            result = call.method().invoke(base, args);
        } catch (IllegalAccessException | IllegalArgumentException e) {
            throw new ELException(e);
        } catch (InvocationTargetException e) {
            throw new ELException(e.getCause());
        }
        context.setPropertyResolved(base, method);
        return result;
    }

    /** The public methods of that name, by number of arguments; where two share one, EL chooses, not this. */
    private static Call[] callsNamed(Class<?> type, String name) {
        int most = -1;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                most = Math.max(most, m.getParameterCount());
            }
        }
        Call[] byArity = new Call[most + 1];
        boolean[] taken = new boolean[most + 1];
        for (Method m : type.getMethods()) {
            if (!m.getName().equals(name)) {
                continue;
            }
            int arity = m.getParameterCount();
            boolean ours = !taken[arity] && !m.isVarArgs() && !Modifier.isStatic(m.getModifiers())
                    && Modifier.isPublic(m.getDeclaringClass().getModifiers())
                    && m.getDeclaringClass().getModule().isExported(m.getDeclaringClass().getPackageName());
            byArity[arity] = ours ? new Call(m, m.getParameterTypes()) : null;
            taken[arity] = true;
        }
        return byArity;
    }

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
        // properties are the other resolvers' business
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
