package io.lorawanbi.client.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisURI;
import io.lorawanbi.client.PendingKey;
import io.lorawanbi.client.redis.internal.KeyNames;
import io.lorawanbi.model.ASID;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.NetID;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** What needs no Redis server: the builder's checks, key names, and a server that is not there. */
class RedisPendingAnswerStoreBuilderTest {

    @Test
    void a_store_needs_a_server() {
        assertThatThrownBy(() -> RedisPendingAnswerStore.builder().build())
                .isInstanceOf(IllegalStateException.class).hasMessage("set redisUri or redisClient");
    }

    @Test
    void settings_out_of_range_are_refused() {
        RedisPendingAnswerStore.Builder builder = RedisPendingAnswerStore.builder();
        assertThatThrownBy(() -> builder.keyPrefix("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.operationTimeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.operationTimeout(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> builder.redisUri((RedisURI) null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void a_malformed_uri_is_refused_without_repeating_it() {
        assertThatThrownBy(() -> RedisPendingAnswerStore.builder().redisUri("redis://user:pa ss@host:notaport"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("pa ss")
                .hasMessageContaining("not a Redis URI");
    }

    @Test
    void the_builder_shows_host_and_port_but_never_the_password() {
        RedisPendingAnswerStore.Builder builder = RedisPendingAnswerStore.builder()
                .redisUri("redis://default:hunter2-secret@redis.internal:6380/2");
        assertThat(builder.toString())
                .isEqualTo("RedisPendingAnswerStore.Builder[Redis at redis.internal:6380/2, keyPrefix lorawan-bi:pending:,"
                        + " operationTimeout PT5S]")
                .doesNotContain("hunter2");
    }

    @Test
    void a_server_that_is_not_there_fails_the_build_clearly_without_the_password() {
        int port = RedisServer.freePort(); // nothing listens there
        RedisURI uri = RedisURI.Builder.redis("127.0.0.1", port).withPassword("hunter2-secret".toCharArray())
                .withTimeout(Duration.ofSeconds(5)).build();

        assertThatThrownBy(() -> RedisPendingAnswerStore.builder().redisUri(uri).build())
                .isInstanceOf(PendingStoreUnavailableException.class)
                .hasMessage("could not connect to Redis at 127.0.0.1:" + port + " (RedisConnectionException)")
                .satisfies(e -> assertThat(RedisRestartTest.stackTrace(e)).doesNotContain("hunter2"));
    }

    @Test
    void keys_carry_the_form_of_the_sender_id_so_forms_never_collide() {
        KeyNames names = new KeyNames("p:");
        assertThat(names.key(new PendingKey(NetID.parse("000013"), 7))).isEqualTo("p:N:000013:7");
        assertThat(names.key(new PendingKey(EUI64.parse("70B3D57ED0000000"), 4294967295L)))
                .isEqualTo("p:J:70B3D57ED0000000:4294967295");
        assertThat(names.key(new PendingKey(ASID.of("000013"), 7))).isEqualTo("p:A:000013:7");
        assertThat(names.channel()).isEqualTo("p:answers");
    }
}
