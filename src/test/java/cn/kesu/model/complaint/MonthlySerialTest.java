package cn.kesu.model.complaint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MonthlySerialTest {

    @Test
    void serialHasTwoDigitsAndWidensPastNinetyNine() {
        MonthlySerial serial = new MonthlySerial("2611");
        assertEquals("261101", serial.nextNumber());
        String last = null;
        for (int i = 2; i <= 100; i++) {
            last = serial.nextNumber();
        }
        assertEquals("2611100", last);
        assertEquals(100, serial.getLastSerial());
    }
}
