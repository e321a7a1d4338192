package io.lorawanbi.codec.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.lorawanbi.model.WireName;
import io.lorawanbi.model.message.Header;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The header table, the one member table the codec writes out itself (the body tables are read from
 * the records), names the members as {@link Header}'s {@code @WireName}s do, in the same order, with
 * the emission rules the model states (SenderNSID and ReceiverNSID only in 1.1).
 */
class WireNamesTest {

    @Test
    void header_table_names_the_header_components() {
        List<String> table = new ArrayList<>();
        for (Field<Header> f : MessageTable.HEADER) {
            table.add(f.name + Arrays.toString(f.aliases) + " " + f.emit);
        }
        List<String> model = new ArrayList<>();
        for (RecordComponent c : Header.class.getRecordComponents()) {
            WireName wn = c.getAnnotation(WireName.class);
            model.add(wn.value() + Arrays.toString(wn.aliases()) + " " + RecordMembers.emit(c));
        }
        assertThat(table).containsExactlyElementsOf(model);
    }
}
