package cn.kesu.view.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

class ChartJsonTest {

    @Test
    void aCatalogNameThatWouldEndTheScriptBlockIsWrittenEscapedAndReadsBackAsTyped() {
        String hostile = "</script><script>alert('x')</script> & \u2028";

        String json = ChartJson.chart(Json.createArrayBuilder().add(hostile),
                Json.createArrayBuilder().add(ChartJson.dataset("bar", hostile, Json.createArrayBuilder().add(1),
                        "#1565c0", "y")), false);

        assertFalse(json.contains("<"), json);
        assertFalse(json.contains(">"), json);
        assertFalse(json.contains("\u2028"), json);
        JsonObject read = Json.createReader(new StringReader(json)).readObject();
        assertEquals(hostile, read.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals(hostile, read.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getString("label"));
    }
}
