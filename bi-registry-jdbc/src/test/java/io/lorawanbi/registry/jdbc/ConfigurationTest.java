package io.lorawanbi.registry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import io.lorawanbi.registry.jdbc.internal.Redaction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Queries, presets and builder settings, without a database. */
class ConfigurationTest {

    @Test
    void named_parameters_become_positional_in_order_and_repeat() {
        LookupQuery q = LookupQuery.of("SELECT 1 FROM d WHERE dev_eui = :dev_eui AND (join_eui = :join_eui"
                + " OR :join_eui IS NULL)", EuiEncoding.BYTES);
        assertThat(q.jdbcSql()).isEqualTo("SELECT 1 FROM d WHERE dev_eui = ? AND (join_eui = ? OR ? IS NULL)");
        assertThat(q.parameterOrder()).containsExactly("dev_eui", "join_eui", "join_eui");
    }

    @Test
    void casts_quotes_and_comments_are_not_parameters() {
        LookupQuery q = LookupQuery.of("SELECT ':x', \":y\" -- :z ?\n FROM d /* :w ? */ WHERE dev_eui = :dev_eui::bytea",
                EuiEncoding.BYTES);
        assertThat(q.jdbcSql()).isEqualTo("SELECT ':x', \":y\" -- :z ?\n FROM d /* :w ? */ WHERE dev_eui = ?::bytea");
        assertThat(q.parameterOrder()).containsExactly("dev_eui");
    }

    @Test
    void bad_queries_are_refused_with_the_reason() {
        assertThatThrownBy(() -> LookupQuery.of("SELECT 1 FROM d WHERE join_eui = :join_eui", EuiEncoding.BYTES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":dev_eui");
        assertThatThrownBy(() -> LookupQuery.of("SELECT 1 FROM d WHERE dev_eui = :deveui", EuiEncoding.BYTES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown parameter :deveui");
        assertThatThrownBy(() -> LookupQuery.of("SELECT 1 FROM d WHERE dev_eui = ?", EuiEncoding.BYTES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positional parameter");
        assertThatThrownBy(() -> LookupQuery.of("SELECT 'x FROM d WHERE dev_eui = :dev_eui", EuiEncoding.BYTES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unterminated quote");
    }

    @Test
    void eui_encodings_bind_bytes_or_hex_text() {
        EUI64 eui = EUI64.parse("70B3D57ED000ABCD");
        assertThat((byte[]) EuiEncoding.BYTES.bind(eui))
                .containsExactly(0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x00, 0xAB, 0xCD);
        assertThat(EuiEncoding.HEX_UPPER.bind(eui)).isEqualTo("70B3D57ED000ABCD");
        assertThat(EuiEncoding.HEX_LOWER.bind(eui)).isEqualTo("70b3d57ed000abcd");
    }

    @Test
    void every_preset_parses_and_names_the_dev_eui() {
        for (RegistryPreset p : RegistryPreset.values()) {
            assertThat(p.query().parameterOrder()).contains("dev_eui");
        }
        assertThat(RegistryPreset.THE_THINGS_STACK.query().encoding()).isEqualTo(EuiEncoding.HEX_UPPER);
        assertThat(RegistryPreset.CHIRPSTACK_V4.query().encoding()).isEqualTo(EuiEncoding.BYTES);
    }

    @Test
    void urls_lose_their_passwords() {
        assertThat(Redaction.url("jdbc:postgresql://db:5432/cs?user=cs&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/cs?user=cs&password=***&ssl=true");
        assertThat(Redaction.url("jdbc:postgresql://db/cs?sslpassword=k3y;pwd=p"))
                .isEqualTo("jdbc:postgresql://db/cs?sslpassword=***;pwd=***");
        assertThat(Redaction.url("jdbc:mysql://cs:hunter2@db:3306/cs")).isEqualTo("jdbc:mysql://cs:***@db:3306/cs");
        assertThat(Redaction.message("login as cs with hunter2 failed", "hunter2")).isEqualTo("login as cs with *** failed");
    }

    @Test
    void a_url_no_driver_accepts_is_refused_without_its_password() {
        assertThatThrownBy(() -> JdbcHomeNSHandler.builder().jdbcUrl("jdbc:nosuchdb://db/x?password=hunter2")
                .username("u").password("builder-Secret").preset(RegistryPreset.CHIRPSTACK_V4)
                .homeNetId(NetID.parse("000013")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:nosuchdb://db/x?password=***")
                .hasNoCause()
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2", "builder-Secret"));
    }

    @Test
    void missing_or_conflicting_settings_are_refused() {
        assertThatThrownBy(() -> JdbcHomeNSHandler.builder().preset(RegistryPreset.CHIRPSTACK_V4)
                .homeNetId(NetID.parse("000013")).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JDBC URL or a data source");
        assertThatThrownBy(() -> JdbcHomeNSHandler.builder().jdbcUrl("jdbc:postgresql://db/x").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("query or a preset");
        assertThatThrownBy(() -> JdbcHomeNSHandler.builder().jdbcUrl("jdbc:postgresql://db/x")
                .preset(RegistryPreset.THE_THINGS_STACK).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("set homeNetId");
        for (Runnable bad : List.<Runnable>of(
                () -> JdbcHomeNSHandler.builder().poolSize(0),
                () -> JdbcHomeNSHandler.builder().maxQueuedLookups(0),
                () -> JdbcHomeNSHandler.builder().connectionTimeout(Duration.ofMillis(100)),
                () -> JdbcHomeNSHandler.builder().queryTimeout(Duration.ZERO))) {
            assertThatThrownBy(bad::run).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
