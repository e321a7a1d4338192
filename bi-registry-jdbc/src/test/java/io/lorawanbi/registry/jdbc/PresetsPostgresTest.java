package io.lorawanbi.registry.jdbc;

import static io.lorawanbi.registry.jdbc.Requests.resolve;
import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.server.HomeNSOutcome;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The presets against tables shaped like ChirpStack v4's and The Things Stack's, in a real PostgreSQL. */
class PresetsPostgresTest {

    static final NetID HOME = NetID.parse("600042");
    static final EUI64 HOME_NS = EUI64.parse("70B3D57ED0001234");
    static final EUI64 JOIN_EUI = EUI64.parse("70B3D57ED0000000");
    static final EUI64 OTHER_JOIN_EUI = EUI64.parse("70B3D57ED00000FF");
    static final EUI64 JOINED = EUI64.parse("0102030405060708");
    static final EUI64 NEVER_JOINED = EUI64.parse("0102030405060709");
    static final EUI64 UNKNOWN = EUI64.parse("0102030405060700");

    static PostgresServer pg;

    @BeforeAll
    static void start() {
        pg = new PostgresServer();
        pg.execute(Schemas.CHIRPSTACK_DEVICE,
                Schemas.chirpstackDevice("0102030405060708", "70b3d57ed0000000", "joined"),
                Schemas.chirpstackDevice("0102030405060709", "0000000000000000", "never joined"),
                Schemas.TTS_END_DEVICES,
                Schemas.ttsEndDevice("app1", "dev1", "70B3D57ED0000000", "0102030405060708"),
                Schemas.ttsEndDevice("app1", "dev2", "70B3D57ED00000FF", "0102030405060709"));
    }

    @AfterAll
    static void stop() {
        pg.close();
    }

    private JdbcHomeNSHandler handler(RegistryPreset preset) {
        return JdbcHomeNSHandler.builder().jdbcUrl(pg.url()).username("postgres").password("not-used-by-trust")
                .preset(preset).homeNetId(HOME).homeNsId(HOME_NS).build();
    }

    @Test
    void chirpstack_answers_every_device_by_dev_eui_with_the_configured_home() {
        try (JdbcHomeNSHandler h = handler(RegistryPreset.CHIRPSTACK_V4)) {
            HomeNSOutcome expected = new HomeNSOutcome.Found(HOME, Optional.of(HOME_NS), Optional.empty());
            assertThat(resolve(h, JOIN_EUI, JOINED)).isEqualTo(expected);
            assertThat(resolve(h, OTHER_JOIN_EUI, JOINED)).isEqualTo(expected);
            assertThat(resolve(h, JOIN_EUI, NEVER_JOINED)).isEqualTo(expected);
            assertThat(resolve(h, JOIN_EUI, UNKNOWN)).isInstanceOf(HomeNSOutcome.UnknownDevice.class);
        }
    }

    @Test
    void chirpstack_with_join_eui_matches_the_stored_join_eui_or_an_unset_one() {
        try (JdbcHomeNSHandler h = handler(RegistryPreset.CHIRPSTACK_V4_JOIN_EUI)) {
            assertThat(resolve(h, JOIN_EUI, JOINED)).isInstanceOf(HomeNSOutcome.Found.class);
            assertThat(resolve(h, OTHER_JOIN_EUI, JOINED)).isInstanceOf(HomeNSOutcome.UnknownDevice.class);
            assertThat(resolve(h, OTHER_JOIN_EUI, NEVER_JOINED)).isInstanceOf(HomeNSOutcome.Found.class);
            assertThat(resolve(h, JOIN_EUI, UNKNOWN)).isInstanceOf(HomeNSOutcome.UnknownDevice.class);
        }
    }

    @Test
    void the_things_stack_matches_join_eui_and_dev_eui_as_uppercase_hex() {
        try (JdbcHomeNSHandler h = handler(RegistryPreset.THE_THINGS_STACK)) {
            assertThat(resolve(h, JOIN_EUI, JOINED))
                    .isEqualTo(new HomeNSOutcome.Found(HOME, Optional.of(HOME_NS), Optional.empty()));
            assertThat(resolve(h, OTHER_JOIN_EUI, NEVER_JOINED)).isInstanceOf(HomeNSOutcome.Found.class);
            assertThat(resolve(h, OTHER_JOIN_EUI, JOINED)).isInstanceOf(HomeNSOutcome.UnknownDevice.class);
            assertThat(resolve(h, JOIN_EUI, UNKNOWN)).isInstanceOf(HomeNSOutcome.UnknownDevice.class);
        }
    }

    @Test
    void a_receiver_that_is_not_a_join_eui_finds_no_device_where_the_query_needs_one() {
        try (JdbcHomeNSHandler h = handler(RegistryPreset.THE_THINGS_STACK)) {
            assertThat(resolve(h, NetID.parse("000013"), JOINED)).isInstanceOf(HomeNSOutcome.UnknownDevice.class);
        }
    }
}
