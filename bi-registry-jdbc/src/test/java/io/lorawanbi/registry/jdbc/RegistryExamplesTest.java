package io.lorawanbi.registry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.server.BiServer;
import io.lorawanbi.server.HomeNSOutcome;
import io.lorawanbi.server.JoinEuiRange;
import io.lorawanbi.server.SenderAuthenticator;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The code of docs/registry.md, run against a real PostgreSQL. */
class RegistryExamplesTest {

    static PostgresServer pg;
    static int port;
    static final String password = "reader-Secret";

    @BeforeAll
    static void start() {
        pg = new PostgresServer();
        port = pg.port();
        pg.execute("create database chirpstack", "create database registry",
                "create role bi_reader login password '" + password + "'");
        pg.executeIn("chirpstack", Schemas.CHIRPSTACK_DEVICE,
                Schemas.chirpstackDevice("0102030405060708", "70b3d57ed0000000", "d"),
                // The handler needs nothing but this.
                "grant select on device to bi_reader");
        pg.executeIn("registry", "create table roaming_devices (dev_eui bytea, join_eui bytea, home_net_id text,"
                        + " home_ns_id text, primary key (join_eui, dev_eui))",
                "insert into roaming_devices values (decode('0102030405060708', 'hex'), decode('70B3D57ED0000000', 'hex'),"
                        + " 'C00053', '70B3D57ED0005678')",
                "insert into roaming_devices values (decode('0102030405060709', 'hex'), decode('70B3D57ED0000000', 'hex'),"
                        + " null, null)",
                "grant select on roaming_devices to bi_reader");
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    @Test
    void chirpstack() {
        SenderAuthenticator authenticator = SenderAuthenticator.insecureSenderAllowList(Set.of(Fixtures.NET_ID));
        JoinEuiRange joinEuis = JoinEuiRange.prefix(EUI64.parse("70B3D57ED0000000"), 40);
        // tag::chirpstack[]
        JdbcHomeNSHandler registry = JdbcHomeNSHandler.builder()
                .jdbcUrl("jdbc:postgresql://localhost:" + port + "/chirpstack")
                .username("bi_reader") // a role with SELECT on table device, nothing else
                .password(password) // from a file or a secret store; never in the URL
                .preset(RegistryPreset.CHIRPSTACK_V4)
                .homeNetId(NetID.parse("000013")) // this network's NetID: ChirpStack stores none per device
                .homeNsId(EUI64.parse("70B3D57ED0001234")) // optional: the HNSID of 1.1 answers
                .build();
        BiServer server = BiServer.builder()
                .authenticator(authenticator)
                .answersFor(joinEuis)
                .homeNsHandler(registry) // the server's handlerTimeout (5 s) bounds every lookup
                .build();
        // ... serve; at shutdown, after the server:
        registry.close();
        // end::chirpstack[]
        assertThat(server).isNotNull();
    }

    @Test
    void chirpstack_registry_answers() {
        try (JdbcHomeNSHandler registry = JdbcHomeNSHandler.builder()
                .jdbcUrl("jdbc:postgresql://localhost:" + port + "/chirpstack").username("bi_reader").password(password)
                .preset(RegistryPreset.CHIRPSTACK_V4).homeNetId(NetID.parse("000013")).build()) {
            assertThat(Requests.resolve(registry, Fixtures.JOIN_EUI, EUI64.parse("0102030405060708")))
                    .isEqualTo(HomeNSOutcome.found(NetID.parse("000013")));
        }
    }

    @Test
    void custom_query() {
        String url = "jdbc:postgresql://localhost:" + port + "/registry";
        // tag::custom[]
        LookupQuery query = LookupQuery.of("""
                SELECT home_net_id, home_ns_id
                  FROM roaming_devices
                 WHERE join_eui = :join_eui AND dev_eui = :dev_eui""", EuiEncoding.BYTES);
        JdbcHomeNSHandler registry = JdbcHomeNSHandler.builder()
                .jdbcUrl(url).username("bi_reader").password(password)
                .query(query)
                .homeNetId(NetID.parse("000013")) // for rows whose home_net_id is NULL
                .poolSize(8) // connections, and threads running lookups
                .connectionTimeout(Duration.ofSeconds(1)) // wait for a connection
                .queryTimeout(Duration.ofSeconds(2)) // then the statement is cancelled
                .build();
        // end::custom[]
        try (registry) {
            assertThat(Requests.resolve(registry, Fixtures.JOIN_EUI, EUI64.parse("0102030405060708")))
                    .isEqualTo(HomeNSOutcome.found(NetID.parse("C00053"), EUI64.parse("70B3D57ED0005678")));
            assertThat(Requests.resolve(registry, Fixtures.JOIN_EUI, EUI64.parse("0102030405060709")))
                    .isEqualTo(HomeNSOutcome.found(NetID.parse("000013")));
            assertThat(Requests.resolve(registry, Fixtures.JOIN_EUI, EUI64.parse("0102030405060700")))
                    .isEqualTo(HomeNSOutcome.unknownDevice());
        }
    }
}
