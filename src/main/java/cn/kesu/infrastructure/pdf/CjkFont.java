package cn.kesu.infrastructure.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Noto Sans SC, shipped in the WAR from the build (never installed on the server or fetched at run
 * time), embedded as a subset with Identity-H so every reader shows the Chinese as written.
 */
final class CjkFont {

    private static final String RESOURCE = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    private static final BaseFont BASE = load();

    private CjkFont() {
    }

    static Font of(float size) {
        return new Font(BASE, size);
    }

    static Font bold(float size) {
        return new Font(BASE, size, Font.BOLD);
    }

    static BaseFont base() {
        return BASE;
    }

    private static BaseFont load() {
        try (InputStream in = CjkFont.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.lowagie.text.DocumentException e) {
            throw new IllegalStateException(e);
        }
    }
}
