package io.lorawanbi.model.processor;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.util.Elements;

/** Reading the attributes of an annotation, defaults included. */
final class Annotations {

    private Annotations() {}

    /** The value of an attribute (defaults included), as {@link AnnotationValue#getValue()}, or null. */
    static Object raw(Elements elements, AnnotationMirror a, String name) {
        for (var e : elements.getElementValuesWithDefaults(a).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(name)) {
                return e.getValue().getValue();
            }
        }
        return null;
    }

    /** The strings of an array attribute. */
    static List<String> strings(Elements elements, AnnotationMirror a, String name) {
        List<String> out = new ArrayList<>();
        if (raw(elements, a, name) instanceof List<?> list) {
            for (Object item : list) {
                out.add(String.valueOf(((AnnotationValue) item).getValue()));
            }
        }
        return out;
    }

    /** A string or number attribute, as text. */
    static String text(Elements elements, AnnotationMirror a, String name) {
        return String.valueOf(raw(elements, a, name));
    }
}
