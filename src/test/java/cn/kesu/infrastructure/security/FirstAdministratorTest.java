package cn.kesu.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

class FirstAdministratorTest {

    @TempDir
    Path data;

    @Test
    void aWeakKesuAdminPasswordIsRefusedAndNoAdministratorIsMade() {
        for (String weak : List.of("admin12345678", "1qaz2wsx3edc", "short-1")) {
            IllegalStateException refusal = assertThrows(IllegalStateException.class,
                    () -> FirstAdministrator.firstPassword(weak, data));
            assertTrue(refusal.getMessage().contains("KESU_ADMIN_PASSWORD"), refusal.getMessage());
            assertFalse(refusal.getMessage().contains(weak), "the refusal does not repeat the password");
        }
        assertFalse(Files.exists(data.resolve("kesu/first-admin-password.txt")));
    }

    @Test
    void aGoodKesuAdminPasswordIsTakenAsGiven() {
        assertEquals("quality-first-2026", FirstAdministrator.firstPassword("quality-first-2026", data));
        assertFalse(Files.exists(data.resolve("kesu/first-admin-password.txt")));
    }

    @Test
    void withoutOneARandomPasswordGoesToAFileOnlyTheServersAccountReadsAndNeverToTheLog() throws Exception {
        List<LogRecord> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger(FirstAdministrator.class.getName());
        logger.addHandler(capture);
        try {
            String password = FirstAdministrator.firstPassword(null, data);

            Path file = data.resolve("kesu/first-admin-password.txt");
            assertEquals(password, Files.readString(file).strip());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
            assertTrue(password.length() >= PasswordRules.MIN_LENGTH);
            assertFalse(logged.isEmpty(), "the log says where the password is");
            for (LogRecord record : logged) {
                assertFalse(record.getMessage().contains(password), "the log never holds the password");
                assertTrue(record.getMessage().contains(file.toString()));
            }
        } finally {
            logger.removeHandler(capture);
        }
    }
}
