package io.custodian.platform.openapi.internal;

import java.lang.reflect.Array;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Small reflection helpers for generic types. {@link #resolve} turns a member's declared type into
 * a concrete one given the type arguments of its owner ({@code Page<T>.items} in {@code Page<Dataset>}).
 */
final class Types {

    private Types() {
    }

    /** The erasure of a type. */
    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType g) {
            return Array.newInstance(raw(g.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        return Object.class;
    }

    /** The {@code index}th type argument, or {@code Object} for a raw type. */
    static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    /** Type-variable bindings of a concrete parameterised type ({@code T -> Dataset}). */
    static Map<TypeVariable<?>, Type> bindings(Type type) {
        Map<TypeVariable<?>, Type> bindings = new HashMap<>();
        if (type instanceof ParameterizedType p) {
            TypeVariable<?>[] variables = raw(p).getTypeParameters();
            Type[] arguments = p.getActualTypeArguments();
            for (int i = 0; i < Math.min(variables.length, arguments.length); i++) {
                bindings.put(variables[i], arguments[i]);
            }
        }
        return bindings;
    }

    /** Substitutes bound type variables; unbound ones become their first bound, wildcards their upper bound. */
    static Type resolve(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable<?> v) {
            Type bound = bindings.get(v);
            // Unbound: the erasure, which also ends self-referencing bounds such as T extends Comparable<T>.
            return bound != null ? bound : raw(v.getBounds()[0]);
        }
        if (type instanceof WildcardType w) {
            return resolve(w.getUpperBounds()[0], bindings);
        }
        if (type instanceof GenericArrayType g) {
            Type component = resolve(g.getGenericComponentType(), bindings);
            return component instanceof Class<?> c ? Array.newInstance(c, 0).getClass() : new ArrayOf(component);
        }
        if (type instanceof ParameterizedType p) {
            Type[] arguments = Arrays.stream(p.getActualTypeArguments()).map(a -> resolve(a, bindings)).toArray(Type[]::new);
            return new Parameterized(raw(p), arguments);
        }
        return type;
    }

    /** A stable identity for a concrete type, used to key named schemas. */
    static String key(Type type) {
        if (type instanceof ParameterizedType p) {
            return raw(p).getName() + Arrays.stream(p.getActualTypeArguments()).map(Types::key)
                    .collect(Collectors.joining(",", "<", ">"));
        }
        if (type instanceof GenericArrayType g) {
            return key(g.getGenericComponentType()) + "[]";
        }
        return type.getTypeName();
    }

    /** A readable schema name: {@code Dataset}, {@code PageOfDataset}, {@code MapOfStringAndOwner}. */
    static String displayName(Type type) {
        if (type instanceof ParameterizedType p) {
            return simpleName(raw(p)) + "Of" + Arrays.stream(p.getActualTypeArguments()).map(Types::displayName)
                    .collect(Collectors.joining("And"));
        }
        Class<?> raw = raw(type);
        if (raw.isArray()) {
            return displayName(raw.getComponentType()) + "Array";
        }
        return simpleName(raw);
    }

    private static String simpleName(Class<?> type) {
        String simple = type.getSimpleName();
        if (simple.isEmpty()) {
            String name = type.getName();
            simple = name.substring(name.lastIndexOf('.') + 1);
        }
        return simple.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /** A resolved parameterised type. */
    record Parameterized(Class<?> rawType, Type[] arguments) implements ParameterizedType {
        @Override
        public Type[] getActualTypeArguments() {
            return arguments.clone();
        }

        @Override
        public Type getRawType() {
            return rawType;
        }

        @Override
        public Type getOwnerType() {
            return null;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Parameterized p && rawType.equals(p.rawType) && Arrays.equals(arguments, p.arguments);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rawType, Arrays.hashCode(arguments));
        }

        @Override
        public String getTypeName() {
            return key(this);
        }
    }

    /** A resolved generic array whose component is still parameterised. */
    record ArrayOf(Type component) implements GenericArrayType {
        @Override
        public Type getGenericComponentType() {
            return component;
        }
    }
}
