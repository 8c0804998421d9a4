/**
 * 接口: what the REST API does beside the screens: the intake of slips with idempotency keys
 * ({@link cn.kesu.business.api.ApiIntake}) and the reading of cases ({@link cn.kesu.business.api.ApiReading}). A
 * client acts through the role of its scope, so the department beans apply their own rules. The clients themselves
 * are in {@code cn.kesu.business.api.clients}.
 */
package cn.kesu.business.api;
