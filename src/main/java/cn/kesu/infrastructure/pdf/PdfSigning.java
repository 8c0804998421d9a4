package cn.kesu.infrastructure.pdf;

import cn.kesu.infrastructure.security.FirstAdministrator;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.AcroFields;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfSignature;
import com.lowagie.text.pdf.PdfSignatureAppearance;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfString;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs every PDF the system issues (PAdES baseline B: ETSI.CAdES.detached, SHA-256 with RSA, the
 * ESS signing-certificate-v2 attribute, signing time in the signature dictionary). One changed byte
 * of the signed ranges breaks the signature in any PDF reader.
 */
@ApplicationScoped
public class PdfSigning {

    private static final int SIGNATURE_BYTES = 16 * 1024;

    @Inject
    SharedDemoKey sharedDemoKey;

    private volatile SigningKey key;

    public PdfSigning() {
    }

    /** Signing outside the server (tests, benchmarks): the demo key kept where {@code shared} keeps it. */
    public PdfSigning(SharedDemoKey shared) {
        this.sharedDemoKey = shared;
    }

    public byte[] sign(byte[] pdf, String reason) {
        SigningKey signingKey = key();
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_BYTES * 2 + 4096);
            PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0');
            PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            Calendar now = Calendar.getInstance();
            appearance.setSignDate(now);
            appearance.setReason(reason);
            appearance.setLocation("客诉 Kesu");
            appearance.setVisibleSignature(new Rectangle(0, 0, 0, 0), 1, "kesu-signature");
            PdfSignature dictionary = new PdfSignature(PdfName.ADOBE_PPKLITE, new PdfName("ETSI.CAdES.detached"));
            dictionary.setReason(reason);
            dictionary.setLocation("客诉 Kesu");
            dictionary.setDate(new PdfDate(now));
            dictionary.setName(signingKey.certificate().getSubjectX500Principal().getName());
            appearance.setCryptoDictionary(dictionary);
            Map<PdfName, Integer> reserved = new HashMap<>();
            reserved.put(PdfName.CONTENTS, SIGNATURE_BYTES * 2 + 2);
            appearance.preClose(reserved);

            byte[] cms = cms(appearance.getRangeStream().readAllBytes(), signingKey);
            byte[] padded = new byte[SIGNATURE_BYTES];
            System.arraycopy(cms, 0, padded, 0, cms.length);
            PdfDictionary contents = new PdfDictionary();
            contents.put(PdfName.CONTENTS, new PdfString(padded).setHexWriting(true));
            appearance.close(contents);
            return out.toByteArray();
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot sign the PDF", e);
        }
    }

    /** The detached CMS over the signed byte ranges, without a signing-time attribute (PAdES puts it in /M). */
    private static byte[] cms(byte[] signedRanges, SigningKey key) {
        try {
            byte[] certificateHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            Attribute signingCertificate = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{new ESSCertIDv2(certificateHash)})));
            ASN1EncodableVector attributes = new ASN1EncodableVector();
            attributes.add(signingCertificate);
            DefaultSignedAttributeTableGenerator withoutSigningTime =
                    new DefaultSignedAttributeTableGenerator(new AttributeTable(attributes)) {
                        @Override
                        public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
                        }
                    };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutSigningTime)
                    .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
            generator.addCertificates(new JcaCertStore(List.of(key.certificate())));
            // DER, not BER: readers parse the zero-padded /Contents as one definite-length object.
            byte[] encoded = generator.generate(new CMSProcessableByteArray(signedRanges), false)
                    .getEncoded(ASN1Encoding.DER);
            if (encoded.length > SIGNATURE_BYTES) {
                throw new IllegalStateException("signature larger than the space reserved");
            }
            return encoded;
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the CMS signature", e);
        }
    }

    /**
     * Checks a PDF someone brings back: the last signature must cover the whole file, match the signed
     * bytes, and be made with the company's current certificate.
     */
    public SignatureCheck check(byte[] pdf) {
        Map<String, String> info = new HashMap<>();
        try {
            PdfReader reader = new PdfReader(pdf);
            reader.getInfo().forEach((k, v) -> info.put(String.valueOf(k), String.valueOf(v)));
            AcroFields fields = reader.getAcroFields();
            List<String> names = new ArrayList<>(fields.getSignatureTypes().keySet());
            if (names.isEmpty()) {
                return new SignatureCheck(false, false, false, null, null, info);
            }
            PdfDictionary signature = fields.getSignatureDictionary(names.get(names.size() - 1));
            PdfArray range = signature.getAsArray(PdfName.BYTERANGE);
            int[] r = new int[4];
            for (int i = 0; i < 4; i++) {
                r[i] = range.getAsNumber(i).intValue();
            }
            boolean wholeFile = r[0] == 0 && r[2] + r[3] == pdf.length;
            byte[] signed = new byte[r[1] + r[3]];
            System.arraycopy(pdf, r[0], signed, 0, r[1]);
            System.arraycopy(pdf, r[2], signed, r[1], r[3]);
            ContentInfo content;
            try (ASN1InputStream in = new ASN1InputStream(
                    signature.getAsString(PdfName.CONTENTS).getOriginalBytes())) {
                content = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(
                    new CMSProcessableByteArray(signed), content);
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates =
                    cms.getCertificates().getMatches(signer.getSID());
            X509CertificateHolder certificate = certificates.iterator().next();
            boolean intact = wholeFile && signer.verify(
                    new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            boolean companyKey = Arrays.equals(certificate.getEncoded(), key().certificate().getEncoded());
            PdfString date = signature.getAsString(PdfName.M);
            Instant at = date == null ? null : PdfDate.decode(date.toString()).toInstant();
            return new SignatureCheck(true, intact, companyKey, certificate.getSubject().toString(), at, info);
        } catch (Exception unreadableOrTampered) {
            return new SignatureCheck(!info.isEmpty(), false, false, null, null, info);
        }
    }

    /**
     * A production server without its keystore stops at start. A demo server's key lives in the database, which
     * the schema migration may not have made yet at this point: it is loaded when first needed.
     */
    void loadAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        if (!FirstAdministrator.demoMode()) {
            key();
        }
    }

    public X509Certificate certificate() {
        return key().certificate();
    }

    private SigningKey key() {
        SigningKey loaded = key;
        if (loaded == null) {
            synchronized (this) {
                if (key == null) {
                    key = SigningKey.load(sharedDemoKey);
                }
                loaded = key;
            }
        }
        return loaded;
    }

}
