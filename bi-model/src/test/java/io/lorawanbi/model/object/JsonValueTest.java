package io.lorawanbi.model.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lorawanbi.model.object.JsonValue.JsonArray;
import io.lorawanbi.model.object.JsonValue.JsonBoolean;
import io.lorawanbi.model.object.JsonValue.JsonNull;
import io.lorawanbi.model.object.JsonValue.JsonNumber;
import io.lorawanbi.model.object.JsonValue.JsonObject;
import io.lorawanbi.model.object.JsonValue.JsonString;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValueTest {

    private static LinkedHashMap<String, JsonValue> members(String... names) {
        LinkedHashMap<String, JsonValue> map = new LinkedHashMap<>();
        for (int i = 0; i < names.length; i++) {
            map.put(names[i], new JsonNumber(BigDecimal.valueOf(i)));
        }
        return map;
    }

    @Test
    void object_keeps_member_order() {
        JsonObject object = new JsonObject(members("zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "a"));
        assertThat(object.members().keySet())
                .containsExactly("zeta", "alpha", "mu", "beta", "omega", "gamma", "kappa", "a");
    }

    @Test
    void object_is_unmodifiable() {
        JsonObject object = new JsonObject(members("a", "b"));
        assertThatThrownBy(() -> object.members().put("c", JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.members().remove("a")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.members().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> object.members().entrySet().iterator().next().setValue(JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(object.members()).hasSize(2);
    }

    @Test
    void object_copies_its_input() {
        LinkedHashMap<String, JsonValue> source = members("a", "b");
        JsonObject object = new JsonObject(source);
        source.put("c", JsonNull.INSTANCE);
        source.remove("a");
        assertThat(object.members().keySet()).containsExactly("a", "b");
        assertThat(object.get("a")).contains(new JsonNumber(BigDecimal.ZERO));
        assertThat(object.get("c")).isEmpty();
    }

    @Test
    void object_rejects_a_null_name() {
        Map<String, JsonValue> source = new HashMap<>();
        source.put(null, JsonNull.INSTANCE);
        assertThatThrownBy(() -> new JsonObject(source)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void object_rejects_a_null_value() {
        Map<String, JsonValue> source = new LinkedHashMap<>();
        source.put("a", null);
        assertThatThrownBy(() -> new JsonObject(source)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void object_get_finds_members_by_exact_name() {
        JsonObject object = new JsonObject(Map.of("Name", new JsonString("x")));
        assertThat(object.get("Name")).contains(new JsonString("x"));
        assertThat(object.get("name")).isEmpty();
    }

    @Test
    void empty_object_has_no_members() {
        assertThat(JsonObject.empty().members()).isEmpty();
        assertThat(JsonObject.empty()).isEqualTo(new JsonObject(Map.of()));
    }

    @Test
    void objects_with_the_same_members_are_equal() {
        JsonObject a = new JsonObject(members("x", "y"));
        JsonObject b = new JsonObject(members("x", "y"));
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(new JsonObject(members("x", "z")));
    }

    @Test
    void array_copies_its_input_and_is_unmodifiable() {
        List<JsonValue> source = new ArrayList<>(List.of(new JsonString("a"), new JsonBoolean(true)));
        JsonArray array = new JsonArray(source);
        source.add(JsonNull.INSTANCE);
        source.set(0, new JsonString("changed"));
        assertThat(array.elements()).containsExactly(new JsonString("a"), new JsonBoolean(true));
        assertThatThrownBy(() -> array.elements().add(JsonNull.INSTANCE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void array_rejects_null_elements() {
        List<JsonValue> source = Arrays.asList(new JsonString("a"), null);
        assertThatThrownBy(() -> new JsonArray(source)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void arrays_with_the_same_elements_in_order_are_equal() {
        JsonArray a = new JsonArray(List.of(new JsonString("a"), JsonNull.INSTANCE));
        assertThat(a).isEqualTo(new JsonArray(List.of(new JsonString("a"), new JsonNull())))
                .isNotEqualTo(new JsonArray(List.of(JsonNull.INSTANCE, new JsonString("a"))));
    }

    @Test
    void number_keeps_its_exact_decimal_value() {
        BigDecimal big = new BigDecimal("12345678901234567890.123456789012345678901");
        assertThat(new JsonNumber(big).value()).isEqualTo(big);
        assertThat(new JsonNumber(new BigDecimal("1.50")).value().toPlainString()).isEqualTo("1.50");
        assertThat(new JsonNumber(new BigDecimal("1E+3")).value().toString()).isEqualTo("1E+3");
        assertThat(new JsonNumber(new BigDecimal("0.1")).value()).isEqualByComparingTo("0.1");
    }

    @Test
    void numbers_with_the_same_value_are_equal() {
        assertThat(new JsonNumber(new BigDecimal("868.1"))).isEqualTo(new JsonNumber(new BigDecimal("868.1")))
                .hasSameHashCodeAs(new JsonNumber(new BigDecimal("868.1")))
                .isNotEqualTo(new JsonNumber(new BigDecimal("868.2")));
    }

    @Test
    void strings_booleans_and_null_are_equal_by_value() {
        assertThat(new JsonString("a")).isEqualTo(new JsonString("a")).isNotEqualTo(new JsonString("A"));
        assertThat(new JsonBoolean(true)).isEqualTo(new JsonBoolean(true)).isNotEqualTo(new JsonBoolean(false));
        assertThat(new JsonNull()).isEqualTo(JsonNull.INSTANCE);
        assertThat((JsonValue) new JsonString("1")).isNotEqualTo(new JsonNumber(BigDecimal.ONE));
    }

    @Test
    void scalars_reject_null() {
        assertThatThrownBy(() -> new JsonString(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonNumber(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonObject(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new JsonArray(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void nested_values_compare_deeply() {
        JsonObject a = new JsonObject(Map.of("list", new JsonArray(List.of(new JsonObject(members("k"))))));
        JsonObject b = new JsonObject(Map.of("list", new JsonArray(List.of(new JsonObject(members("k"))))));
        assertThat(a).isEqualTo(b);
    }
}
