package io.lorawanbi.registry.jdbc.internal;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Takes credentials out of JDBC URLs and messages before they reach a log, an exception or a toString. */
public final class Redaction {

    /** What replaces a secret. */
    public static final String MASK = "***";

    private static final Pattern SECRET_PARAMETER = Pattern.compile(
            "(?i)([?&;][^=&;?#]*(?:password|passwd|pwd|secret|token)[^=&;?#]*=)[^&;#\\s]*");
    private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?\\s]*:)[^/@?\\s]*@");

    private Redaction() {}

    /**
     * The URL with the values of password-like parameters ({@code password}, {@code sslpassword},
     * {@code pwd}, anything with {@code secret} or {@code token}) and the password of a
     * {@code user:password@} part replaced by {@value #MASK}.
     */
    public static String url(String url) {
        String out = SECRET_PARAMETER.matcher(url).replaceAll("$1" + MASK);
        return USER_INFO_PASSWORD.matcher(out).replaceAll("$1" + MASK + "@");
    }

    /**
     * A message with any URL-shaped secret masked, and every occurrence of the given password too.
     *
     * @param message the message, or null
     * @param password the configured password, or null
     */
    public static String message(@Nullable String message, @Nullable String password) {
        if (message == null) {
            return "";
        }
        String out = message;
        if (password != null && !password.isEmpty()) {
            out = out.replace(password, MASK);
        }
        return url(out);
    }
}
