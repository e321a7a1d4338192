package io.lorawanbi.model.validation;

import jakarta.validation.groups.Default;

/**
 * Validation group of Backend Interfaces 1.1 (TS002-1.1.x). Validating with it applies the rules
 * common to both versions ({@link Default}) and those proper to 1.1.
 * {@link BiGroups#of(io.lorawanbi.model.ProtocolVersion)} picks it for a message.
 */
public interface V1_1 extends Default {}
