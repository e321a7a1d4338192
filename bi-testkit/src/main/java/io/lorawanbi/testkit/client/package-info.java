/**
 * A Backend Interfaces requester for tests and tools (TS002 §1.2, docs/reference.md §1.2–§1.3):
 * {@link io.lorawanbi.testkit.client.BiClient} sends a request over HTTP(S) and returns its answer,
 * synchronously in the HTTP response or asynchronously through an
 * {@link io.lorawanbi.testkit.client.AsyncAnswerReceiver}; every way an exchange can fail is a
 * {@link io.lorawanbi.testkit.client.BiClientException} with a readable message.
 */
@NullMarked
package io.lorawanbi.testkit.client;

import org.jspecify.annotations.NullMarked;
