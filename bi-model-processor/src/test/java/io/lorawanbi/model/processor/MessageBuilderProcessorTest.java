package io.lorawanbi.model.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor run by javac over a small stand-in of the model (the message types it relies on, and
 * test records), independently of bi-model.
 */
class MessageBuilderProcessorTest {

    private static final String PKG = "io/lorawanbi/model/message/";

    /** The stand-in: the names the processor relies on, with just the members it calls. */
    private static final Map<String, String> MODEL = Map.of(
            "org/jspecify/annotations/Nullable.java", """
                    package org.jspecify.annotations;
                    @java.lang.annotation.Target(java.lang.annotation.ElementType.TYPE_USE)
                    public @interface Nullable {}
                    """,
            "io/lorawanbi/model/WireName.java", """
                    package io.lorawanbi.model;
                    public @interface WireName { String value(); }
                    """,
            "io/lorawanbi/model/MessageType.java", """
                    package io.lorawanbi.model;
                    public enum MessageType { PingReq, PingAns }
                    """,
            "io/lorawanbi/model/ResultCode.java", """
                    package io.lorawanbi.model;
                    public enum ResultCode { Success, Other }
                    """,
            PKG + "BiMessage.java", """
                    package io.lorawanbi.model.message;
                    public interface BiMessage { Header header(); }
                    """,
            PKG + "BiMessageBuilder.java", """
                    package io.lorawanbi.model.message;
                    public interface BiMessageBuilder<M extends BiMessage> {
                        BiMessageBuilder<M> header(Header value);
                        M build();
                    }
                    """,
            PKG + "Result.java", """
                    package io.lorawanbi.model.message;
                    public record Result(io.lorawanbi.model.ResultCode code, String description) {
                        public static Result of(io.lorawanbi.model.ResultCode code, String description) {
                            return new Result(code, description);
                        }
                    }
                    """,
            PKG + "Header.java", """
                    package io.lorawanbi.model.message;
                    /**
                     * @param messageType {@code MessageType}
                     * @param transactionId {@code TransactionID}: chosen by the requester
                     */
                    public record Header(io.lorawanbi.model.MessageType messageType, Long transactionId) {
                        public static Builder builder() { return new Builder(null, null); }
                        public Builder toBuilder() { return new Builder(messageType, transactionId); }
                        public Header answerHeader() { return new Header(io.lorawanbi.model.MessageType.PingAns, transactionId); }
                        public static final class Builder {
                            private io.lorawanbi.model.MessageType messageType;
                            private Long transactionId;
                            Builder(io.lorawanbi.model.MessageType t, Long id) { messageType = t; transactionId = id; }
                            public Builder messageType(io.lorawanbi.model.MessageType v) { messageType = v; return this; }
                            public Builder transactionId(Long v) { transactionId = v; return this; }
                            public Header build() { return new Header(messageType, transactionId); }
                        }
                    }
                    """,
            PKG + "PingReq.java", """
                    package io.lorawanbi.model.message;
                    /**
                     * @param header the header
                     * @param count {@code Count}: how many
                     *     pings, over two lines
                     */
                    public record PingReq(Header header, @io.lorawanbi.model.WireName("Count") Integer count,
                            java.util.List<Double> values) implements BiMessage {
                        public static PingReqBuilder builder() { return new PingReqBuilder(); }
                        public PingReqBuilder toBuilder() { return new PingReqBuilder(this); }
                    }
                    """,
            PKG + "PingAns.java", """
                    package io.lorawanbi.model.message;
                    public record PingAns(Header header, Result result, @org.jspecify.annotations.Nullable Integer count,
                            int flags) implements BiMessage {
                        public static PingAnsBuilder builder() { return new PingAnsBuilder(); }
                    }
                    """);

    @TempDir
    Path dir;

    @Test
    void writes_a_builder_that_compiles_for_every_message_record() throws IOException {
        Result r = compile(MODEL);
        assertThat(r.ok).as(r.diagnostics).isTrue();
        String req = Files.readString(dir.resolve("gen/" + PKG + "PingReqBuilder.java"));
        assertThat(req).contains("public final class PingReqBuilder implements BiMessageBuilder<PingReq>")
                .contains("Sets {@code Count}: how many pings, over two lines.")
                .contains("public PingReqBuilder values(@Nullable List<Double> value)")
                .contains("public PingReqBuilder transactionId(long value)")
                .contains("Header.builder().messageType(MessageType.PingReq)")
                .contains("return new PingReq(header, count, values);")
                .doesNotContain("String toString()");
        String ans = Files.readString(dir.resolve("gen/" + PKG + "PingAnsBuilder.java"));
        assertThat(ans).contains("public PingAnsBuilder answering(PingReq request)")
                .contains("public PingAnsBuilder flags(int value)")
                .contains("this.count = null;").doesNotContain("this.flags = null;");
        assertThat(Files.exists(dir.resolve("gen/" + PKG + "HeaderBuilder.java"))).isFalse();
    }

    @Test
    void the_output_is_the_same_on_every_run() throws IOException {
        assertThat(compile(MODEL).ok).isTrue();
        String first = Files.readString(dir.resolve("gen/" + PKG + "PingAnsBuilder.java"));
        assertThat(compile(MODEL).ok).isTrue();
        assertThat(Files.readString(dir.resolve("gen/" + PKG + "PingAnsBuilder.java"))).isEqualTo(first);
    }

    @Test
    void a_component_it_cannot_write_is_a_compile_error_on_the_record() throws IOException {
        Map<String, String> model = new java.util.HashMap<>(MODEL);
        model.put(PKG + "OddReq.java", """
                package io.lorawanbi.model.message;
                public record OddReq<T>(Header header, T value) implements BiMessage {}
                """);
        Result r = compile(model);
        assertThat(r.ok).isFalse();
        assertThat(r.diagnostics).contains("OddReq").contains("a builder cannot be written for a component of type T");
    }

    private record Result(boolean ok, String diagnostics) {}

    /** Where the processor was loaded from (target/classes), so that javac loads the same. */
    private static String processorPath() {
        try {
            return Path.of(MessageBuilderProcessor.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean run(JavaCompiler javac, List<String> args, StringWriter diagnostics) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = javac.run(null, err, err, args.toArray(String[]::new));
        diagnostics.write(err.toString(StandardCharsets.UTF_8));
        return rc == 0;
    }

    private Result compile(Map<String, String> sources) throws IOException {
        Path src = dir.resolve("src");
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path f = src.resolve(e.getKey());
            Files.createDirectories(f.getParent());
            Files.writeString(f, e.getValue(), StandardCharsets.UTF_8);
            files.add(f.toString());
        }
        Path gen = Files.createDirectories(dir.resolve("gen"));
        Path out = Files.createDirectories(dir.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter diagnostics = new StringWriter();
        List<String> args = new ArrayList<>(List.of("-proc:only", "-processor", MessageBuilderProcessor.class.getName(),
                "-processorpath", processorPath(), "-s", gen.toString(), "-d", out.toString()));
        args.addAll(files);
        boolean ok = run(javac, args, diagnostics);
        if (ok) {
            // What was written compiles with the stand-in.
            List<String> all = new ArrayList<>(files);
            try (var walk = Files.walk(gen)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> all.add(p.toString()));
            }
            List<String> compileArgs = new ArrayList<>(List.of("-proc:none", "-d", out.toString()));
            compileArgs.addAll(all);
            ok = run(javac, compileArgs, diagnostics);
        }
        return new Result(ok, diagnostics.toString());
    }
}
