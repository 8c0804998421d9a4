/**
 * Technical services beneath the department beans: security, migrations, time, health, demo data,
 * rendering. Nothing here decides a rule of the procedure.
 */
package cn.kesu.infrastructure;
