package io.lorawanbi.model.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Writes {@code <Message>Builder} beside every record of {@value #MESSAGE_PACKAGE} that implements
 * {@value #BI_MESSAGE}: one setter per record component, the header's members, {@code answering} and
 * {@code failure} for answers, and {@code build()} through the canonical constructor (see
 * {@link BuilderSource} for what is written).
 *
 * <p>The record declares {@code builder()} and {@code toBuilder()} itself, which refer to the class
 * written here; javac resolves them once this processor has run. The output depends on the records
 * only (no dates, no order of discovery), so the build stays reproducible.
 */
@SupportedAnnotationTypes("*")
public final class MessageBuilderProcessor extends AbstractProcessor {

    static final String MESSAGE_PACKAGE = "io.lorawanbi.model.message";
    static final String BI_MESSAGE = MESSAGE_PACKAGE + ".BiMessage";

    /** Creates the processor; javac calls it through the service loader. */
    public MessageBuilderProcessor() {}

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        TypeElement biMessage = processingEnv.getElementUtils().getTypeElement(BI_MESSAGE);
        if (biMessage == null) {
            return false;
        }
        TypeMirror messageType = processingEnv.getTypeUtils().erasure(biMessage.asType());
        for (Element e : round.getRootElements()) {
            if (e.getKind() == ElementKind.RECORD
                    && processingEnv.getTypeUtils().isAssignable(e.asType(), messageType)) {
                write((TypeElement) e);
            }
        }
        return false;
    }

    private void write(TypeElement record) {
        BuilderSource source = new BuilderSource(processingEnv, record);
        try {
            JavaFileObject file = processingEnv.getFiler().createSourceFile(source.qualifiedName(), record);
            try (Writer out = file.openWriter()) {
                out.write(source.text());
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write " + source.qualifiedName() + ": " + e.getMessage(), record);
        } catch (UncheckedIOException | IllegalStateException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, e.getMessage(), record);
        }
    }
}
