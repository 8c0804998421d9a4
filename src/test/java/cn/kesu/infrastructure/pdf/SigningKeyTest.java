package cn.kesu.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

class SigningKeyTest {

    @TempDir
    Path data;

    @Test
    void outsideDemoModeAServerWithoutTheCompanyKeystoreRefusesToStart() {
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> SigningKey.load(Map.of(), false, data));

        assertTrue(refusal.getMessage().contains("KESU_SIGNING_KEYSTORE"), refusal.getMessage());
        assertTrue(Files.notExists(data.resolve("kesu-signing-demo.p12")), "no demo key is made");
    }

    @Test
    void aKeystoreWithoutAPasswordIsRefusedRatherThanOpenedWithAnEmptyOne() {
        for (Map<String, String> environment : java.util.List.of(
                Map.of("KESU_SIGNING_KEYSTORE", "/etc/kesu/signing.p12"),
                Map.of("KESU_SIGNING_KEYSTORE", "/etc/kesu/signing.p12", "KESU_SIGNING_PASSWORD", ""))) {
            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> SigningKey.load(environment, true, data));
            assertTrue(refusal.getMessage().contains("KESU_SIGNING_PASSWORD"), refusal.getMessage());
        }
    }

    @Test
    void theDemoKeyIsReadableByTheServersAccountOnlyAndKeptAcrossRestarts() throws Exception {
        SigningKey first = SigningKey.load(Map.of(), true, data);

        Path file = data.resolve("kesu-signing-demo.p12");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals(first.certificate(), SigningKey.load(Map.of(), true, data).certificate());
    }
}
