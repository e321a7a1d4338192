package io.lorawanbi.testkit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.testkit.conformance.Feature;
import io.lorawanbi.testkit.conformance.HomeNSConformance;
import io.lorawanbi.testkit.conformance.Rule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/testkit.md lists the rules and features the code has, in the code's order and words. */
class TestkitDocTest {

    static String doc() throws IOException {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("repository root (with mvnw)").isNotNull();
        return Files.readString(dir.resolve("docs/testkit.md"), StandardCharsets.UTF_8);
    }

    /** The rule table as the document must have it: one row per rule, in the order of the rules. */
    static String ruleTable() {
        StringBuilder out = new StringBuilder("| rule | reference | what the endpoint must do | runs only with |\n|---|---|---|---|\n");
        for (Rule rule : HomeNSConformance.rules()) {
            String needs = rule.needs().stream().sorted().map(f -> "`" + f.name() + "`").collect(Collectors.joining(", "));
            out.append("| `").append(rule.name()).append("` | ").append(rule.section()).append(" | ")
                    .append(rule.description()).append(" | ").append(needs).append(needs.isEmpty() ? "|" : " |").append('\n');
        }
        return out.toString();
    }

    @Test
    void the_rule_table_lists_every_rule_with_its_reference_and_description() throws IOException {
        assertThat(doc()).contains(ruleTable());
    }

    @Test
    void every_feature_is_described() throws IOException {
        String doc = doc();
        assertThat(Arrays.stream(Feature.values()).map(f -> "- `" + f.name() + "`:")).allSatisfy(line -> assertThat(doc).contains(line));
    }
}
