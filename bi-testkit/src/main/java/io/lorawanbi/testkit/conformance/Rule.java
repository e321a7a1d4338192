package io.lorawanbi.testkit.conformance;

import java.util.Objects;
import java.util.Set;

/**
 * One conformance rule: a named, checkable statement about an endpoint's behaviour, traceable to a
 * section of the reference (docs/reference.md), run once per protocol version.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the rule's name: {@code required_…} or {@code optional_…}
 * @param section the section of docs/reference.md it checks, for example {@code §4.3}
 * @param description one sentence: what the endpoint must do
 * @param needs the features the endpoint must declare for the rule to run; otherwise it is skipped
 * @param check the check, given a probe for one version; it throws {@link RuleFailure} to fail
 */
public record Rule(String name, String section, String description, Set<Feature> needs, Check check) {

    /** A rule's check. */
    @FunctionalInterface
    public interface Check {
        /**
         * Runs the check against one version.
         *
         * @throws RuleFailure when the endpoint's behaviour is wrong
         */
        void run(Probe probe);
    }

    /** Checks the name's prefix and copies the features. */
    public Rule {
        Objects.requireNonNull(name, "name");
        if (!name.startsWith("required_") && !name.startsWith("optional_")) {
            throw new IllegalArgumentException("a rule's name starts with required_ or optional_: " + name);
        }
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(description, "description");
        needs = Set.copyOf(needs);
        Objects.requireNonNull(check, "check");
    }

    /** Whether every conforming endpoint must pass the rule. */
    public boolean isRequired() {
        return name.startsWith("required_");
    }
}
