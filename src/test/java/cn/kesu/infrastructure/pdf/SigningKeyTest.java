package cn.kesu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

class SigningKeyTest {

    @TempDir
    Path data;

    @Test
    void outsideDemoModeAServerWithoutTheCompanyKeystoreRefusesToStart() {
        InMemoryDemoKey shared = new InMemoryDemoKey();
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> SigningKey.load(Map.of(), false, data, shared));

        assertTrue(refusal.getMessage().contains("KESU_SIGNING_KEYSTORE"), refusal.getMessage());
        assertNull(shared.stored(), "no demo key is made");
    }

    @Test
    void aKeystoreWithoutAPasswordIsRefusedRatherThanOpenedWithAnEmptyOne() {
        for (Map<String, String> environment : java.util.List.of(
                Map.of("KESU_SIGNING_KEYSTORE", "/etc/kesu/signing.p12"),
                Map.of("KESU_SIGNING_KEYSTORE", "/etc/kesu/signing.p12", "KESU_SIGNING_PASSWORD", ""))) {
            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> SigningKey.load(environment, true, data, new InMemoryDemoKey()));
            assertTrue(refusal.getMessage().contains("KESU_SIGNING_PASSWORD"), refusal.getMessage());
        }
    }

    /** Issue 16: the demo key is made once and kept in the shared database; every node, and every restart, reads it. */
    @Test
    void theDemoKeyIsMadeOnceAndEveryNodeSignsWithTheOneKept() throws Exception {
        InMemoryDemoKey shared = new InMemoryDemoKey();
        SigningKey first = SigningKey.load(Map.of(), true, data, shared);
        byte[] kept = shared.stored().clone();

        SigningKey otherNode = SigningKey.load(Map.of(), true, Files.createDirectory(data.resolve("node2")), shared);
        assertEquals(first.certificate(), otherNode.certificate());
        assertArrayEquals(kept, shared.stored(), "kept once, never replaced");
        assertTrue(Files.notExists(data.resolve("kesu-signing-demo.p12")), "nothing in the data directory");
    }

    /** Two nodes starting at once each make a key; the one the database kept first is the one both sign with. */
    @Test
    void nodesThatMadeTheirOwnKeyAtOnceBothUseTheOneKeptFirst() throws Exception {
        InMemoryDemoKey empty = new InMemoryDemoKey();
        SigningKey mine = SigningKey.load(Map.of(), true, data, empty);
        SharedDemoKey raced = new SharedDemoKey() {
            @Override
            public byte[] stored() {
                return null; // it looked before the other node kept its key
            }

            @Override
            public byte[] keep(byte[] made) {
                assertNotEquals(0, made.length);
                return empty.stored(); // and lost the race
            }
        };
        assertEquals(mine.certificate(), SigningKey.load(Map.of(), true, data, raced).certificate());
    }

    /** A demo server that kept its key in its data directory keeps signing with it: its older slips still verify. */
    @Test
    void aDemoKeyFromTheDataDirectoryIsTheOneKept() throws Exception {
        InMemoryDemoKey earlier = new InMemoryDemoKey();
        SigningKey made = SigningKey.load(Map.of(), true, data, earlier);
        Files.write(data.resolve("kesu-signing-demo.p12"), earlier.stored());

        InMemoryDemoKey upgraded = new InMemoryDemoKey();
        assertEquals(made.certificate(), SigningKey.load(Map.of(), true, data, upgraded).certificate());
        assertArrayEquals(earlier.stored(), upgraded.stored());
    }
}
