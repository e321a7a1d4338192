package io.lorawanbi.model.processor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The source text of one message record's builder. What it writes, for a record {@code M} with
 * components {@code header, c1, c2, …}:
 * <ul>
 *   <li>{@code public final class MBuilder} with package-private constructors {@code MBuilder()} (every
 *       member unset) and {@code MBuilder(M)} (the record's members);</li>
 *   <li>one setter per component, named and documented as the component ({@code @param} text of the
 *       record's Javadoc);</li>
 *   <li>for the header, a setter per member of {@code Header} other than ProtocolVersion and
 *       MessageType, changing that member only (an unset header starts with MessageType {@code M});</li>
 *   <li>for an answer {@code XAns} with a {@code result}: {@code answering(XReq)} (the request's
 *       derived answer header) and {@code failure(ResultCode[, String])} (the result, and every other
 *       nullable member cleared);</li>
 *   <li>{@code build()}: the canonical constructor, not validated.</li>
 * </ul>
 */
final class BuilderSource {

    private static final String NULLABLE = "org.jspecify.annotations.Nullable";
    private static final String WIRE_NAME = "io.lorawanbi.model.WireName";
    private static final String HEADER = MessageBuilderProcessor.MESSAGE_PACKAGE + ".Header";
    private static final String MESSAGE_TYPE = "io.lorawanbi.model.MessageType";
    private static final String RESULT_CODE = "io.lorawanbi.model.ResultCode";
    private static final Pattern PARAM = Pattern.compile("@param\\s+(\\w+)\\s+(.*?)(?=\\n\\s*@|\\z)", Pattern.DOTALL);

    private static final Map<String, String> UNBOXED = Map.of("java.lang.Long", "long", "java.lang.Integer", "int",
            "java.lang.Double", "double", "java.lang.Boolean", "boolean");

    private final Elements elements;
    private final TypeElement record;
    private final String pkg;
    private final String name;
    private final TreeSet<String> imports = new TreeSet<>();

    BuilderSource(ProcessingEnvironment env, TypeElement record) {
        this.elements = env.getElementUtils();
        this.record = record;
        this.pkg = ((PackageElement) elements.getPackageOf(record)).getQualifiedName().toString();
        this.name = record.getSimpleName().toString();
    }

    String qualifiedName() {
        return pkg + "." + name + "Builder";
    }

    String text() {
        imports.add(NULLABLE);
        String b = name + "Builder";
        List<? extends RecordComponentElement> components = record.getRecordComponents();
        Map<String, String> docs = paramDocs(record);
        boolean hasHeader = components.stream().anyMatch(c -> c.getSimpleName().contentEquals("header")
                && HEADER.equals(qualified(c.asType())));
        StringBuilder body = new StringBuilder();
        body.append("    /** A builder with every member unset. */\n    ").append(b).append("() {}\n\n");
        body.append("    /** A builder starting from the members of a message. */\n    ").append(b).append('(')
                .append(name).append(" message) {\n");
        for (RecordComponentElement c : components) {
            body.append("        this.").append(c.getSimpleName()).append(" = message.").append(c.getSimpleName())
                    .append("();\n");
        }
        body.append("    }\n");
        for (RecordComponentElement c : components) {
            String field = c.getSimpleName().toString();
            String type = render(c.asType());
            boolean primitive = c.asType().getKind().isPrimitive();
            body.append('\n').append(setterDoc(docs.get(field), wireName(c), field));
            body.append(hasHeader && field.equals("header") ? "    @Override\n" : "").append("    public ").append(b).append(' ').append(field).append('(')
                    .append(primitive ? "" : "@Nullable ").append(type).append(" value) {\n")
                    .append("        this.").append(field).append(" = value;\n        return this;\n    }\n");
        }
        if (hasHeader) {
            appendHeaderMembers(body, b);
        }
        appendAnswerMethods(body, b, components);
        body.append("\n    /**\n     * The message with the members as set, through the canonical constructor. It is not validated:\n")
                .append("     * validation or encoding reports a member that breaks the rules of the message's version.\n")
                .append("     *\n     * @return a new {@link ").append(name).append("}\n     */\n")
                .append(hasHeader ? "    @Override\n" : "").append("    public ").append(name).append(" build() {\n        return new ").append(name).append('(');
        List<String> args = new ArrayList<>();
        components.forEach(c -> args.add(c.getSimpleName().toString()));
        body.append(String.join(", ", args)).append(");\n    }\n");

        StringBuilder out = new StringBuilder();
        out.append("package ").append(pkg).append(";\n\n");
        for (String i : imports) {
            if (!i.startsWith(pkg + ".") || i.substring(pkg.length() + 1).contains(".")) {
                out.append("import ").append(i).append(";\n");
            }
        }
        out.append("\n/**\n * Builds a {@link ").append(name).append("}, member by member; get one from {@link ").append(name)
                .append("#builder()}\n * or {@link ").append(name).append("#toBuilder()}. Written at build time from the record's components.\n")
                .append(" *\n * <p>Not thread-safe; every setter returns this builder, and {@code null} unsets a member. The\n")
                .append(" * builder holds the members it is given, keys included, and has no {@code toString()} that shows them.\n */\n");
        out.append("public final class ").append(b).append(hasHeader ? " implements BiMessageBuilder<" + name + ">" : "")
                .append(" {\n\n");
        for (RecordComponentElement c : components) {
            boolean primitive = c.asType().getKind().isPrimitive();
            out.append("    private ").append(primitive ? "" : "@Nullable ").append(render(c.asType())).append(' ')
                    .append(c.getSimpleName()).append(";\n");
        }
        out.append('\n').append(body).append("}\n");
        return out.toString();
    }

    private void appendHeaderMembers(StringBuilder body, String b) {
        TypeElement header = elements.getTypeElement(HEADER);
        Map<String, String> docs = paramDocs(header);
        String initial = hasConstant(MESSAGE_TYPE, name) ? "Header.builder().messageType(MessageType." + name + ")"
                : "Header.builder()";
        if (initial.contains("MessageType.")) {
            imports.add(MESSAGE_TYPE);
        }
        for (RecordComponentElement c : header.getRecordComponents()) {
            String field = c.getSimpleName().toString();
            if (field.equals("protocolVersion") || field.equals("messageType")) {
                continue;
            }
            String doc = docs.get(field);
            // A boxed member (TransactionID) is set as a primitive, so that a literal such as 7 is accepted.
            String primitive = UNBOXED.get(qualified(c.asType()));
            String setterDoc = setterDoc(doc == null ? null : "the header's " + doc, wireName(c), "header." + field);
            body.append('\n').append(primitive == null ? setterDoc : setterDoc.replace(", or {@code null} to unset it", ""));
            body.append("    public ").append(b).append(' ').append(field).append('(')
                    .append(primitive != null ? primitive : "@Nullable " + render(c.asType())).append(" value) {\n        this.header = (header == null ? ").append(initial)
                    .append(" : header.toBuilder()).").append(field).append("(value).build();\n        return this;\n    }\n");
        }
    }

    private void appendAnswerMethods(StringBuilder body, String b, List<? extends RecordComponentElement> components) {
        boolean hasResult = components.stream().anyMatch(c -> c.getSimpleName().contentEquals("result"));
        if (!name.endsWith("Ans") || !hasResult) {
            return;
        }
        String request = name.substring(0, name.length() - 3) + "Req";
        if (elements.getTypeElement(pkg + "." + request) != null) {
            body.append("\n    /**\n     * Sets the header derived from a request's ({@link Header#answerHeader()}), so that this message\n")
                    .append("     * answers it.\n     *\n     * @param request the request answered\n     * @return this builder\n     */\n")
                    .append("    public ").append(b).append(" answering(").append(request).append(" request) {\n")
                    .append("        this.header = java.util.Objects.requireNonNull(request, \"request\").header().answerHeader();\n")
                    .append("        return this;\n    }\n");
        }
        imports.add(RESULT_CODE);
        List<String> cleared = new ArrayList<>();
        List<String> clearedNames = new ArrayList<>();
        for (RecordComponentElement c : components) {
            String field = c.getSimpleName().toString();
            if (!field.equals("header") && !field.equals("result") && isNullable(c)) {
                cleared.add(field);
                String wire = wireName(c);
                clearedNames.add("{@code " + (wire != null ? wire : field) + "}");
            }
        }
        String list = cleared.isEmpty() ? "no other member"
                : "no " + String.join(", ", clearedNames);
        body.append("\n    /**\n     * Makes this a failure answer: the code, no description, and ").append(list).append(".\n     *\n")
                .append("     * @param code the ResultCode\n     * @return this builder\n     */\n")
                .append("    public ").append(b).append(" failure(ResultCode code) {\n        return failure(code, null);\n    }\n");
        body.append("\n    /**\n     * Makes this a failure answer: the code and description, and ").append(list).append(".\n     *\n")
                .append("     * @param code the ResultCode\n     * @param description the Description, or {@code null}\n")
                .append("     * @return this builder\n     */\n")
                .append("    public ").append(b).append(" failure(ResultCode code, @Nullable String description) {\n")
                .append("        this.result = Result.of(java.util.Objects.requireNonNull(code, \"code\"), description);\n");
        cleared.forEach(f -> body.append("        this.").append(f).append(" = null;\n"));
        body.append("        return this;\n    }\n");
    }

    private static String setterDoc(String doc, String wire, String component) {
        String text = doc != null ? doc.replaceAll("\\s*\\n\\s*", " ").strip()
                : (wire != null ? "{@code " + wire + "}" : "the " + component);
        return "    /**\n     * Sets " + text + ".\n     *\n     * @param value the value, or {@code null} to unset it\n"
                + "     * @return this builder\n     */\n";
    }

    private Map<String, String> paramDocs(TypeElement type) {
        Map<String, String> docs = new TreeMap<>();
        String comment = elements.getDocComment(type);
        if (comment != null) {
            Matcher m = PARAM.matcher(comment);
            while (m.find()) {
                String text = m.group(2).strip();
                docs.put(m.group(1), text.endsWith(".") ? text.substring(0, text.length() - 1) : text);
            }
        }
        return docs;
    }

    private boolean hasConstant(String enumName, String constant) {
        TypeElement e = elements.getTypeElement(enumName);
        return e != null && e.getEnclosedElements().stream()
                .anyMatch(x -> x.getKind() == ElementKind.ENUM_CONSTANT && x.getSimpleName().contentEquals(constant));
    }

    private static String wireName(Element component) {
        for (AnnotationMirror a : component.getAnnotationMirrors()) {
            if (a.getAnnotationType().toString().equals(WIRE_NAME)) {
                return a.getElementValues().entrySet().stream()
                        .filter(e -> e.getKey().getSimpleName().contentEquals("value"))
                        .map(e -> String.valueOf(e.getValue().getValue())).findFirst().orElse(null);
            }
        }
        return null;
    }

    private static boolean isNullable(RecordComponentElement c) {
        return c.asType().getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().equals(NULLABLE))
                || c.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().equals(NULLABLE));
    }

    private static String qualified(TypeMirror t) {
        return t instanceof DeclaredType d ? ((TypeElement) d.asElement()).getQualifiedName().toString() : t.toString();
    }

    /** The type without its annotations, imported where it is a top-level type. */
    private String render(TypeMirror t) {
        if (t instanceof ArrayType a) {
            return render(a.getComponentType()) + "[]";
        }
        if (t.getKind().isPrimitive()) {
            return t.getKind().name().toLowerCase(Locale.ROOT);
        }
        if (!(t instanceof DeclaredType d)) {
            throw new IllegalStateException("a builder cannot be written for a component of type " + t);
        }
        TypeElement e = (TypeElement) d.asElement();
        String simple;
        if (e.getNestingKind() == NestingKind.TOP_LEVEL) {
            String q = e.getQualifiedName().toString();
            if (!q.startsWith("java.lang.") || q.substring(10).contains(".")) {
                imports.add(q);
            }
            simple = e.getSimpleName().toString();
        } else {
            simple = e.getQualifiedName().toString();
        }
        if (d.getTypeArguments().isEmpty()) {
            return simple;
        }
        List<String> args = new ArrayList<>();
        d.getTypeArguments().forEach(a -> args.add(render(a)));
        return simple + "<" + String.join(", ", args) + ">";
    }
}
