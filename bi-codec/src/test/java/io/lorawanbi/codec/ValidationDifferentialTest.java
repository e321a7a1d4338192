package io.lorawanbi.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.codec.support.Mutator;
import io.lorawanbi.codec.support.Mutator.Op;
import io.lorawanbi.codec.support.Mutator.Source;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Differential;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Variants;
import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.JoinAns;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The generated rules (the codec's default) against Hibernate Validator, over what the codec reads:
 * every fixture and peer vector, every one- and two-member variant of each decoded peer vector, and a
 * mutation corpus of both decoded without validation. Both must report the same violations (member
 * path, constraint, message) under every set of groups the codec uses ({@link Differential}), and a
 * codec built either way must give the same verdict, fault for fault, for every mutant.
 */
class ValidationDifferentialTest {

    private static final long SEED = 0x4469666656616C69L;
    private static final int MUTANTS = 12_000;
    private static final BiCodec UNCHECKED = BiCodec.builder().validation(false).build();
    private static final BiCodec GENERATED = BiCodec.standard();
    private static final BiCodec HIBERNATE = BiCodec.builder().hibernateValidator().build();

    @Test
    void every_fixture_and_peer_vector_and_their_variants_get_the_same_violations_from_both() {
        int messages = 0;
        int variants = 0;
        int violations = 0;
        for (Source s : Mutator.sources()) {
            BiMessage message = decodeUnchecked(s.json());
            if (message == null) {
                continue;
            }
            messages++;
            violations += Differential.requireSameUnderEveryGroupSet(message);
            sameVerdict(s.json(), s.name());
            if (!s.fixture()) { // the fixtures' variants are bi-model's own differential test
                int[] counts = new int[2];
                Variants.forEach((Record) message, v -> {
                    counts[0]++;
                    counts[1] += Differential.requireSameUnderEveryGroupSet(v);
                });
                variants += counts[0];
                violations += counts[1];
            }
        }
        assertThat(messages).as("fixtures and peer vectors that decode").isGreaterThanOrEqualTo(120);
        assertThat(variants).isGreaterThan(10_000);
        assertThat(violations).isGreaterThan(10_000);
    }

    @Test
    void every_mutant_gets_the_same_violations_and_the_same_verdict_from_both() {
        List<Source> sources = Mutator.sources();
        Op[] ops = Op.values();
        int decoded = 0;
        int broken = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Source source = sources.get(i % sources.size());
            Op op = ops[(i / sources.size()) % ops.length];
            byte[] bytes = Mutator.mutate(op, source, CodecLimits.DEFAULTS, new Random(SEED + i));
            String name = "mutant " + i + " (seed " + (SEED + i) + ", " + op + " of " + source.name() + ")";
            BiMessage message = decodeUnchecked(bytes);
            if (message != null) {
                decoded++;
                if (Differential.requireSameUnderEveryGroupSet(message) > 0) {
                    broken++;
                }
            }
            sameVerdict(bytes, name);
        }
        assertThat(decoded).as("mutants that decode without validation").isGreaterThan(MUTANTS / 10);
        assertThat(broken).as("decoded mutants that break a rule").isGreaterThan(MUTANTS / 50);
    }

    @Test
    void a_host_validator_and_hibernate_validator_refuse_what_the_generated_rules_refuse() {
        JoinAns broken = Fixtures.joinAns(ProtocolVersion.V1_1).toBuilder().phyPayload(null).lifetime(-1L).build();
        BiCodec hosted = BiCodec.builder().validator(io.lorawanbi.model.testsupport.Validation.validator()).build();
        for (BiCodec codec : List.of(GENERATED, HIBERNATE, hosted)) {
            assertThatThrownBy(() -> codec.encode(broken)).isInstanceOfSatisfying(BiEncodeException.class,
                    e -> assertThat(e.problems()).extracting(MemberProblem::memberPath)
                            .containsExactly("Lifetime", "PHYPayload"));
        }
    }

    private static BiMessage decodeUnchecked(byte[] bytes) {
        try {
            return UNCHECKED.decode(bytes);
        } catch (BiDecodeException e) {
            return null;
        }
    }

    /** The codec built on the generated rules and the one built on Hibernate Validator agree. */
    private static void sameVerdict(byte[] bytes, String name) {
        String generated = verdict(GENERATED, bytes);
        String hibernate = verdict(HIBERNATE, bytes);
        assertThat(generated).as(name).isEqualTo(hibernate);
    }

    private static String verdict(BiCodec codec, byte[] bytes) {
        try {
            BiMessage m = codec.decode(bytes);
            try {
                codec.encode(m);
                return "decoded and encoded";
            } catch (BiEncodeException e) {
                return "decoded, refused on the way out: " + e.problems();
            }
        } catch (BiDecodeException e) {
            return e.resultCode() + " " + e.problems();
        }
    }
}
