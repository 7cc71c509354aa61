package io.custodian.platform.plugin.pf4j.internal;

import io.custodian.plugin.api.PluginExtension;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;

/**
 * Creates an extension the way {@link java.util.ServiceLoader} would: the listed class, loaded by the plugin's
 * class loader, implementing the extension point, created through its public no-argument constructor.
 */
public final class ExtensionInstantiator {

    private ExtensionInstantiator() {
    }

    /** A new instance of {@code className}, checked to be a {@code extensionPoint}. */
    public static <T extends PluginExtension> T create(ClassLoader pluginLoader, String className, Class<T> extensionPoint)
            throws PluginJarRefusal {
        String listedIn = "META-INF/services/" + extensionPoint.getName();
        Class<?> type;
        try {
            type = Class.forName(className, false, pluginLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new PluginJarRefusal(listedIn + " names " + className + ", which cannot be loaded from the jar: " + e, e);
        }
        if (!extensionPoint.isAssignableFrom(type)) {
            throw new PluginJarRefusal(listedIn + " names " + className + ", which does not implement " + extensionPoint.getName());
        }
        if (Modifier.isAbstract(type.getModifiers()) || !Modifier.isPublic(type.getModifiers())) {
            throw new PluginJarRefusal(listedIn + " names " + className + ", which is not a public concrete class");
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return extensionPoint.cast(constructor.newInstance());
        } catch (NoSuchMethodException e) {
            throw new PluginJarRefusal(className + " has no public constructor without arguments", e);
        } catch (InvocationTargetException e) {
            throw new PluginJarRefusal(className + " failed in its constructor: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            throw new PluginJarRefusal(className + " cannot be created: " + e, e);
        }
    }
}
