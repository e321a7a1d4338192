package io.lorawanbi.model.processor;

import java.math.BigDecimal;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The conditions of the built-in constraints by the kind of the value, with Hibernate Validator's
 * judgment of the edge cases: NaN breaks {@code PositiveOrZero}, {@code DecimalMin} and
 * {@code DecimalMax}; {@code -0.0} breaks {@code PositiveOrZero} (it compares {@code Double} values);
 * infinities compare as beyond every bound.
 */
final class NumberKind {

    static final String INTEGRAL = "integral";
    static final String FLOATING = "floating";
    static final String TEXT = "text";
    static final String LIST = "list";
    static final String OTHER = "other";

    private NumberKind() {}

    static String of(ProcessingEnvironment env, TypeMirror type) {
        if (!(env.getTypeUtils().asElement(type) instanceof TypeElement t)) {
            return OTHER;
        }
        return switch (t.getQualifiedName().toString()) {
            case "java.lang.Long", "java.lang.Integer", "java.lang.Short", "java.lang.Byte" -> INTEGRAL;
            case "java.lang.Double", "java.lang.Float" -> FLOATING;
            case "java.lang.String" -> TEXT;
            case "java.util.List" -> LIST;
            default -> OTHER;
        };
    }

    /** {@code Min}: below a whole bound. */
    static String below(String kind, String v, String bound, Element where) {
        require(kind, INTEGRAL, "@Min", where);
        return v + " != null && " + v + ".longValue() < " + bound + "L";
    }

    /** {@code Max}: above a whole bound. */
    static String above(String kind, String v, String bound, Element where) {
        require(kind, INTEGRAL, "@Max", where);
        return v + " != null && " + v + ".longValue() > " + bound + "L";
    }

    /** {@code PositiveOrZero}: negative (for decimals also NaN and -0.0). */
    static String negative(String kind, String v, Element where) {
        if (kind.equals(FLOATING)) {
            return v + " != null && (" + v + ".isNaN() || Double.compare(" + v + ".doubleValue(), 0.0) < 0)";
        }
        require(kind, INTEGRAL, "@PositiveOrZero", where);
        return v + " != null && " + v + ".longValue() < 0L";
    }

    /** {@code DecimalMin}. */
    static String decimalBelow(String kind, String v, AnnotationMirror a, Elements elements, Element where) {
        String bound = exactBound(kind, a, elements, where);
        boolean inclusive = Boolean.parseBoolean(Annotations.text(elements, a, "inclusive"));
        return v + " != null && (" + v + ".isNaN() || " + v + ".doubleValue() " + (inclusive ? "<" : "<=") + " "
                + bound + ")";
    }

    /** {@code DecimalMax}. */
    static String decimalAbove(String kind, String v, AnnotationMirror a, Elements elements, Element where) {
        String bound = exactBound(kind, a, elements, where);
        boolean inclusive = Boolean.parseBoolean(Annotations.text(elements, a, "inclusive"));
        return v + " != null && (" + v + ".isNaN() || " + v + ".doubleValue() " + (inclusive ? ">" : ">=") + " "
                + bound + ")";
    }

    /** The size of a text or list for {@code Size}. */
    static String size(String kind, String v, Element where) {
        if (kind.equals(TEXT)) {
            return v + ".length()";
        }
        require(kind, LIST, "@Size", where);
        return v + ".size()";
    }

    /**
     * A decimal bound as a double literal; only bounds that a double holds exactly, so that comparing
     * doubles judges as Hibernate Validator's comparison of decimals does.
     */
    private static String exactBound(String kind, AnnotationMirror a, Elements elements, Element where) {
        require(kind, FLOATING, "@DecimalMin/@DecimalMax", where);
        String value = Annotations.text(elements, a, "value");
        BigDecimal exact = new BigDecimal(value);
        double d = exact.doubleValue();
        if (Double.isInfinite(d) || new BigDecimal(d).compareTo(exact) != 0) {
            throw new RulesSource.UnknownConstraint(where, "a decimal bound a double does not hold exactly: " + value);
        }
        return Double.toString(d);
    }

    private static void require(String kind, String expected, String constraint, Element where) {
        if (!kind.equals(expected)) {
            throw new RulesSource.UnknownConstraint(where, constraint + " on a " + kind + " value is not supported"
                    + " by the generated rules");
        }
    }
}
