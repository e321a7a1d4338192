package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The usage blocks of docs/cli.md ({@code <!-- usage: bi serve -->} followed by a {@code text} code
 * block) equal picocli's usage help of that command, so the page cannot drift from the tool. Run with
 * {@code -Dbi.cli.writeDocs=true} to rewrite the blocks from the tool:
 * {@code ./mvnw -B -q -pl bi-cli -am test -Dtest=UsageDocsTest -Dsurefire.failIfNoSpecifiedTests=false -Dbi.cli.writeDocs=true}.
 */
class UsageDocsTest {

    private static final Pattern BLOCK = Pattern.compile("<!-- usage: ([a-z ]+) -->\\n```text\\n(.*?)```", Pattern.DOTALL);

    private static Path doc() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root (with mvnw) above the working directory").isNotNull();
        return dir.resolve("docs/cli.md");
    }

    /** Every command's usage help, by its full name ({@code bi}, {@code bi serve}…), as the tool prints it. */
    private static Map<String, String> usages() {
        Console console = new Console(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(new ByteArrayOutputStream()), false);
        CommandLine bi = Main.commandLine(console);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("bi", text(bi));
        bi.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                out.put("bi " + name, text(sub));
            }
        });
        return out;
    }

    private static String text(CommandLine cl) {
        return cl.getUsageMessage(CommandLine.Help.Ansi.OFF).lines().map(String::stripTrailing)
                .collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void docs_cli_md_shows_the_usage_help_of_every_command_as_the_tool_prints_it() throws IOException {
        Path doc = doc();
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        Map<String, String> usages = usages();
        if (Boolean.getBoolean("bi.cli.writeDocs")) {
            Matcher m = BLOCK.matcher(text);
            StringBuilder rewritten = new StringBuilder();
            while (m.find()) {
                String usage = usages.get(m.group(1));
                m.appendReplacement(rewritten, Matcher.quoteReplacement(usage == null ? m.group()
                        : "<!-- usage: " + m.group(1) + " -->\n```text\n" + usage + "```"));
            }
            m.appendTail(rewritten);
            Files.writeString(doc, rewritten.toString(), StandardCharsets.UTF_8);
            text = rewritten.toString();
        }
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) {
            assertThat(documented.put(m.group(1), m.group(2))).as("usage block of " + m.group(1) + " given twice").isNull();
        }
        assertThat(documented.keySet()).as("commands with a usage block in " + doc).containsExactlyInAnyOrderElementsOf(usages.keySet());
        usages.forEach((command, usage) -> assertThat(usage.chars().allMatch(c -> c < 128))
                .as("the help of '%s' is ASCII, so that it reads the same in any terminal encoding", command).isTrue());
        usages.forEach((command, usage) -> assertThat(documented.get(command))
                .as("the usage block of '%s' in docs/cli.md (rewrite it with -Dbi.cli.writeDocs=true)", command)
                .isEqualTo(usage));
    }
}
