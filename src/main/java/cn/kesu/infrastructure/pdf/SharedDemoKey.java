package cn.kesu.infrastructure.pdf;

/**
 * Where a demo server keeps its self-made signing keystore so that every node of a cluster signs with the same key
 * (issue 16): the first node to keep one wins, the others read it.
 */
public interface SharedDemoKey {

    /** The kept PKCS#12 keystore, or null when no node has kept one yet. */
    byte[] stored();

    /** Keeps {@code made} unless another node kept one first; returns the one kept. */
    byte[] keep(byte[] made);
}
