package io.lorawanbi.model.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Writes the check method of one record (and, when it has class-level constraints, the map from its
 * component names to their wire names). Understood: the class-level constraints of
 * {@code io.lorawanbi.model.validation} (their logic is {@code ClassRules}, shared with the Jakarta
 * Validation constraint validators), {@code ByteLength}, and the built-in {@code NotNull}, {@code Null},
 * {@code Min}, {@code Max}, {@code PositiveOrZero}, {@code DecimalMin}, {@code DecimalMax} and
 * {@code Size}, with Hibernate Validator's semantics (NaN and -0.0 as it judges them) and its English
 * messages; anything else fails the build.
 */
final class RecordRulesWriter {

    private static final String V = "io.lorawanbi.model.validation.";
    private static final String C = "jakarta.validation.constraints.";

    /** Hibernate Validator's English messages for the built-in constraints used without a message. */
    private static final Map<String, String> DEFAULT_MESSAGES = Map.of(
            "NotNull", "must not be null",
            "Null", "must be null",
            "Min", "must be greater than or equal to {value}",
            "Max", "must be less than or equal to {value}",
            "PositiveOrZero", "must be greater than or equal to 0",
            "Size", "size must be between {min} and {max}");

    private final RulesSource source;
    private final Elements elements;
    private final TypeElement record;
    private final boolean message;
    private final StringBuilder body = new StringBuilder();

    RecordRulesWriter(RulesSource source, TypeElement record) {
        this.source = source;
        this.elements = source.env().getElementUtils();
        this.record = record;
        this.message = source.isMessage(record);
    }

    void write(StringBuilder out) {
        String self = "Violations.path(parent, name, index)";
        List<AnnotationMirror> classLevel = source.classConstraints(record);
        for (AnnotationMirror a : classLevel) {
            classConstraint(a, self);
        }
        for (RecordComponentElement c : record.getRecordComponents()) {
            component(c, self);
        }
        out.append("\n    static void ").append(RulesSource.methodName(record)).append('(')
                .append(record.getQualifiedName()).append(" r, String parent, String name, int index, int g,"
                        + " Violations out) {\n");
        out.append(body);
        out.append("    }\n");
        if (!classLevel.isEmpty()) {
            out.append("\n    private static String ").append(RulesSource.wireMapName(record)).append("(String c) {\n");
            out.append("        return switch (c) {\n");
            for (RecordComponentElement c : record.getRecordComponents()) {
                out.append("            case ").append(RulesSource.literal(c.getSimpleName().toString())).append(" -> ")
                        .append(RulesSource.literal(RulesSource.wireName(c))).append(";\n");
            }
            out.append("            default -> c;\n        };\n    }\n");
        }
    }

    /**
     * What a Jakarta Validation provider would honour but these checks would not: group sequences,
     * group conversion, constraints on other methods than the component accessors (a provider reads
     * getters), and constraints on type arguments of anything but a List.
     */
    void refuseWhatCannotBeChecked() {
        for (AnnotationMirror a : record.getAnnotationMirrors()) {
            String type = RulesSource.qualifiedName(a);
            if (type.equals("jakarta.validation.GroupSequence") || type.endsWith(".GroupSequenceProvider")) {
                throw new RulesSource.UnknownConstraint(record, "the generated rules cannot follow @" + type);
            }
        }
        java.util.Set<String> accessors = new java.util.HashSet<>();
        for (RecordComponentElement c : record.getRecordComponents()) {
            accessors.add(c.getSimpleName().toString());
            VariableElement f = source.field(record, c);
            for (AnnotationMirror a : f.getAnnotationMirrors()) {
                if (RulesSource.qualifiedName(a).equals("jakarta.validation.groups.ConvertGroup")) {
                    throw new RulesSource.UnknownConstraint(f, "the generated rules cannot follow @ConvertGroup");
                }
            }
            TypeMirror element = source.listElement(f.asType());
            boolean valid = f.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid)
                    || (element != null && element.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid));
            if (valid && source.modelRecord(element != null ? element : f.asType()) == null) {
                throw new RulesSource.UnknownConstraint(f, "@Valid on a value that is no record of the model:"
                        + " the generated rules cannot descend into it");
            }
            if (element == null && f.asType() instanceof javax.lang.model.type.DeclaredType d) {
                for (TypeMirror argument : d.getTypeArguments()) {
                    if (!source.constraints(argument.getAnnotationMirrors()).isEmpty()
                            || argument.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid)) {
                        throw new RulesSource.UnknownConstraint(f, "the generated rules check the elements of a List"
                                + " only, not the type arguments of " + d.asElement().getSimpleName());
                    }
                }
            }
        }
        for (javax.lang.model.element.ExecutableElement m
                : javax.lang.model.util.ElementFilter.methodsIn(record.getEnclosedElements())) {
            boolean accessor = m.getParameters().isEmpty() && accessors.contains(m.getSimpleName().toString());
            if (!accessor && !source.constraints(m.getAnnotationMirrors()).isEmpty()) {
                throw new RulesSource.UnknownConstraint(m, "the generated rules check record components only,"
                        + " not a constraint on the method " + m.getSimpleName());
            }
        }
    }

    private void classConstraint(AnnotationMirror a, String self) {
        String type = RulesSource.qualifiedName(a);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        int mask = source.groupMask(a);
        if (mask == 0) {
            return;
        }
        String sink = "out.at(parent, name, index, GeneratedRules::" + RulesSource.wireMapName(record) + ", "
                + type + ".class)";
        String guard = "        if ((g & " + mask + ") != 0";
        switch (type) {
            case V + "ExactlyOneOf", V + "AtLeastOneOf" -> {
                List<String> members = Annotations.strings(elements, a, "value");
                String rule = simple.equals("ExactlyOneOf") ? "exactlyOneOf" : "atLeastOneOf";
                line(guard + ") {\n            ClassRules." + rule + "(" + presence(members, a) + ", "
                        + source.constant(members) + ", " + RulesSource.literal(wireNames(members, a)) + ", "
                        + sink + ");\n        }\n");
            }
            case V + "AtLeastOneOnSuccess" -> {
                List<String> members = Annotations.strings(elements, a, "value");
                line(guard + " && ClassRules.success(r)) {\n            ClassRules.atLeastOneOnSuccess(true, "
                        + presence(members, a) + ", " + source.constant(members) + ", "
                        + RulesSource.literal(wireNames(members, a)) + ", " + sink + ");\n        }\n");
            }
            case V + "PresentOnSuccess" -> {
                List<String> members = Annotations.strings(elements, a, "value");
                line(guard + " && ClassRules.success(r)) {\n            ClassRules.presentOnSuccess(true, "
                        + presence(members, a) + ", " + source.constant(members) + ", "
                        + RulesSource.literal(Annotations.text(elements, a, "message")) + ", " + sink + ");\n        }\n");
            }
            case V + "PresentWith" -> {
                String when = Annotations.text(elements, a, "when");
                String then = Annotations.text(elements, a, "then");
                line(guard + ") {\n            ClassRules.presentWith(" + present(when, a) + ", " + present(then, a) + ", "
                        + RulesSource.literal(then) + ", " + RulesSource.literal(wireNames(List.of(when), a)) + ", "
                        + sink + ");\n        }\n");
            }
            case V + "SessionKeysOnSuccess" -> line(guard + " && ClassRules.success(r)) {\n"
                    + "            ClassRules.sessionKeysOnSuccess(true, "
                    + presence(List.of("nwkSKey", "fNwkSIntKey", "sNwkSIntKey", "nwkSEncKey"), a) + ", " + sink
                    + ");\n        }\n");
            case V + "ConsistentHeader" -> line(guard + ") {\n            ClassRules.consistentHeader(r, " + sink
                    + ");\n        }\n");
            case V + "SenderNSIDRequired" -> line(guard + ") {\n            ClassRules.senderNsidRequired(r, "
                    + RulesSource.literal(Annotations.text(elements, a, "message")) + ", " + sink + ");\n        }\n");
            case V + "MatchingMessageType" -> line(guard + ") {\n            String f = ClassRules.messageTypeMismatch(r);\n"
                    + "            if (f != null) {\n                out.add(Violations.join(" + self + ", \"MessageType\"), "
                    + type + ".class, f);\n            }\n        }\n");
            default -> throw new RulesSource.UnknownConstraint(record, "the generated rules cannot check @" + type);
        }
    }

    private void component(RecordComponentElement c, String self) {
        VariableElement f = source.field(record, c);
        String accessor = c.getSimpleName().toString();
        String wire = RulesSource.wireName(c);
        boolean flat = message && accessor.equals("header"); // the header's members sit at the top level
        String path = flat ? self : "Violations.join(" + self + ", " + RulesSource.literal(wire) + ")";
        List<String> code = new ArrayList<>();
        for (AnnotationMirror a : source.constraints(f.getAnnotationMirrors())) {
            code.add(constraint(a, f.asType(), "v", path, f));
        }
        boolean valid = f.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid);
        TypeMirror element = source.listElement(f.asType());
        if (element != null) {
            List<String> elementCode = new ArrayList<>();
            String elementPath = "Violations.element(" + path + ", i)";
            for (AnnotationMirror a : source.constraints(element.getAnnotationMirrors())) {
                elementCode.add(constraint(a, element, "e", elementPath, f));
            }
            TypeElement nested = source.modelRecord(element);
            boolean cascade = valid || element.getAnnotationMirrors().stream().anyMatch(RulesSource::isValid);
            if (cascade && nested == null) {
                throw new RulesSource.UnknownConstraint(f, "@Valid on elements that are no record of the model:"
                        + " the generated rules cannot descend into them");
            }
            if (nested != null && source.checked(nested) && cascade) {
                elementCode.add("if (e != null) {\n" + RulesSource.methodName(nested) + "(e, " + self + ", "
                        + RulesSource.literal(wire) + ", i, g, out);\n}\n");
            }
            if (!elementCode.isEmpty()) {
                code.add("if (v != null) {\nfor (int i = 0; i < v.size(); i++) {\nvar e = v.get(i);\n"
                        + String.join("", elementCode) + "}\n}\n");
            }
        } else if (valid) {
            TypeElement nested = source.modelRecord(f.asType());
            if (nested == null) {
                throw new RulesSource.UnknownConstraint(f, "@Valid on a value that is no record of the model:"
                        + " the generated rules cannot descend into it");
            }
            if (source.checked(nested)) {
                String args = flat ? "parent, name, index" : self + ", " + RulesSource.literal(wire) + ", -1";
                code.add("if (v != null) {\n" + RulesSource.methodName(nested) + "(v, " + args + ", g, out);\n}\n");
            }
        }
        if (code.isEmpty()) {
            return;
        }
        line("        {\n            var v = r." + accessor + "();\n");
        for (String block : code) {
            line(indent(block, 3));
        }
        line("        }\n");
    }

    private String constraint(AnnotationMirror a, TypeMirror valueType, String v, String path, Element where) {
        String type = RulesSource.qualifiedName(a);
        String simple = type.substring(type.lastIndexOf('.') + 1);
        int mask = source.groupMask(a);
        if (mask == 0) {
            return "";
        }
        String kind = NumberKind.of(source.env(), valueType);
        String condition = switch (type) {
            case C + "NotNull" -> v + " == null";
            case C + "Null" -> v + " != null";
            case C + "Min" -> NumberKind.below(kind, v, Annotations.text(elements, a, "value"), where);
            case C + "Max" -> NumberKind.above(kind, v, Annotations.text(elements, a, "value"), where);
            case C + "PositiveOrZero" -> NumberKind.negative(kind, v, where);
            case C + "DecimalMin" -> NumberKind.decimalBelow(kind, v, a, elements, where);
            case C + "DecimalMax" -> NumberKind.decimalAbove(kind, v, a, elements, where);
            case C + "Size" -> v + " != null && (" + NumberKind.size(kind, v, where) + " < "
                    + Annotations.text(elements, a, "min") + " || " + NumberKind.size(kind, v, where) + " > "
                    + Annotations.text(elements, a, "max") + ")";
            case V + "ByteLength" -> null;
            default -> throw new RulesSource.UnknownConstraint(where, "the generated rules cannot check @" + type);
        };
        if (condition == null) { // ByteLength: the message depends on the value
            return "if ((g & " + mask + ") != 0) {\nString f = ClassRules.byteLength(" + v + ", "
                    + Annotations.text(elements, a, "min") + ", " + Annotations.text(elements, a, "max") + ");\n"
                    + "if (f != null) {\nout.add(" + path + ", " + type + ".class, f);\n}\n}\n";
        }
        return "if ((g & " + mask + ") != 0 && " + condition + ") {\nout.add(" + path + ", " + type + ".class, "
                + RulesSource.literal(message(a, simple, where)) + ");\n}\n";
    }

    /** The message as Hibernate Validator's ParameterMessageInterpolator gives it. */
    private String message(AnnotationMirror a, String simple, Element where) {
        String template = Annotations.text(elements, a, "message");
        if (template.startsWith("{" + C)) {
            template = DEFAULT_MESSAGES.get(simple);
            if (template == null) {
                throw new RulesSource.UnknownConstraint(where, "give @" + simple + " a message: its default one "
                        + "needs expression language, which the codec's Hibernate Validator bootstrap does not interpolate");
            }
        }
        if (template.contains("${")) {
            throw new RulesSource.UnknownConstraint(where, "a message with an EL expression: " + template);
        }
        for (String attribute : List.of("value", "min", "max", "inclusive")) {
            Object raw = Annotations.raw(elements, a, attribute);
            if (raw != null) {
                template = template.replace("{" + attribute + "}", String.valueOf(raw));
            }
        }
        return template;
    }

    private String presence(List<String> members, AnnotationMirror a) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            terms.add("(" + present(members.get(i), a) + " ? " + (1 << i) + " : 0)");
        }
        return String.join(" | ", terms);
    }

    private String present(String member, AnnotationMirror a) {
        componentNamed(member, a);
        return "Members.isPresent(r." + member + "())";
    }

    private String wireNames(List<String> members, AnnotationMirror a) {
        List<String> names = new ArrayList<>();
        for (String m : members) {
            names.add(RulesSource.wireName(componentNamed(m, a)));
        }
        return String.join(", ", names);
    }

    private RecordComponentElement componentNamed(String member, AnnotationMirror a) {
        for (RecordComponentElement c : record.getRecordComponents()) {
            if (c.getSimpleName().contentEquals(member)) {
                return c;
            }
        }
        throw new RulesSource.UnknownConstraint(record, "@" + RulesSource.qualifiedName(a)
                + " names " + member + ", which is no record component of " + record.getSimpleName());
    }

    private void line(String text) {
        body.append(text);
    }

    private static String indent(String block, int level) {
        StringBuilder out = new StringBuilder();
        int depth = level;
        for (String l : block.split("\n")) {
            if (l.isEmpty()) {
                continue;
            }
            if (l.startsWith("}")) {
                depth--;
            }
            out.append("    ".repeat(depth)).append(l).append('\n');
            if (l.endsWith("{")) {
                depth++;
            }
        }
        return out.toString();
    }
}
