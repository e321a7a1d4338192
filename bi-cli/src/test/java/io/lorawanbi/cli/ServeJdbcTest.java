package io.lorawanbi.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.NetID;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bi serve} with {@code registry.type: jdbc}, answering from a real PostgreSQL over HTTP. */
class ServeJdbcTest {

    static EmbeddedPostgres pg;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws Exception {
        pg = EmbeddedPostgres.builder().start();
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            // The columns of ChirpStack v4's device table that the lookup reads (docs/registry.md).
            s.execute("create table device (dev_eui bytea primary key, join_eui bytea not null, name varchar(100) not null)");
            s.execute("insert into device values (decode('0102030405060708', 'hex'), decode('70B3D57ED0000000', 'hex'), 'd')");
            s.execute("create table roaming (dev_eui text primary key, home_net_id text)");
            s.execute("insert into roaming values ('0102030405060708', 'C00053')");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        pg.close();
    }

    private Path config(String registry) throws Exception {
        Files.writeString(dir.resolve("db-password"), "db-Secret-31\n");
        return Files.writeString(dir.resolve("serve.yml"), """
                listen:
                  port: 0
                answers:
                  joinEuiRanges: [70B3D57ED0000000/40]
                  homeNetId: 000013
                registry:
                  type: jdbc
                  jdbc:
                    url: jdbc:postgresql://localhost:%d/postgres
                    username: postgres
                    password: {file: db-password}
                    maxPoolSize: 2
                    connectionTimeout: 500ms
                    timeout: 1s
                %s""".formatted(pg.getPort(), registry.indent(4)));
    }

    private static String homeNsReq(String devEui) {
        return "{\"ProtocolVersion\":\"1.0\",\"SenderID\":\"000013\",\"ReceiverID\":\"70B3D57ED0000000\","
                + "\"TransactionID\":1,\"MessageType\":\"HomeNSReq\",\"DevEUI\":\"" + devEui + "\"}";
    }

    private static String post(URI uri, String body) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).isEqualTo(200);
        return r.body();
    }

    @Test
    void serve_answers_from_the_chirpstack_preset() throws Exception {
        ServeConfig config = ServeConfig.load(config("query: chirpstack"));
        List<String> reports = new ArrayList<>();
        try (ResponderAssembly a = ResponderAssembly.start(config, Set.of(NetID.parse("000013")), Map.of(), reports::add)) {
            assertThat(post(a.uri(), homeNsReq("0102030405060708")))
                    .contains("\"ResultCode\":\"Success\"", "\"HNetID\":\"000013\"");
            assertThat(post(a.uri(), homeNsReq("0102030405060700"))).contains("\"ResultCode\":\"UnknownDevEUI\"");
            assertThat(String.join("\n", a.summary())).contains("chirpstack").doesNotContain("db-Secret-31");
        }
    }

    @Test
    void serve_answers_from_a_custom_query_with_its_own_home_net_id() throws Exception {
        ServeConfig config = ServeConfig.load(config("""
                query: SELECT home_net_id FROM roaming WHERE dev_eui = :dev_eui
                eui: hex-upper"""));
        try (ResponderAssembly a = ResponderAssembly.start(config, Set.of(NetID.parse("000013")), Map.of(), s -> { })) {
            assertThat(post(a.uri(), homeNsReq("0102030405060708"))).contains("\"HNetID\":\"C00053\"");
        }
    }

    @Test
    void a_query_that_is_neither_a_preset_nor_usable_sql_is_refused_with_its_line() throws Exception {
        Path file = config("query: SELECT 1 FROM device WHERE dev_eui = :dev_eui");
        assertThatThrownBy(() -> ServeConfig.load(file)).isInstanceOf(UsageException.class)
                .hasMessageContaining("needs eui");
        Path other = config("query: chirpstack\neui: bytes");
        assertThatThrownBy(() -> ServeConfig.load(other)).isInstanceOf(UsageException.class)
                .hasMessageContaining("knows how its table stores EUIs");
    }

    @Test
    void the_configuration_of_docs_registry_md_loads() throws Exception {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("mvnw"))) {
            root = root.getParent();
        }
        String doc = Files.readString(root.resolve("docs/registry.md"), StandardCharsets.UTF_8);
        int from = doc.indexOf("```yaml\n", doc.indexOf("## From `bi serve`")) + "```yaml\n".length();
        String yaml = doc.substring(from, doc.indexOf("```", from));
        ServeConfig c = ServeConfig.load(Files.writeString(dir.resolve("doc.yml"), yaml));
        JdbcRegistryConfig jdbc = c.registry().jdbc().orElseThrow();
        assertThat(jdbc.query()).contains("chirpstack");
        assertThat(jdbc.maxPoolSize()).contains(4);
        assertThat(jdbc.connectionTimeout()).contains(Duration.ofSeconds(1));
        assertThat(jdbc.timeout()).contains(Duration.ofSeconds(2));
        assertThat(c.answers().homeNetId()).contains(NetID.parse("000013"));
    }

    private Path monitoredConfig(int databasePort) throws Exception {
        return Files.writeString(dir.resolve("monitored.yml"), """
                listen:
                  port: 0
                answers:
                  joinEuiRanges: [70B3D57ED0000000/40]
                  homeNetId: 000013
                registry:
                  type: jdbc
                  jdbc:
                    url: jdbc:postgresql://localhost:%d/postgres
                    username: postgres
                    query: chirpstack
                    maxPoolSize: 2
                    connectionTimeout: 500ms
                    timeout: 1s
                log:
                  level: WARNING
                metrics:
                  bind: 127.0.0.1
                  port: 0
                """.formatted(databasePort));
    }

    private static HttpResponse<String> health(ResponderAssembly a) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("metrics on (http://\\S+/)")
                .matcher(String.join("\n", a.summary()));
        assertThat(m.find()).as("metrics in the summary %s", a.summary()).isTrue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(m.group(1)).resolve("/health"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void health_has_a_device_registry_check_that_is_up_while_the_database_answers() throws Exception {
        try (ResponderAssembly a = ResponderAssembly.start(ServeConfig.load(monitoredConfig(pg.getPort())),
                Set.of(NetID.parse("000013")), Map.of(), s -> { })) {
            HttpResponse<String> health = health(a);
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\",\"checks\":{\"server\":{\"status\":\"UP\"},"
                    + "\"device-registry\":{\"status\":\"UP\"}}}");
        }
    }

    @Test
    void health_is_down_while_the_database_is_unreachable_and_says_no_more_than_that() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort(); // free again once closed: nothing listens there
        }
        try (ResponderAssembly a = ResponderAssembly.start(ServeConfig.load(monitoredConfig(closedPort)),
                Set.of(NetID.parse("000013")), Map.of(), s -> { })) {
            HttpResponse<String> health = health(a);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"status\":\"DOWN\",\"checks\":{\"server\":{\"status\":\"UP\"},"
                    + "\"device-registry\":{\"status\":\"DOWN\",\"detail\":\"database unreachable\"}}}");
            // The BI listener still answers: Other, until the database comes.
            assertThat(post(a.uri(), homeNsReq("0102030405060708"))).contains("\"ResultCode\":\"Other\"");
        }
    }
}
