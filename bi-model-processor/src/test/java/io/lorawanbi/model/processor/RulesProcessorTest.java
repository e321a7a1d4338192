package io.lorawanbi.model.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules processor run by javac over stand-in records of the model's packages: what it writes for
 * the constraints it knows, and the build failures for those it cannot check faithfully. (Its output
 * over the real model is held to Hibernate Validator's verdicts by bi-model's differential test.)
 */
class RulesProcessorTest {

    @TempDir
    Path dir;

    @Test
    void writes_a_check_per_record_with_the_groups_that_activate_each_constraint() throws IOException {
        Outcome o = process("""
                package io.lorawanbi.model.object;
                public record Probe(
                        @jakarta.validation.constraints.NotNull @jakarta.validation.constraints.Max(15) Integer rate,
                        @jakarta.validation.constraints.DecimalMax(value = "90", message = "at most {value}") Double lat,
                        @jakarta.validation.constraints.Null(groups = Strict.class) String extra) {}
                """, """
                package io.lorawanbi.model.object;
                public interface Strict extends jakarta.validation.groups.Default {}
                """);
        assertThat(o.ok).as(o.diagnostics).isTrue();
        assertThat(o.generated)
                .contains("static void check_object_Probe(io.lorawanbi.model.object.Probe r")
                .contains("if ((g & 1) != 0 && v == null)") // Default only: Strict is no requested group
                .contains("v != null && v.longValue() > 15L")
                .contains("\"must be less than or equal to 15\"")
                .contains("v != null && (v.isNaN() || v.doubleValue() > 90.0)")
                .contains("\"at most 90\"")
                .doesNotContain("must be null"); // its only group is never requested
    }

    @Test
    void a_constraint_it_cannot_check_fails_the_build_naming_the_component() throws IOException {
        Outcome o = process("""
                package io.lorawanbi.model.object;
                public record Probe(@jakarta.validation.constraints.Email String mail) {}
                """);
        assertThat(o.ok).isFalse();
        assertThat(o.diagnostics).contains("mail").contains("cannot check @jakarta.validation.constraints.Email");
    }

    @Test
    void a_default_message_with_expression_language_fails_the_build() throws IOException {
        Outcome o = process("""
                package io.lorawanbi.model.object;
                public record Probe(@jakarta.validation.constraints.DecimalMin("0") Double value) {}
                """);
        assertThat(o.ok).isFalse();
        assertThat(o.diagnostics).contains("give @DecimalMin a message");
    }

    @Test
    void a_decimal_bound_that_a_double_does_not_hold_fails_the_build() throws IOException {
        Outcome o = process("""
                package io.lorawanbi.model.object;
                public record Probe(@jakarta.validation.constraints.DecimalMax(value = "0.1", message = "m") Double value) {}
                """);
        assertThat(o.ok).isFalse();
        assertThat(o.diagnostics).contains("a decimal bound a double does not hold exactly: 0.1");
    }

    @Test
    void a_cascade_into_something_that_is_no_model_record_fails_the_build() throws IOException {
        Outcome o = process("""
                package io.lorawanbi.model.object;
                public record Probe(@jakarta.validation.Valid java.util.Map<String, String> extra) {}
                """);
        assertThat(o.ok).isFalse();
        assertThat(o.diagnostics).contains("@Valid on a value that is no record of the model");
    }

    @Test
    void a_constraint_on_another_method_than_an_accessor_fails_the_build() throws IOException {
        Outcome o = process("""
                package io.lorawanbi.model.object;
                public record Probe(Integer value) {
                    @jakarta.validation.constraints.AssertTrue public boolean isSmall() { return true; }
                }
                """);
        assertThat(o.ok).isFalse();
        assertThat(o.diagnostics).contains("not a constraint on the method isSmall");
    }

    private record Outcome(boolean ok, String diagnostics, String generated) {}

    /** The stand-in of the collector the generated code reports to (the real one is bi-model's). */
    private static final String VIOLATIONS = """
            package io.lorawanbi.model.internal;
            public final class Violations {
                public static String join(String prefix, String name) { return prefix + "." + name; }
                public static String path(String parent, String name, int index) { return parent + name + index; }
                public static String element(String path, int index) { return path + index; }
                public void add(String path, Class<?> constraint, String message) {}
            }
            """;

    private Outcome process(String... sources) throws IOException {
        List<String> files = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(sources));
        all.add(VIOLATIONS);
        for (String source : all) {
            String pkg = source.substring(source.indexOf("package ") + 8, source.indexOf(';')).replace('.', '/');
            String name = source.contains("class Violations") ? "Violations" : source.contains("record ") ? "Probe" : "Strict";
            Path f = dir.resolve("src").resolve(pkg).resolve(name + ".java");
            Files.createDirectories(f.getParent());
            Files.writeString(f, source, StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        Path gen = Files.createDirectories(dir.resolve("gen"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> args = new ArrayList<>(List.of("-proc:only", "-processor", RulesProcessor.class.getName(),
                "-processorpath", location(RulesProcessor.class), "-classpath", location(jakarta.validation.Constraint.class),
                "-s", gen.toString(), "-d", out.toString()));
        args.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        boolean ok = javac.run(null, err, err, args.toArray(String[]::new)) == 0;
        Path written = gen.resolve(RulesProcessor.GENERATED.replace('.', File.separatorChar) + ".java");
        String generated = Files.exists(written) ? Files.readString(written, StandardCharsets.UTF_8) : "";
        return new Outcome(ok, err.toString(StandardCharsets.UTF_8), generated);
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
