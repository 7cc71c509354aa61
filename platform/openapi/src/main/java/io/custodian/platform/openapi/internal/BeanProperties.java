package io.custodian.platform.openapi.internal;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The JSON properties Jackson would write for a type: record components in declaration order,
 * otherwise public fields and getters sorted by name.
 */
final class BeanProperties {

    /**
     * @param name     JSON property name
     * @param type     declared (possibly generic) type
     * @param required whether the value is always present
     */
    record Property(String name, Type type, boolean required) {
    }

    private BeanProperties() {
    }

    static List<Property> of(Class<?> type) {
        return type.isRecord() ? recordProperties(type) : beanProperties(type);
    }

    private static List<Property> recordProperties(Class<?> type) {
        List<Property> properties = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            Field field = declaredField(type, component.getName());
            if (JacksonNames.ignored(component.getAccessor(), field)) {
                continue;
            }
            String name = JacksonNames.renamed(component.getAccessor(), field).orElse(component.getName());
            // The house style models absent values as Optional; every other component is always written.
            properties.add(new Property(name, component.getGenericType(), !isOptional(component.getType())));
        }
        return properties;
    }

    private static List<Property> beanProperties(Class<?> type) {
        Map<String, Property> byName = new LinkedHashMap<>();
        for (Field field : type.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) && !JacksonNames.ignored(field)) {
                String name = JacksonNames.renamed(field).orElse(field.getName());
                byName.put(name, new Property(name, field.getGenericType(), field.getType().isPrimitive()));
            }
        }
        for (Method method : type.getMethods()) {
            Optional<String> property = getterProperty(method);
            if (property.isEmpty()) {
                continue;
            }
            Field field = declaredField(type, property.get());
            if (JacksonNames.ignored(method, field)) {
                byName.remove(property.get());
                continue;
            }
            String name = JacksonNames.renamed(method, field).orElse(property.get());
            byName.put(name, new Property(name, method.getGenericReturnType(), method.getReturnType().isPrimitive()));
        }
        return byName.values().stream().sorted(Comparator.comparing(Property::name)).toList();
    }

    private static Optional<String> getterProperty(Method method) {
        if (Modifier.isStatic(method.getModifiers()) || method.getParameterCount() != 0
                || method.getReturnType() == void.class || method.getDeclaringClass() == Object.class
                || method.isBridge() || method.isSynthetic()) {
            return Optional.empty();
        }
        String name = method.getName();
        if (name.startsWith("get") && name.length() > 3) {
            return Optional.of(decapitalize(name.substring(3)));
        }
        boolean bool = method.getReturnType() == boolean.class || method.getReturnType() == Boolean.class;
        if (bool && name.startsWith("is") && name.length() > 2) {
            return Optional.of(decapitalize(name.substring(2)));
        }
        return Optional.empty();
    }

    /** Jackson's default: lower-case the leading run of capitals ({@code getURL} gives {@code url}). */
    private static String decapitalize(String name) {
        StringBuilder out = new StringBuilder(name);
        for (int i = 0; i < out.length() && Character.isUpperCase(out.charAt(i)); i++) {
            out.setCharAt(i, Character.toLowerCase(out.charAt(i)));
        }
        return out.toString();
    }

    static boolean isOptional(Class<?> type) {
        return type == Optional.class || type == OptionalInt.class || type == OptionalLong.class
                || type == OptionalDouble.class;
    }

    private static Field declaredField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // try the superclass
            }
        }
        return null;
    }
}
