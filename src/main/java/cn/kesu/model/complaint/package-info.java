/**
 * The complaint slip (客户抱怨处理表) and its way through the departments: steps with holders and
 * deadlines, electronic signatures, responsibility shares, case numbers.
 */
package cn.kesu.model.complaint;
