package io.lorawanbi.server.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/** Log values: bare when safe, else quoted with every breaking character escaped, and bounded. */
class LogLineTest {

    static String value(Object v) {
        return new LogLine("e").add("k", v).toString().substring("event=e k=".length());
    }

    @Test
    void safe_values_are_bare() {
        assertThat(value("HomeNSReq")).isEqualTo("HomeNSReq");
        assertThat(value("as.example.com:443/x@y+z_1-2")).isEqualTo("as.example.com:443/x@y+z_1-2");
        assertThat(value(4294967295L)).isEqualTo("4294967295");
    }

    @Test
    void absent_empty_and_dash_are_told_apart() {
        assertThat(value(null)).isEqualTo("-");
        assertThat(value("-")).isEqualTo("\"-\"");
        assertThat(value("")).isEqualTo("\"\"");
    }

    @Test
    void breaking_characters_are_escaped() {
        assertThat(value("a b")).isEqualTo("\"a b\"");
        assertThat(value("x=1")).isEqualTo("\"x=1\"");
        assertThat(value("a\"b\\c")).isEqualTo("\"a\\\"b\\\\c\"");
        assertThat(value("l1\nl2\rl3\tx")).isEqualTo("\"l1\\nl2\\rl3\\tx\"");
        assertThat(value("\u0000\u001b\u007f\u0085\u2028\u2029")).isEqualTo("\"\\u0000\\u001b\\u007f\\u0085\\u2028\\u2029\"");
        assertThat(value("\ud800x")).isEqualTo("\"\\ud800x\"");
        assertThat(value("é \ud83d\ude00")).isEqualTo("\"é \ud83d\ude00\"");
    }

    @Test
    void long_values_are_cut_and_marked() {
        String v = value("a".repeat(500));
        assertThat(v).isEqualTo("\"" + "a".repeat(LogLine.MAX_VALUE_CHARS) + "...\"");
        String pair = "a".repeat(LogLine.MAX_VALUE_CHARS - 1) + "\ud83d\ude00";
        assertThat(value(pair)).endsWith("\\ud83d...\"");
    }

    @Test
    void endpoints_lose_user_information_query_and_fragment() {
        assertThat(new LogLine("e").addEndpoint("endpoint", URI.create("https://u:p@h.example:8443/a/b?t=1#f")).toString())
                .isEqualTo("event=e endpoint=https://h.example:8443/a/b");
        assertThat(new LogLine("e").addEndpoint("endpoint", URI.create("http://[::1]/")).toString())
                .isEqualTo("event=e endpoint=\"http://[::1]/\"");
        assertThat(new LogLine("e").addEndpoint("endpoint", URI.create("mailto:x@y")).toString())
                .isEqualTo("event=e endpoint=\"(opaque)\"");
    }
}
