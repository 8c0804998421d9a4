package cn.kesu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import cn.kesu.support.InContainerTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Issue 16, one company key for every node: the demo server's signing key is the one kept in the shared database,
 * and a node starting afresh on the same database — with its own, empty data directory — signs with that key too.
 */
class SharedDemoKeyIT extends InContainerTest {

    @Inject
    PdfSigning signing;

    @Inject
    SharedDemoKey shared;

    @Test
    void everyNodeOnTheDatabaseSignsWithTheKeyKeptThere() throws Exception {
        java.security.cert.X509Certificate signingNow = signing.certificate();
        byte[] kept = shared.stored();
        assertNotNull(kept, "the demo key is kept in the database");

        Path freshNode = Files.createTempDirectory("kesu-node2");
        SigningKey otherNode = SigningKey.load(Map.of(), true, freshNode, shared);
        assertEquals(signingNow, otherNode.certificate(), "the other node signs with the same key");
        assertArrayEquals(kept, shared.keep(new byte[]{1, 2, 3}), "a later node's key is not kept over it");
    }
}
