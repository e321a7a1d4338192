package io.lorawanbi.model.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.ProtocolVersion;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.testsupport.Differential;
import io.lorawanbi.model.testsupport.Fixtures;
import io.lorawanbi.model.testsupport.Variants;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The generated rules ({@link MessageRules}) against Hibernate Validator over every fixture of both
 * versions and every one-member variant of each ({@link Variants}), under every set of groups the
 * codec uses: the same violations (member path, constraint, message) from both. The corpus must
 * break every constraint the model uses, so that no rule goes unchecked.
 */
class GeneratedRulesDifferentialTest {

    private static final Set<String> EVERY_CONSTRAINT = Set.of("NotNull", "Null", "Min", "Max", "PositiveOrZero",
            "DecimalMin", "DecimalMax", "Size", "ByteLength", "ExactlyOneOf", "AtLeastOneOf", "AtLeastOneOnSuccess",
            "PresentOnSuccess", "PresentWith", "ConsistentHeader", "SenderNSIDRequired", "SessionKeysOnSuccess",
            "MatchingMessageType");

    @Test
    void both_give_the_same_violations_for_every_fixture_and_every_one_member_variant() {
        Set<String> broken = new TreeSet<>();
        int[] objects = {0};
        for (ProtocolVersion v : new ProtocolVersion[] {ProtocolVersion.V1_0, ProtocolVersion.V1_1}) {
            for (BiMessage fixture : Fixtures.all(v)) {
                assertThat(Differential.requireSame(fixture, BiGroups.of(v))).as("%s is valid", fixture).isZero();
                Differential.requireSameUnderEveryGroupSet(fixture);
                objects[0]++;
                Variants.forEach((Record) fixture, variant -> {
                    Differential.requireSameUnderEveryGroupSet(variant);
                    for (Class<?>[] groups : Differential.GROUP_SETS) {
                        for (RuleViolation r : MessageRules.check(variant, groups)) {
                            broken.add(r.constraint().getSimpleName());
                        }
                    }
                    objects[0]++;
                });
            }
        }
        assertThat(objects[0]).isGreaterThan(5_000);
        assertThat(broken).containsAll(EVERY_CONSTRAINT);
    }

    @Test
    void nested_records_checked_on_their_own_give_the_same_violations() {
        for (Record nested : new Record[] {Fixtures.gwInfo(), Fixtures.ulMetaData(), Fixtures.dlMetaData(),
                Fixtures.serviceProfile(), Fixtures.deviceProfile(), Fixtures.key()}) {
            Differential.requireSameUnderEveryGroupSet(nested);
            Variants.forEach(nested, Differential::requireSameUnderEveryGroupSet);
        }
    }

    @Test
    void a_group_outside_the_model_is_refused() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> MessageRules.check(Fixtures.gwInfo(), String.class))
                .withMessageContaining("java.lang.String");
    }
}
