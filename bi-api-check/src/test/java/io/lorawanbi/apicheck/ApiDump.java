package io.lorawanbi.apicheck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one module as sorted text lines: for every public type of every package the module
 * exports to everyone, the type's declaration and each of its public and protected members, written
 * with {@code toGenericString()}. Two builds with the same API give the same text.
 */
final class ApiDump {

    private ApiDump() {}

    /** The API of the module that holds {@code anchor}, one line per type and member. */
    static List<String> of(Class<?> anchor) {
        Path location;
        try {
            location = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            if (Files.isDirectory(location)) {
                return dump(location, anchor.getClassLoader());
            }
            try (FileSystem jar = FileSystems.newFileSystem(location)) {
                return dump(jar.getPath("/"), anchor.getClassLoader());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> dump(Path root, ClassLoader loader) throws IOException {
        ModuleDescriptor descriptor;
        try (InputStream in = Files.newInputStream(root.resolve("module-info.class"))) {
            descriptor = ModuleDescriptor.read(in);
        }
        Set<String> lines = new TreeSet<>();
        lines.add("module " + descriptor.name() + " exports " + descriptor.exports().stream()
                .filter(e -> !e.isQualified()).map(ModuleDescriptor.Exports::source).sorted()
                .collect(Collectors.joining(", ")));
        for (ModuleDescriptor.Exports export : descriptor.exports()) {
            if (export.isQualified()) {
                continue;
            }
            Path dir = root.resolve(export.source().replace('.', '/'));
            List<Path> classes;
            try (Stream<Path> files = Files.list(dir)) {
                classes = files.filter(p -> p.getFileName().toString().endsWith(".class")).sorted().toList();
            }
            for (Path file : classes) {
                String simple = file.getFileName().toString().replace(".class", "");
                if (simple.equals("package-info")) {
                    continue;
                }
                Class<?> type;
                try {
                    type = Class.forName(export.source() + "." + simple, false, loader);
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
                if (isVisible(type)) {
                    describe(type, lines);
                }
            }
        }
        return new ArrayList<>(lines);
    }

    /** Public, and every enclosing type public too. */
    private static boolean isVisible(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
            if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
                return false;
            }
        }
        return true;
    }

    private static void describe(Class<?> type, Set<String> lines) {
        String name = type.getTypeName();
        lines.add(name + " : " + declaration(type));
        boolean extendable = !Modifier.isFinal(type.getModifiers());
        for (Constructor<?> c : type.getDeclaredConstructors()) {
            if (visible(c, extendable)) {
                lines.add(name + " : " + c.toGenericString());
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (visible(m, extendable) && !m.isBridge()) {
                lines.add(name + " : " + m.toGenericString());
            }
        }
        for (Field f : type.getDeclaredFields()) {
            if (visible(f, extendable)) {
                lines.add(name + " : " + f.toGenericString());
            }
        }
    }

    private static boolean visible(Member member, boolean extendable) {
        int m = member.getModifiers();
        return !member.isSynthetic() && (Modifier.isPublic(m) || (extendable && Modifier.isProtected(m)));
    }

    private static String declaration(Class<?> type) {
        StringBuilder out = new StringBuilder();
        int modifiers = type.getModifiers() & (type.isInterface() ? Modifier.interfaceModifiers() : Modifier.classModifiers());
        if (type.isInterface()) {
            modifiers &= ~Modifier.ABSTRACT;
        }
        if (type.isEnum() || type.isRecord()) {
            modifiers &= ~(Modifier.FINAL | Modifier.STATIC);
        }
        out.append(Modifier.toString(modifiers)).append(modifiers == 0 ? "" : " ");
        if (type.isSealed()) {
            out.append("sealed ");
        }
        out.append(type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
                : type.isRecord() ? "record" : "class").append(' ').append(type.getTypeName());
        if (type.getTypeParameters().length > 0) {
            out.append(Arrays.stream(type.getTypeParameters()).map(ApiDump::typeVariable)
                    .collect(Collectors.joining(", ", "<", ">")));
        }
        Type superclass = type.getGenericSuperclass();
        if (superclass != null && superclass != Object.class && !type.isEnum() && !type.isRecord()) {
            out.append(" extends ").append(superclass.getTypeName());
        }
        Type[] interfaces = type.getGenericInterfaces();
        if (interfaces.length > 0 && !type.isAnnotation()) {
            out.append(type.isInterface() ? " extends " : " implements ").append(Arrays.stream(interfaces)
                    .map(Type::getTypeName).collect(Collectors.joining(", ")));
        }
        if (type.isSealed()) {
            out.append(" permits ").append(Arrays.stream(type.getPermittedSubclasses()).map(Class::getTypeName)
                    .sorted().collect(Collectors.joining(", ")));
        }
        return out.toString();
    }

    private static String typeVariable(java.lang.reflect.TypeVariable<?> variable) {
        Type[] bounds = variable.getBounds();
        if (bounds.length == 1 && bounds[0] == Object.class) {
            return variable.getName();
        }
        return variable.getName() + " extends " + Arrays.stream(bounds).map(Type::getTypeName)
                .collect(Collectors.joining(" & "));
    }
}
