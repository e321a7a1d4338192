package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.MessageType;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every JSON example in docs/messages.md is announced by {@code <!-- example: MessageType version -->},
 * decodes with {@link BiCodec#standard()} (validation on) into that type and version, and is exactly
 * what the codec emits for the decoded message once the page's indentation is removed: member names
 * and order, hex case, omitted members. The page shows every message type in every version it exists
 * in, so no example can rot and none can be missing.
 */
class MessageExamplesDocTest {

    private static final Path PAGE = Path.of("docs", "messages.md");
    private static final Pattern EXAMPLE = Pattern.compile(
            "<!-- example: (\\S+) (\\S+) -->\\n```json\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern ANY_JSON_BLOCK = Pattern.compile("^```json$", Pattern.MULTILINE);

    private final BiCodec codec = BiCodec.standard();

    record Example(String type, String version, String json) {
        @Override
        public String toString() {
            return type + " " + version;
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

    static String page() throws IOException {
        return Files.readString(repositoryRoot().resolve(PAGE), StandardCharsets.UTF_8);
    }

    static List<Example> examples() throws IOException {
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE.matcher(page());
        while (m.find()) {
            out.add(new Example(m.group(1), m.group(2), m.group(3)));
        }
        return out;
    }

    static Stream<Example> allExamples() throws IOException {
        List<Example> all = examples();
        assertThat(all).as("examples in %s", PAGE).isNotEmpty();
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allExamples")
    void example_decodes_into_its_type_and_version_and_encodes_back_unchanged(Example example) {
        BiMessage message = codec.decode(example.json().getBytes(StandardCharsets.UTF_8));

        assertThat(message.messageType().wireName()).isEqualTo(example.type());
        assertThat(message.protocolVersion()).isEqualTo(ProtocolVersion.of(example.version()));
        assertThat(new String(codec.encode(message), StandardCharsets.UTF_8))
                .as("the codec's own form of the %s example", example)
                .isEqualTo(withoutLayout(example.json()));
    }

    @Test
    void every_message_type_has_one_example_per_version_it_exists_in() throws IOException {
        List<String> expected = new ArrayList<>();
        for (MessageType type : MessageType.values()) {
            for (ProtocolVersion version : List.of(ProtocolVersion.V1_0, ProtocolVersion.V1_1)) {
                if (type.existsIn(version)) {
                    expected.add(type.wireName() + " " + version.value());
                }
            }
        }
        List<String> documented = examples().stream().map(Example::toString).toList();

        assertThat(documented).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(expected).hasSize(42);
    }

    @Test
    void every_json_block_on_the_page_is_an_announced_example() throws IOException {
        long blocks = ANY_JSON_BLOCK.matcher(page()).results().count();

        assertThat(blocks).isEqualTo(examples().size());
    }

    @Test
    void layout_removal_keeps_whitespace_inside_strings() {
        assertThat(withoutLayout("{\n  \"Description\": \"a \\\" b\",\n  \"A\": [1, 2]\n}"))
                .isEqualTo("{\"Description\":\"a \\\" b\",\"A\":[1,2]}");
    }

    /** Removes the whitespace between JSON tokens, keeping every string's content as it is. */
    static String withoutLayout(String json) {
        StringBuilder out = new StringBuilder(json.length());
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
                out.append(c);
            } else if (!Character.isWhitespace(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
