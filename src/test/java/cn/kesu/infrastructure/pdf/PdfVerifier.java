package cn.kesu.infrastructure.pdf;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

import java.io.IOException;
import java.security.cert.CertificateException;
import java.util.Collection;

/**
 * Reads slips back the way an auditor's tools do, with PDFBox and BouncyCastle rather than the library
 * that wrote them: the text, and whether the PAdES signature still matches the bytes.
 */
public final class PdfVerifier {

    private PdfVerifier() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    public static String subFilter(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getLastSignatureDictionary().getSubFilter();
        }
    }

    /**
     * True when the signature covers the whole file but its own value and the signed bytes are unchanged;
     * false when the bytes were changed after signing. A file that is no PDF or carries no readable
     * signature is an error, not a "false": a test for tampering must not pass because the verifier failed.
     */
    public static boolean signatureValid(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDSignature signature = document.getLastSignatureDictionary();
            if (signature == null) {
                throw new IOException("the PDF carries no signature");
            }
            int[] range = signature.getByteRange();
            if (range[2] + range[3] != pdf.length) {
                return false;
            }
            // /Contents is zero-padded to the reserved size: read the one CMS object at its start.
            ContentInfo info;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                info = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), info);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificates.iterator().next()));
        } catch (CMSSignerDigestMismatchException changedAfterSigning) {
            return false;
        } catch (CMSException | OperatorCreationException | CertificateException e) {
            throw new IOException("the signature cannot be read", e);
        }
    }

    /**
     * The signed file with one character of its producer entry changed: still a PDF that opens and reads,
     * but no longer the bytes that were signed.
     */
    public static byte[] withOneSignedByteChanged(byte[] signed) {
        byte[] marker = "/Producer(".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (int i = 0; i <= signed.length - marker.length; i++) {
            if (java.util.Arrays.equals(signed, i, i + marker.length, marker, 0, marker.length)) {
                byte[] tampered = signed.clone();
                int inside = i + marker.length;
                tampered[inside] = (byte) (tampered[inside] == 'X' ? 'Y' : 'X');
                return tampered;
            }
        }
        throw new IllegalArgumentException("the file names no producer");
    }
}
