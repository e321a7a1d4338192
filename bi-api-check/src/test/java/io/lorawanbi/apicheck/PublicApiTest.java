package io.lorawanbi.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The API gate: the public API of each published module equals its dump in
 * {@code src/test/resources/api/<artifact>.api}. A change to the API fails here until the dump is
 * regenerated with {@code ./mvnw -B -pl bi-api-check -am verify -Dbi.api.update=true} and committed, so
 * that the change shows in review as a diff of the dump.
 */
class PublicApiTest {

    private static final Path DUMPS = Path.of("src/test/resources/api");

    static Stream<Arguments> modules() {
        return Map.<String, Class<?>>of(
                        "bi-model", io.lorawanbi.model.NetID.class,
                        "bi-codec", io.lorawanbi.codec.BiCodec.class,
                        "bi-server-spi", io.lorawanbi.server.BiServer.class,
                        "bi-client", io.lorawanbi.client.BiClient.class,
                        "bi-auth-jwt", io.lorawanbi.auth.jwt.JwksPolicy.class,
                        "bi-auth-config", io.lorawanbi.auth.config.ServerTls.class,
                        "bi-server-jdk", io.lorawanbi.server.jdk.BiHttpServer.class,
                        "bi-server-jetty", io.lorawanbi.server.jetty.BiJettyServer.class,
                        "bi-testkit", io.lorawanbi.testkit.conformance.ConformanceRunner.class,
                        "bi-client-redis", io.lorawanbi.client.redis.RedisPendingAnswerStore.class)
                .entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modules")
    void the_public_api_equals_its_dump(String artifact, Class<?> anchor) throws IOException {
        List<String> actual = ApiDump.of(anchor);
        Path dump = DUMPS.resolve(artifact + ".api");
        if (Boolean.getBoolean("bi.api.update")) {
            Files.createDirectories(DUMPS);
            Files.write(dump, actual, StandardCharsets.UTF_8);
        }
        assertThat(dump).as("the API dump of %s; create it with -Dbi.api.update=true", artifact).exists();
        List<String> expected = Files.readAllLines(dump, StandardCharsets.UTF_8);
        List<String> added = new ArrayList<>(actual);
        added.removeAll(expected);
        List<String> removed = new ArrayList<>(expected);
        removed.removeAll(actual);
        assertThat(added.isEmpty() && removed.isEmpty())
                .as("the public API of %s differs from %s.%nadded:%n  %s%nremoved:%n  %s%nIf the change is intended,"
                        + " run ./mvnw -B -pl bi-api-check -am verify -Dbi.api.update=true and commit the dump.",
                        artifact, dump, String.join("\n  ", added), String.join("\n  ", removed))
                .isTrue();
    }
}
