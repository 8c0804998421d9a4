package cn.kesu.infrastructure.pdf;

import cn.kesu.infrastructure.security.FirstAdministrator;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
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
import java.util.Map;
import java.util.logging.Logger;

/**
 * The company's signing key and certificate. Production names a PKCS#12 keystore by
 * {@code KESU_SIGNING_KEYSTORE}, {@code KESU_SIGNING_PASSWORD} (required: never empty) and optionally
 * {@code KESU_SIGNING_ALIAS} — in a cluster, every node names the same keystore; without them a production server
 * refuses to start, because slips signed by a key nobody controls prove nothing. Only a demo server (the demo
 * switch) makes a self-signed demo key, once, and keeps it in the shared database ({@link SharedDemoKey}), so that
 * every node signs with it and slips signed before a restart still verify. A demo key an earlier version kept in
 * the server's data directory is the one kept, so its slips verify too.
 */
record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    private static final String DEMO_PASSWORD = "kesu-demo-signing";
    private static final String LEGACY_DEMO_FILE = "kesu-signing-demo.p12";

    static SigningKey load(SharedDemoKey shared) {
        return load(System.getenv(), FirstAdministrator.demoMode(),
                Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))), shared);
    }

    static SigningKey load(Map<String, String> environment, boolean demo, Path dataDirectory, SharedDemoKey shared) {
        String path = environment.get("KESU_SIGNING_KEYSTORE");
        String password = environment.get("KESU_SIGNING_PASSWORD");
        if (path != null && !path.isBlank() && (password == null || password.isEmpty())) {
            throw new IllegalStateException("客诉: KESU_SIGNING_KEYSTORE is set but KESU_SIGNING_PASSWORD is not;"
                    + " the signing keystore must have a password");
        }
        if ((path == null || path.isBlank()) && !demo) {
            throw new IllegalStateException("客诉: no company signing key. Set KESU_SIGNING_KEYSTORE (a PKCS#12"
                    + " keystore with the company's key and certificate) and KESU_SIGNING_PASSWORD for the server;"
                    + " only a demo server (-Dkesu.demo=true) signs with a self-made demo key");
        }
        try {
            if (path != null && !path.isBlank()) {
                try (InputStream in = Files.newInputStream(Path.of(path))) {
                    return fromKeystore(in.readAllBytes(), password.toCharArray(), environment.get("KESU_SIGNING_ALIAS"));
                }
            }
            byte[] keystore = shared.stored();
            if (keystore == null) {
                Path legacy = dataDirectory.resolve(LEGACY_DEMO_FILE);
                keystore = shared.keep(Files.exists(legacy) ? Files.readAllBytes(legacy) : createDemo());
            }
            return fromKeystore(keystore, DEMO_PASSWORD.toCharArray(), null);
        } catch (Exception e) {
            throw new IllegalStateException("客诉: cannot load the PDF signing key", e);
        }
    }

    private static SigningKey fromKeystore(byte[] keystore, char[] password, String alias) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(new ByteArrayInputStream(keystore), password);
        String name = alias != null && !alias.isBlank() ? alias : store.aliases().nextElement();
        return new SigningKey((PrivateKey) store.getKey(name, password), (X509Certificate) store.getCertificate(name));
    }

    private static byte[] createDemo() throws Exception {
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, DEMO_PASSWORD.toCharArray());
        LOG.warning("客诉: no KESU_SIGNING_KEYSTORE set; made a self-signed demo signing key, kept in the database");
        return out.toByteArray();
    }
}
