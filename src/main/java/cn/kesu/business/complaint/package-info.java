/**
 * The complaint procedure, one sub-package per stage: intake and numbering, investigation (QA, production,
 * R&D), consolidation and approval, objections (签呈), pausing a step's clock, severity; below them the case
 * actions, the workflow core and the electronic signature they share; case queries and the signed slip on top.
 */
package cn.kesu.business.complaint;
