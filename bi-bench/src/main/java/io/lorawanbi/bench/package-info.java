/**
 * JMH benchmarks of the codec: decoding against a parser floor and a jackson-databind baseline,
 * and encoding. See {@code docs/performance.md}.
 */
package io.lorawanbi.bench;
