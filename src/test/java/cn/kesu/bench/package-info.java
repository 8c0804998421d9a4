/**
 * Benchmarks (run with {@code -Pbench,postgresql}, never by the normal test command): each prints one
 * line per measure, the application's figure next to the same query as raw SQL, median and p95.
 */
package cn.kesu.bench;
