package io.lorawanbi.model.validation;

import io.lorawanbi.model.internal.Members;
import io.lorawanbi.model.message.BiMessage;
import io.lorawanbi.model.message.Header;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Optional;

/**
 * Translates the property path of a constraint violation on a model object into the JSON member path
 * a peer understands: {@code DevEUI}, {@code Result.ResultCode}, {@code ULMetaData.GWInfo[0].RSSI}.
 *
 * <p>Header members appear at the top level, as on the wire, because the JSON header is flat.
 * A violation of a whole message (no member) has the empty path.
 *
 * <p>Stateless and thread-safe.
 */
public final class MemberPath {

    private MemberPath() {}

    /** The JSON member path of a violation. */
    public static String of(ConstraintViolation<?> violation) {
        return of(violation.getRootBeanClass(), violation.getPropertyPath());
    }

    /**
     * The JSON member path of a property path rooted at an object of the given type.
     *
     * @param rootType the class of the validated object (a message or any nested model record)
     * @param path the property path reported by the validator
     */
    public static String of(Class<?> rootType, Path path) {
        StringBuilder out = new StringBuilder();
        Class<?> current = rootType;
        for (Path.Node node : path) {
            if (node.isInIterable() && node.getIndex() != null) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.isInIterable() && node.getKey() != null) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getKind() != ElementKind.PROPERTY || node.getName() == null) {
                continue;
            }
            String name = node.getName();
            if (BiMessage.class.isAssignableFrom(current) && name.equals("header")) {
                current = Header.class; // the JSON header is flat: its members sit at the top level
                continue;
            }
            Optional<Members.Member> member = Members.find(current, name);
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(member.map(Members.Member::wireName).orElse(name));
            current = member.<Class<?>>map(Members.Member::valueType).orElse(Object.class);
        }
        return out.toString();
    }
}
