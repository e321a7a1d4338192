package io.lorawanbi.testkit.conformance;

/**
 * A conformance rule's check found the endpoint's behaviour wrong: what was expected and what came
 * back.
 */
public final class RuleFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * A failure.
     *
     * @param expected what the rule requires
     * @param actual what the endpoint did
     */
    public RuleFailure(String expected, String actual) {
        super("expected " + expected + ", got " + actual, null, false, false);
    }
}
