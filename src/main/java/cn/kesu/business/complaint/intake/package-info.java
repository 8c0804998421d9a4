/**
 * Intake and numbering: business's slip from draft to submission (填具客户抱怨处理表) with its attachments,
 * and the case number taken at acceptance (编列客诉编号). Business's desk also carries its later steps: the
 * handling proposal (SPEC step 7), the execution documents, 结案, re-complaints and 回访.
 */
package cn.kesu.business.complaint.intake;
