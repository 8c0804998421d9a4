/** Readiness for administrators and load balancers (MicroProfile Health on the management port). */
package cn.kesu.infrastructure.health;
