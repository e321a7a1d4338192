package io.lorawanbi.model.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Writes {@value #GENERATED}: the rules of every record of the model, turned from their Jakarta
 * Validation annotations into plain Java at build time (see {@link RulesSource} for what is written
 * and which constraints are understood). A constraint the processor does not know fails the build, so
 * the generated rules never silently drop one.
 *
 * <p>The output depends on the records only (sorted by name, no dates), so the build stays reproducible.
 */
@SupportedAnnotationTypes("*")
public final class RulesProcessor extends AbstractProcessor {

    static final String MODEL_PACKAGE = "io.lorawanbi.model";
    static final String GENERATED = MODEL_PACKAGE + ".internal.GeneratedRules";

    private boolean written;

    /** Creates the processor; javac calls it through the service loader. */
    public RulesProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || round.processingOver()) {
            return false;
        }
        List<TypeElement> records = new ArrayList<>();
        for (Element e : round.getRootElements()) {
            if (e.getKind() == ElementKind.RECORD
                    && ((TypeElement) e).getQualifiedName().toString().startsWith(MODEL_PACKAGE + ".")) {
                records.add((TypeElement) e);
            }
        }
        if (records.isEmpty()) {
            return false;
        }
        records.sort(Comparator.comparing(r -> r.getQualifiedName().toString()));
        written = true;
        try {
            String text = new RulesSource(processingEnv, records).text();
            JavaFileObject file = processingEnv.getFiler().createSourceFile(GENERATED, records.toArray(new Element[0]));
            try (Writer out = file.openWriter()) {
                out.write(text);
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + GENERATED + ": " + e.getMessage());
        } catch (RulesSource.UnknownConstraint e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), e.element);
        }
        return false;
    }
}
