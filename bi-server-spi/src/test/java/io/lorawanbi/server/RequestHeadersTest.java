package io.lorawanbi.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.EUI64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHeadersTest {

    @Test
    void names_are_case_insensitive_and_values_keep_their_order() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        raw.put("X-Forwarded-Client-Cert", List.of("a", "b"));
        raw.put("x-forwarded-client-cert", List.of("c"));
        raw.put("Authorization", List.of("Bearer secret-1"));
        RequestHeaders h = RequestHeaders.of(raw);

        assertThat(h.all("X-FORWARDED-CLIENT-CERT")).containsExactly("a", "b", "c");
        assertThat(h.first("authorization")).hasValue("Bearer secret-1");
        assertThat(h.first("missing")).isEmpty();
        assertThat(h.contains("AUTHORIZATION")).isTrue();
        assertThat(h.names()).hasSize(2);
        assertThat(h).isEqualTo(RequestHeaders.of("authorization", "Bearer secret-1", "x-forwarded-client-cert", "a",
                "X-Forwarded-Client-Cert", "b", "X-FORWARDED-CLIENT-CERT", "c"));
        assertThatThrownBy(() -> h.asMap().put("a", List.of())).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> h.all("Authorization").add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_copy_is_independent_of_its_source() {
        Map<String, List<String>> raw = new LinkedHashMap<>();
        List<String> values = new java.util.ArrayList<>(List.of("1"));
        raw.put("A", values);
        RequestHeaders h = RequestHeaders.of(raw);
        values.add("2");
        raw.put("B", List.of("3"));
        assertThat(h.all("a")).containsExactly("1");
        assertThat(h.contains("b")).isFalse();
    }

    @Test
    void no_value_is_ever_shown() {
        InboundRequest r = InboundRequest.builder(new byte[3])
                .headers(RequestHeaders.of("Authorization", "Bearer secret-2", "Cookie", "session=secret-3",
                        "Content-Type", "application/json"))
                .build();
        assertThat(r.authorization()).hasValue("Bearer secret-2");
        assertThat(r.contentType()).hasValue("application/json");
        assertThat(r.toString()).doesNotContain("secret").contains("Authorization", "Cookie");
        assertThat(r.headers().toString()).doesNotContain("secret");
        assertThat(InboundRequest.builder(new byte[0]).authorization("Bearer x").headers(RequestHeaders.of("Authorization", "y"))
                .build().authorization()).as("the builder's explicit value wins").hasValue("Bearer x");
    }

    @Test
    void join_eui_ranges_and_prefixes() {
        assertThat(JoinEuiRange.parse("70B3D57ED0000000/36").last()).isEqualTo(EUI64.parse("70B3D57EDFFFFFFF"));
        JoinEuiRange prefix = JoinEuiRange.parse("70B3D57ED0000000/52");
        assertThat(prefix).isEqualTo(JoinEuiRange.of(EUI64.parse("70B3D57ED0000000"), EUI64.parse("70B3D57ED0000FFF")));
        assertThat(prefix.contains(EUI64.parse("70B3D57ED0000ABC"))).isTrue();
        assertThat(prefix.contains(EUI64.parse("70B3D57ED0001000"))).isFalse();
        assertThat(prefix.contains(io.lorawanbi.model.NetID.parse("000013"))).isFalse();
        JoinEuiRange high = JoinEuiRange.parse("FFFFFFFFFFFFFF00-FFFFFFFFFFFFFFFF");
        assertThat(high.contains(EUI64.parse("FFFFFFFFFFFFFFF0"))).as("unsigned").isTrue();
        assertThat(high.contains(EUI64.parse("0000000000000001"))).isFalse();
        assertThat(JoinEuiRange.parse("0000000000000000/0").contains(EUI64.parse("FFFFFFFFFFFFFFFF"))).isTrue();
        assertThat(JoinEuiRange.parse("70B3D57ED0000001").contains(EUI64.parse("70B3D57ED0000001"))).isTrue();
        for (String bad : List.of("70B3D57ED0000001/52", "70B3D57ED0000000/65", "02-01", "zz/8")) {
            assertThatThrownBy(() -> JoinEuiRange.parse(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
