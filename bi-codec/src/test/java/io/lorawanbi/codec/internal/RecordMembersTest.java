package io.lorawanbi.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.lorawanbi.model.AlwaysEmitted;
import io.lorawanbi.model.EUI64;
import io.lorawanbi.model.Measurement;
import io.lorawanbi.model.NumericString;
import io.lorawanbi.model.WireName;
import io.lorawanbi.model.validation.V1_0;
import jakarta.validation.constraints.Null;
import java.lang.invoke.MethodHandle;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A member is declared once, on its record: the field table follows from the component's
 * {@code @WireName}, Java type and model marks, and the record is built from the values in component
 * order.
 */
class RecordMembersTest {

    record Sample(
            @WireName(value = "Strength", aliases = {"Strenght"}) @Measurement Integer strength,
            @WireName("Port") Integer port,
            @WireName("Window") @NumericString Long window,
            @WireName("Counter") Long counter,
            @WireName("Gateways") @AlwaysEmitted List<String> gateways,
            @WireName("NSID") @Null(groups = V1_0.class) EUI64 nsid,
            @WireName("Label") String label) {}

    record Unnamed(@WireName("Named") String named, String unnamed) {}

    record MeasuredText(@WireName("Text") @Measurement String text) {}

    @Test
    void a_field_per_component_with_its_name_codec_and_emission_rule() {
        List<Field<Sample>> fields = RecordMembers.fields(Sample.class, 0);

        assertThat(fields).extracting(f -> f.name)
                .containsExactly("Strength", "Port", "Window", "Counter", "Gateways", "NSID", "Label");
        assertThat(fields.get(0).aliases).containsExactly("Strenght");
        assertThat(fields).extracting(f -> (Object) f.codec).startsWith(
                Scalars.MEASURED_INT, Scalars.INT, Scalars.U32_OR_STRING, Scalars.U32);
        assertThat(fields.get(4).codec).isInstanceOf(ListCodec.class);
        assertThat(fields.get(5).codec).isSameAs(Scalars.EUI_64);
        assertThat(fields.get(6).codec).isSameAs(Scalars.TEXT);
        assertThat(fields).extracting(f -> f.emit).containsExactly(Field.Emit.WHEN_PRESENT, Field.Emit.WHEN_PRESENT,
                Field.Emit.WHEN_PRESENT, Field.Emit.WHEN_PRESENT, Field.Emit.ALWAYS, Field.Emit.ONLY_1_1,
                Field.Emit.WHEN_PRESENT);
    }

    @Test
    void getters_read_each_component_and_the_constructor_takes_them_in_order() throws Throwable {
        EUI64 nsid = EUI64.parse("0102030405060708");
        Sample sample = new Sample(-113, 7, 200L, 3L, List.of("a"), nsid, "text");
        List<Field<Sample>> fields = RecordMembers.fields(Sample.class, 0);
        Object[] values = new Object[fields.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = fields.get(i).getter.apply(sample);
        }
        assertThat(values).containsExactly(-113, 7, 200L, 3L, List.of("a"), nsid, "text");

        MethodHandle constructor = RecordMembers.constructor(Sample.class, 0);
        assertThat((Object) constructor.invokeExact(values)).isEqualTo(sample);
    }

    @Test
    void a_component_without_a_wire_name_is_refused_at_start_up() {
        assertThatIllegalStateException().isThrownBy(() -> RecordMembers.fields(Unnamed.class, 0))
                .withMessageContaining("Unnamed.unnamed has no @WireName");
    }

    @Test
    void a_mark_on_a_member_of_the_wrong_type_is_refused_at_start_up() {
        assertThatIllegalStateException().isThrownBy(() -> RecordMembers.fields(MeasuredText.class, 0))
                .withMessageContaining("MeasuredText.text: @Measurement");
    }
}
