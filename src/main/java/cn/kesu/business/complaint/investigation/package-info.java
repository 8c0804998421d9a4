/**
 * Investigation: QA's cause, finding and responsibility shares (质量管理部, SPEC step 3), production's analysis
 * and countermeasures (制造部, step 4) and R&D's technical opinion (研发部, step 5), countersigned by the
 * managers where the procedure asks.
 */
package cn.kesu.business.complaint.investigation;
