package io.lorawanbi.model.processor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The text of {@code GeneratedRules}: one method per record of the model that carries or nests a
 * rule, checking its class-level constraints (its own and those of its interfaces), the constraints of
 * its components and of their elements, and descending into components marked {@code @Valid}, as a
 * Jakarta Validation provider does. Each constraint is checked only for the groups that activate it:
 * bit {@code i} of the generated code's {@code g} stands for {@link #GROUPS}{@code [i]} being
 * requested, and a constraint is active when a requested group is one of its groups or extends one
 * (the Jakarta rule of group inheritance).
 *
 * <p>The record's path is passed in three parts (parent path, member name, index or -1) and joined
 * only when a fault is reported or a nested record is entered, so a valid message costs no strings.
 */
final class RulesSource {

    /** A constraint that the generated rules cannot check: the build fails rather than drop it. */
    static final class UnknownConstraint extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Element element;

        UnknownConstraint(Element element, String message) {
            super(message);
            this.element = element;
        }
    }

    /** The groups a caller may request, in bit order. */
    static final String[] GROUPS = {
        "jakarta.validation.groups.Default",
        "io.lorawanbi.model.validation.V1_0",
        "io.lorawanbi.model.validation.V1_1",
        "io.lorawanbi.model.validation.StrictNSIDs",
        "io.lorawanbi.model.validation.Outbound",
    };

    static final String CONSTRAINT = "jakarta.validation.Constraint";
    static final String VALID = "jakarta.validation.Valid";
    static final String WIRE_NAME = "io.lorawanbi.model.WireName";
    static final String BI_MESSAGE = "io.lorawanbi.model.message.BiMessage";

    private final ProcessingEnvironment env;
    private final Types types;
    private final Elements elements;
    private final List<TypeElement> records;
    private final Map<String, Boolean> hasRules = new HashMap<>();
    private final StringBuilder constants = new StringBuilder();
    private int constantCount;

    RulesSource(ProcessingEnvironment env, List<TypeElement> records) {
        this.env = env;
        this.types = env.getTypeUtils();
        this.elements = env.getElementUtils();
        this.records = records;
    }

    String text() {
        List<TypeElement> checked = new ArrayList<>();
        for (TypeElement r : records) {
            new RecordRulesWriter(this, r).refuseWhatCannotBeChecked();
        }
        for (TypeElement r : records) {
            if (hasRules(r)) {
                checked.add(r);
            }
        }
        StringBuilder methods = new StringBuilder();
        for (TypeElement r : checked) {
            new RecordRulesWriter(this, r).write(methods);
        }
        StringBuilder out = new StringBuilder();
        out.append("package io.lorawanbi.model.internal;\n\n");
        out.append("/**\n * The rules of the model's records, written at build time from their Jakarta Validation\n"
                + " * annotations by {@code io.lorawanbi.model.processor.RulesProcessor}. Do not edit.\n */\n");
        out.append("public final class GeneratedRules {\n\n");
        out.append(constants);
        out.append("\n    private GeneratedRules() {}\n\n");
        out.append("    /** Whether a type has rules here. */\n");
        out.append("    public static boolean covers(Class<?> type) {\n        return ");
        for (int i = 0; i < checked.size(); i++) {
            out.append(i == 0 ? "" : "\n                || ").append("type == ")
                    .append(checked.get(i).getQualifiedName()).append(".class");
        }
        out.append(checked.isEmpty() ? "false;\n    }\n\n" : ";\n    }\n\n");
        out.append("    /** Checks a model record under the groups {@code g}, reporting to {@code out}. */\n");
        out.append("    public static void check(Object o, int g, Violations out) {\n");
        for (TypeElement r : checked) {
            out.append("        if (o instanceof ").append(r.getQualifiedName()).append(" r) {\n");
            out.append("            ").append(methodName(r)).append("(r, \"\", \"\", -1, g, out);\n");
            out.append("            return;\n        }\n");
        }
        out.append("    }\n");
        out.append(methods);
        out.append("}\n");
        return out.toString();
    }

    // ---------------------------------------------------------------- helpers for RecordRulesWriter

    ProcessingEnvironment env() {
        return env;
    }

    /** A new private constant of the generated class holding the given array of strings. */
    String constant(List<String> values) {
        String name = "C" + (constantCount++);
        constants.append("    private static final String[] ").append(name).append(" = {");
        for (int i = 0; i < values.size(); i++) {
            constants.append(i == 0 ? "" : ", ").append(literal(values.get(i)));
        }
        constants.append("};\n");
        return name;
    }

    static String methodName(TypeElement record) {
        String q = record.getQualifiedName().toString().substring(RulesProcessor.MODEL_PACKAGE.length() + 1);
        return "check_" + q.replace('.', '_');
    }

    static String wireMapName(TypeElement record) {
        return "wire_" + methodName(record).substring("check_".length());
    }

    static String literal(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String qualifiedName(AnnotationMirror a) {
        return ((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().toString();
    }

    boolean isConstraint(AnnotationMirror a) {
        return a.getAnnotationType().asElement().getAnnotationMirrors().stream()
                .anyMatch(m -> qualifiedName(m).equals(CONSTRAINT));
    }

    static boolean isValid(AnnotationMirror a) {
        return qualifiedName(a).equals(VALID);
    }

    /** The constraints among the annotations, with repeated constraints taken out of their container. */
    List<AnnotationMirror> constraints(List<? extends AnnotationMirror> annotations) {
        List<AnnotationMirror> out = new ArrayList<>();
        for (AnnotationMirror a : annotations) {
            if (isConstraint(a)) {
                out.add(a);
                continue;
            }
            Object value = Annotations.raw(elements, a, "value");
            if (value instanceof List<?> list) {
                for (Object item : list) {
                    if (item instanceof javax.lang.model.element.AnnotationValue v
                            && v.getValue() instanceof AnnotationMirror inner && isConstraint(inner)) {
                        out.add(inner);
                    }
                }
            }
        }
        return out;
    }

    /** The class-level constraints of a record: its own, then those of its interfaces, each interface once. */
    List<AnnotationMirror> classConstraints(TypeElement record) {
        List<AnnotationMirror> out = new ArrayList<>(constraints(record.getAnnotationMirrors()));
        Set<TypeElement> seen = new LinkedHashSet<>();
        collectInterfaces(record, seen);
        for (TypeElement i : seen) {
            out.addAll(constraints(i.getAnnotationMirrors()));
        }
        return out;
    }

    private void collectInterfaces(TypeElement type, Set<TypeElement> seen) {
        for (TypeMirror i : type.getInterfaces()) {
            TypeElement e = (TypeElement) types.asElement(i);
            if (seen.add(e)) {
                collectInterfaces(e, seen);
            }
        }
    }

    /** The field behind a record component (where the component's declaration annotations land). */
    VariableElement field(TypeElement record, RecordComponentElement component) {
        for (VariableElement f : ElementFilter.fieldsIn(record.getEnclosedElements())) {
            if (f.getSimpleName().contentEquals(component.getSimpleName())) {
                return f;
            }
        }
        throw new UnknownConstraint(component, "no field for record component " + component.getSimpleName());
    }

    /** The element type of a List component, or null. */
    TypeMirror listElement(TypeMirror type) {
        if (type instanceof DeclaredType d && !d.getTypeArguments().isEmpty()
                && ((TypeElement) d.asElement()).getQualifiedName().contentEquals("java.util.List")) {
            return d.getTypeArguments().get(0);
        }
        return null;
    }

    /** The model record of a type, or null when the type is not one. */
    TypeElement modelRecord(TypeMirror type) {
        Element e = types.asElement(type);
        if (e instanceof TypeElement t && records.contains(t)) {
            return t;
        }
        return null;
    }

    boolean isMessage(TypeElement record) {
        TypeElement message = elements.getTypeElement(BI_MESSAGE);
        return message != null && types.isAssignable(record.asType(), types.erasure(message.asType()));
    }

    /** The wire name of a component: its {@code @WireName}, else its own name. */
    static String wireName(RecordComponentElement component) {
        for (AnnotationMirror a : component.getAnnotationMirrors()) {
            if (qualifiedName(a).equals(WIRE_NAME)) {
                for (var e : a.getElementValues().entrySet()) {
                    if (e.getKey().getSimpleName().contentEquals("value")) {
                        return String.valueOf(e.getValue().getValue());
                    }
                }
            }
        }
        return component.getSimpleName().toString();
    }

    /** The bits of the requested groups that activate a constraint. */
    int groupMask(AnnotationMirror constraint) {
        List<TypeMirror> declared = new ArrayList<>();
        Object groups = Annotations.raw(elements, constraint, "groups");
        if (groups instanceof List<?> list) {
            for (Object item : list) {
                declared.add((TypeMirror) ((javax.lang.model.element.AnnotationValue) item).getValue());
            }
        }
        if (declared.isEmpty()) {
            declared.add(elements.getTypeElement(GROUPS[0]).asType());
        }
        int mask = 0;
        for (int i = 0; i < GROUPS.length; i++) {
            TypeElement requested = elements.getTypeElement(GROUPS[i]);
            if (requested == null) {
                continue;
            }
            for (TypeMirror g : declared) {
                if (types.isSubtype(requested.asType(), g)) {
                    mask |= 1 << i;
                }
            }
        }
        return mask;
    }

    private boolean hasRules(TypeElement record) {
        String key = record.getQualifiedName().toString();
        Boolean known = hasRules.get(key);
        if (known != null) {
            return known;
        }
        hasRules.put(key, false); // a record that nests itself adds nothing by doing so
        boolean rules = !classConstraints(record).isEmpty();
        for (RecordComponentElement c : record.getRecordComponents()) {
            VariableElement f = field(record, c);
            if (!constraints(f.getAnnotationMirrors()).isEmpty()) {
                rules = true;
            }
            TypeMirror element = listElement(f.asType());
            boolean valid = f.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid);
            if (element != null) {
                if (!constraints(element.getAnnotationMirrors()).isEmpty()) {
                    rules = true;
                }
                valid |= element.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid);
            }
            TypeElement nested = modelRecord(element != null ? element : f.asType());
            if (valid && nested != null && hasRules(nested)) {
                rules = true;
            }
        }
        hasRules.put(key, rules);
        return rules;
    }

    boolean checked(TypeElement record) {
        return hasRules(record);
    }
}
