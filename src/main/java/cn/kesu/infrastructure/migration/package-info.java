/** Versioned schema migrations (Flyway), run when the application is deployed. */
package cn.kesu.infrastructure.migration;
