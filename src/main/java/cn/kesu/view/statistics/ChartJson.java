package cn.kesu.view.statistics;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

/** Chart.js configurations as JSON for {@code p:chart}: bars and lines on a count axis, optionally a percent axis. */
final class ChartJson {

    private ChartJson() {
    }

    static JsonObjectBuilder dataset(String type, String label, JsonArrayBuilder data, String colour, String axis) {
        // Lines are drawn over the bars (lower order on top).
        return Json.createObjectBuilder().add("type", type).add("order", "line".equals(type) ? 0 : 1)
                .add("label", label).add("data", data)
                .add("backgroundColor", colour).add("borderColor", colour).add("yAxisID", axis);
    }

    static String chart(JsonArrayBuilder labels, JsonArrayBuilder datasets, boolean percentAxis) {
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", Json.createObjectBuilder().add("beginAtZero", true).add("position", "left"));
        if (percentAxis) {
            scales.add("percent", Json.createObjectBuilder().add("beginAtZero", true).add("max", 100)
                    .add("position", "right"));
        }
        return forScriptBlock(Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("scales", scales))
                .build().toString());
    }

    /**
     * The chart's JSON is written into an inline script block, where a catalog name such as
     * {@code </script><script>…} would end the block and run. Outside strings JSON has none of these
     * characters, inside strings their escapes mean the same text, so the chart shows the name as typed.
     */
    static String forScriptBlock(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
