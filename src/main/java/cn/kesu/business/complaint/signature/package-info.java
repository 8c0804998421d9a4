/**
 * 电子签核 (SPEC section 6): the re-entered password that verifies a signer, and the signature recorded on the
 * case with what it means.
 */
package cn.kesu.business.complaint.signature;
