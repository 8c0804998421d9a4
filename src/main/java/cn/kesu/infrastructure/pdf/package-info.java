/**
 * PDF documents of 客诉 (OpenPDF, embedded Noto Sans SC) and their PAdES signature with the company
 * key. A new document is one small subclass of {@link PdfDocument}.
 */
package cn.kesu.infrastructure.pdf;
