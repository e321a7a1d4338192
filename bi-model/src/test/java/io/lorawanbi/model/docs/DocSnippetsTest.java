package io.lorawanbi.model.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every code block in README.md and docs/*.md that is announced by
 * {@code <!-- snippet: path/to/Source.java#tag -->} equals the region between {@code // tag::tag[]}
 * and {@code // end::tag[]} of that compiled source, so the documentation cannot drift from code
 * that builds and runs. An {@code xml} block (a build file built by CI, such as the example's
 * pom.xml) is marked the same way with {@code <!-- tag::tag[] -->} and {@code <!-- end::tag[] -->}.
 */
class DocSnippetsTest {

    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: (\\S+)#(\\S+) -->\\s*```(?:java|xml)\\n(.*?)```", Pattern.DOTALL);

    record Snippet(Path doc, String source, String tag, String text) {
        @Override
        public String toString() {
            return doc.getFileName() + " ← " + source + "#" + tag;
        }
    }

    static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("repository root (with mvnw) not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }

    static Stream<Snippet> snippets() throws IOException {
        Path root = repositoryRoot();
        List<Path> docs = new ArrayList<>();
        docs.add(root.resolve("README.md"));
        try (Stream<Path> files = Files.list(root.resolve("docs"))) {
            files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
        }
        List<Snippet> out = new ArrayList<>();
        for (Path doc : docs) {
            Matcher m = SNIPPET.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (m.find()) {
                out.add(new Snippet(doc, m.group(1), m.group(2), m.group(3)));
            }
        }
        assertThat(out).as("snippets found in README.md and docs/").isNotEmpty();
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("snippets")
    void documented_code_equals_compiled_code(Snippet snippet) throws IOException {
        String source = Files.readString(repositoryRoot().resolve(snippet.source()), StandardCharsets.UTF_8);
        // "// tag::x[]" in Java, "<!-- tag::x[] -->" in XML: the region is the lines between the markers.
        String begin = "tag::" + snippet.tag() + "[]";
        String end = "end::" + snippet.tag() + "[]";
        int from = source.indexOf(begin);
        int to = source.indexOf(end);
        assertThat(from).as("tag %s in %s", snippet.tag(), snippet.source()).isNotNegative();
        assertThat(to).as("end tag %s in %s", snippet.tag(), snippet.source()).isGreaterThan(from);
        String region = source.substring(source.indexOf('\n', from) + 1, source.lastIndexOf('\n', to) + 1);
        assertThat(normalise(snippet.text())).isEqualTo(normalise(region));
    }

    /** Removes the common indentation and trailing blanks, so a block may be shifted left in the doc. */
    static String normalise(String text) {
        List<String> lines = text.lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
        }
        return out.toString().strip();
    }
}
