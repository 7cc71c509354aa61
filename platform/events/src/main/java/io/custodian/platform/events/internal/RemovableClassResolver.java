package io.custodian.platform.events.internal;

import java.util.Collections;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import org.apache.camel.impl.engine.DefaultClassResolver;

/**
 * Camel's class resolver with class loaders that can be removed again. Classes named by string in a
 * contributed route (unmarshal types, {@code ${bodyAs(...)}}) are only visible through the
 * contributing bundle's class loader, so it is added while the bundle's routes are present; Camel
 * 4.14's {@link DefaultClassResolver} can add loaders but not remove them (which would pin an
 * uninstalled bundle's loader), and its loader set is not safe for concurrent changes.
 * <p>
 * The loaders live here, not in the superclass, which therefore only tries its defaults (Camel's own
 * loader, then the application context loader) after these.
 */
final class RemovableClassResolver extends DefaultClassResolver {

    private final Set<ClassLoader> loaders = new CopyOnWriteArraySet<>();

    @Override
    public void addClassLoader(ClassLoader classLoader) {
        loaders.add(classLoader);
    }

    /** Stops resolving through this loader. */
    void removeClassLoader(ClassLoader classLoader) {
        loaders.remove(classLoader);
    }

    @Override
    public Set<ClassLoader> getClassLoaders() {
        return Collections.unmodifiableSet(loaders);
    }

    @Override
    public ClassLoader getClassLoader(String name) {
        for (ClassLoader loader : loaders) {
            if (name.equals(loader.getName())) {
                return loader;
            }
        }
        return null;
    }

    @Override
    public Class<?> resolveClass(String name) {
        for (ClassLoader loader : loaders) {
            Class<?> found = loadClass(name, loader);
            if (found != null) {
                return found;
            }
        }
        return super.resolveClass(name);
    }
}
