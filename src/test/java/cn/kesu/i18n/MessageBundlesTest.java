package cn.kesu.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.kesu.model.catalog.CatalogKind;
import cn.kesu.model.complaint.Category;
import cn.kesu.model.complaint.Channel;
import cn.kesu.model.complaint.CustomerRequest;
import cn.kesu.model.complaint.Disposition;
import cn.kesu.model.complaint.Outcome;
import cn.kesu.model.complaint.Severity;
import cn.kesu.model.complaint.SignatureMeaning;
import cn.kesu.model.complaint.Step;
import cn.kesu.model.settings.SettingKey;
import cn.kesu.model.user.Department;
import cn.kesu.model.user.Role;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;

/** Every text shown exists in Chinese and in English, and every enum shown on a screen has its label. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("cn/kesu/i18n/messages.properties"), keys("cn/kesu/i18n/messages_en.properties"));
        assertEquals(keys("ValidationMessages.properties"), keys("ValidationMessages_en.properties"));
    }

    /** A key written twice loses its first text without a word (Properties keeps the last). */
    @Test
    void noKeyIsWrittenTwice() throws IOException {
        for (String bundle : List.of("cn/kesu/i18n/messages.properties", "cn/kesu/i18n/messages_en.properties",
                "ValidationMessages.properties", "ValidationMessages_en.properties")) {
            List<String> keys = new java.util.ArrayList<>();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle);
                 var lines = new java.io.BufferedReader(new java.io.InputStreamReader(in,
                         java.nio.charset.StandardCharsets.UTF_8))) {
                lines.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                        .forEach(l -> keys.add(l.substring(0, l.indexOf('=')).strip()));
            }
            assertEquals(List.of(), keys.stream().filter(k -> java.util.Collections.frequency(keys, k) > 1).distinct()
                    .toList(), bundle + ": keys written twice");
        }
    }

    @Test
    void everyLabelledEnumConstantHasATextInBothLanguages() throws Exception {
        List<Class<? extends Enum<?>>> labelled = List.of(Step.class, SignatureMeaning.class, Channel.class,
                CustomerRequest.class, Category.class, Severity.class, Disposition.class, Outcome.class,
                CatalogKind.class, SettingKey.class, Department.class, Role.class, cn.kesu.model.calendar.DayKind.class,
                cn.kesu.model.complaint.LinkReason.class, cn.kesu.model.complaint.Satisfaction.class,
                cn.kesu.model.complaint.Ruling.class, cn.kesu.model.execution.AllowanceNoteStatus.class,
                cn.kesu.model.execution.ReturnNoteStatus.class, cn.kesu.model.deadline.SeverityReason.class,
                cn.kesu.model.penalty.PenaltyKind.class, cn.kesu.model.penalty.PenaltyStatus.class,
                cn.kesu.model.penalty.Sanction.class, cn.kesu.business.statistics.Dimension.class);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("cn.kesu.i18n.messages", locale);
            for (Class<? extends Enum<?>> type : labelled) {
                Method labelKey = type.getMethod("labelKey");
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = (String) labelKey.invoke(constant);
                    assertTrue(bundle.containsKey(key), locale + " lacks " + key);
                }
            }
        }
    }

    /** Issue 15, item 8: the history tab named fields by their paths (slip.partNo, qaCauseCode). */
    @Test
    void everyFieldTheHistoryShowsHasALabelInBothLanguages() {
        List<String> paths = cn.kesu.business.complaint.query.HistoryFields.paths(cn.kesu.model.complaint.Complaint.class);
        assertTrue(paths.contains("slip.partNo") && paths.contains("consolidation.goodsUnitPrice"), paths.toString());
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("cn.kesu.i18n.messages", locale);
            for (String path : paths) {
                String key = cn.kesu.business.complaint.query.HistoryFields.labelKey(path);
                assertTrue(bundle.containsKey(key), locale + " lacks the label of " + path + " (" + key + ")");
            }
        }
    }

    /** Every refusal a department bean can raise has its message, in both languages. */
    @Test
    void everyRefusalHasItsMessage() throws Exception {
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        List<String> missing = new java.util.ArrayList<>();
        try (var files = java.nio.file.Files.walk(classes)) {
            for (java.nio.file.Path file : (Iterable<java.nio.file.Path>) files::iterator) {
                String name = classes.relativize(file).toString();
                if (!name.endsWith("Exception.class") || name.contains("$")) {
                    continue;
                }
                Class<?> type = Class.forName(name.replace('/', '.').replace(".class", ""));
                if (cn.kesu.business.common.RuleViolation.class.isAssignableFrom(type)) {
                    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                        if (!ResourceBundle.getBundle("cn.kesu.i18n.messages", locale).containsKey("error." + type.getSimpleName())) {
                            missing.add(locale + " " + type.getSimpleName());
                        }
                    }
                }
            }
        }
        assertTrue(missing.isEmpty(), missing.toString());
    }

    @Test
    void chineseIsTheDefaultEvenOnAnEnglishServer() {
        Locale.setDefault(Locale.US);
        assertEquals("登录", ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.SIMPLIFIED_CHINESE).getString("login.title"));
        assertEquals("Sign in", ResourceBundle.getBundle("cn.kesu.i18n.messages", Locale.ENGLISH).getString("login.title"));
    }

    private static Set<String> keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
