package io.lorawanbi.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.WireName;
import io.lorawanbi.model.message.Header;
import io.lorawanbi.model.message.Result;
import io.lorawanbi.model.object.DLMetaData;
import io.lorawanbi.model.object.DeviceProfile;
import io.lorawanbi.model.object.GWInfoElement;
import io.lorawanbi.model.object.KeyEnvelope;
import io.lorawanbi.model.object.ServiceProfile;
import io.lorawanbi.model.object.ULMetaData;
import io.lorawanbi.model.object.VSExtension;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The codec's field tables and the model's {@code @WireName}s say the same thing: same members, same
 * order (specification order), same aliases. The model's names are what validation reports; the
 * tables are what goes on the wire.
 */
class WireNamesTest {

    static Stream<Arguments> tables() {
        List<Arguments> out = new ArrayList<>();
        for (MessageDescriptor<?> d : Messages.ALL) {
            out.add(Arguments.of(d.type.messageClass().getSimpleName(), d.type.messageClass(), names(d.fields), true));
        }
        out.add(Arguments.of("Header", Header.class, names(MessageTable.HEADER.toArray(new Field<?>[0])), false));
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void message_tables_name_the_record_components(String name, Class<?> type, List<String> table, boolean skipHeader) {
        assertThat(table).containsExactlyElementsOf(wireNames(type, skipHeader));
    }

    @Test
    void nested_object_tables_name_the_record_components() {
        assertThat(names(fields(NestedObjects.RESULT))).containsExactlyElementsOf(wireNames(Result.class, false));
        assertThat(names(fields(NestedObjects.KEY_ENVELOPE))).containsExactlyElementsOf(wireNames(KeyEnvelope.class, false));
        assertThat(names(fields(NestedObjects.GW_INFO))).containsExactlyElementsOf(wireNames(GWInfoElement.class, false));
        assertThat(names(fields(NestedObjects.UL_METADATA))).containsExactlyElementsOf(wireNames(ULMetaData.class, false));
        assertThat(names(fields(NestedObjects.DL_METADATA))).containsExactlyElementsOf(wireNames(DLMetaData.class, false));
        assertThat(names(fields(NestedObjects.SERVICE_PROFILE))).containsExactlyElementsOf(wireNames(ServiceProfile.class, false));
        assertThat(names(fields(NestedObjects.DEVICE_PROFILE))).containsExactlyElementsOf(wireNames(DeviceProfile.class, false));
        assertThat(names(fields(NestedObjects.VS_EXTENSION))).containsExactlyElementsOf(wireNames(VSExtension.class, false));
    }

    private static Field<?>[] fields(ObjectCodec<?> codec) {
        try {
            var f = ObjectCodec.class.getDeclaredField("fields");
            f.setAccessible(true);
            return (Field<?>[]) f.get(codec);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> names(Field<?>[] fields) {
        List<String> out = new ArrayList<>();
        for (Field<?> f : fields) {
            out.add(f.name + Arrays.toString(f.aliases));
        }
        return out;
    }

    private static List<String> wireNames(Class<?> type, boolean skipHeader) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (skipHeader && c.getName().equals("header")) {
                continue;
            }
            WireName wn = c.getAnnotation(WireName.class);
            assertThat(wn).as("@WireName on %s.%s", type.getSimpleName(), c.getName()).isNotNull();
            out.add(wn.value() + Arrays.toString(wn.aliases()));
        }
        return out;
    }
}
