package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.codec.support.JsonTree;
import io.lorawanbi.codec.support.PeerVectors;
import io.lorawanbi.codec.support.PeerVectors.Vector;
import io.lorawanbi.model.message.BiMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real peer message in the peer vectors ({@code peer-vectors/} in the test resources) gets the verdict that {@code peer-verdicts.tsv}
 * records for it: decoded (and then re-encoded equal to the original modulo our normalisation, with
 * the members the table says we drop), or refused with a given ResultCode at a given member. Where
 * our verdict differs from the peer's own, the table gives the reason in one line.
 */
class PeerVectorsTest {

    /** One row of the table. */
    record Verdict(String vector, String outcome, String path, List<String> dropped, String reason) {}

    private static final Map<String, Verdict> TABLE = table();

    private final BiCodec codec = BiCodec.standard();

    static List<Vector> vectors() {
        return PeerVectors.all();
    }

    @Test
    void every_vector_has_a_verdict_and_every_verdict_a_vector() {
        List<String> names = vectors().stream().map(Vector::name).toList();
        assertThat(names).hasSize(100);
        assertThat(TABLE.keySet()).containsExactlyInAnyOrderElementsOf(names);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("vectors")
    void each_vector_gets_its_recorded_verdict(Vector v) {
        Verdict verdict = TABLE.get(v.name());
        assertThat(verdict).as("verdict row for %s", v.name()).isNotNull();
        String outcome;
        String path = "";
        BiMessage decoded = null;
        try {
            decoded = codec.decode(v.body());
            outcome = "DECODED";
        } catch (BiDecodeException e) {
            outcome = e.resultCode().name();
            path = e.memberPath();
        }
        assertThat(outcome + " " + path).as("outcome of %s", v.name())
                .isEqualTo(verdict.outcome() + " " + verdict.path());
        boolean weDecode = outcome.equals("DECODED");
        if (weDecode != v.peerAccepted()) {
            assertThat(verdict.reason()).as("reason for differing from the peer on %s", v.name()).isNotBlank();
        }
        if (decoded != null) {
            Object original = JsonTree.normalise(JsonTree.parse(v.body()));
            for (String member : verdict.dropped()) {
                int rename = member.indexOf('>');
                if (rename > 0) {
                    JsonTree.rename(original, member.substring(0, rename), member.substring(rename + 1));
                } else {
                    JsonTree.remove(original, member);
                }
            }
            Object reencoded = JsonTree.normalise(JsonTree.parse(codec.encode(decoded)));
            assertThat(reencoded).as("re-encoded %s", v.name()).isEqualTo(original);
        }
    }

    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"tts-1.0-HomeNSReq-3:MalformedRequest:SenderNSID",
            "tts-1.1-HomeNSReq-3:MalformedMessage:SenderNSID"})
    void strict_nsid_rules_give_the_things_stack_verdicts(String row) {
        String[] c = row.split(":");
        Vector v = vectors().stream().filter(x -> x.name().equals(c[0])).findFirst().orElseThrow();
        BiCodec strict = BiCodec.builder().strictNsids(true).build();
        try {
            strict.decode(v.body());
            org.assertj.core.api.Assertions.fail("decoded " + v.name());
        } catch (BiDecodeException e) {
            assertThat(e.resultCode().name()).isEqualTo(c[1]);
            assertThat(e.memberPath()).isEqualTo(c[2]);
            assertThat(v.peerResultCode()).isEqualTo(c[1]);
        }
    }

    private static Map<String, Verdict> table() {
        Map<String, Verdict> out = new LinkedHashMap<>();
        try (InputStream in = PeerVectorsTest.class.getResourceAsStream("/peer-verdicts.tsv")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t", -1);
                List<String> dropped = c[3].isBlank() ? List.of() : List.of(c[3].split(","));
                out.put(c[0], new Verdict(c[0], c[1], c[2], dropped, c.length > 4 ? c[4] : ""));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
