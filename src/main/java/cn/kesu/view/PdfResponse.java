package cn.kesu.view;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** How every signed form is handed to the browser: a PDF download under the file name given. */
public final class PdfResponse {

    private PdfResponse() {
    }

    /** {@code fileName} without ".pdf", e.g. "kesu-slip-17". */
    public static void send(HttpServletResponse response, byte[] pdf, String fileName) throws IOException {
        response.setContentType("application/pdf");
        response.setContentLength(pdf.length);
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + ".pdf\"");
        response.getOutputStream().write(pdf);
    }
}
