package cn.kesu.infrastructure.pdf;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.logging.Logger;

/**
 * The company's signing key and certificate. Production names a PKCS#12 keystore by
 * {@code KESU_SIGNING_KEYSTORE}, {@code KESU_SIGNING_PASSWORD} and optionally {@code KESU_SIGNING_ALIAS}
 * (wildfly-config passes them through). Without one, a self-signed demo key is created once in the
 * server's data directory and kept there, so slips signed before a restart still verify.
 */
record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    private static final String DEMO_PASSWORD = "kesu-demo-signing";

    static SigningKey load() {
        String path = System.getenv("KESU_SIGNING_KEYSTORE");
        try {
            if (path != null && !path.isBlank()) {
                return fromKeystore(Path.of(path), System.getenv().getOrDefault("KESU_SIGNING_PASSWORD", "").toCharArray(),
                        System.getenv("KESU_SIGNING_ALIAS"));
            }
            Path demo = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")),
                    "kesu-signing-demo.p12");
            if (!Files.exists(demo)) {
                createDemo(demo);
            }
            return fromKeystore(demo, DEMO_PASSWORD.toCharArray(), null);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the PDF signing key", e);
        }
    }

    private static SigningKey fromKeystore(Path path, char[] password, String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        String name = alias != null && !alias.isBlank() ? alias : store.aliases().nextElement();
        return new SigningKey((PrivateKey) store.getKey(name, password), (X509Certificate) store.getCertificate(name));
    }

    private static synchronized void createDemo(Path path) throws Exception {
        if (Files.exists(path)) {
            return;
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=客诉 Demo Signing,O=Kesu Demo,C=CN");
        Instant now = Instant.now();
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                subject, BigInteger.valueOf(now.toEpochMilli()), Date.from(now.minus(1, ChronoUnit.DAYS)),
                Date.from(now.plus(3650, ChronoUnit.DAYS)), subject, pair.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("kesu", pair.getPrivate(), DEMO_PASSWORD.toCharArray(), new Certificate[]{certificate});
        Files.createDirectories(path.getParent());
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, DEMO_PASSWORD.toCharArray());
        }
        LOG.warning(() -> "客诉: no KESU_SIGNING_KEYSTORE set; created a self-signed demo signing key at " + path);
    }
}
