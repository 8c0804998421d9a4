package cn.kesu.infrastructure.pdf;

import cn.kesu.infrastructure.security.FirstAdministrator;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
 * {@code KESU_SIGNING_ALIAS}; without them a production server refuses to start, because slips signed by a
 * key nobody controls prove nothing. Only a demo server (the demo switch) creates a self-signed demo key
 * once in its data directory, readable by the server's account only, and keeps it so that slips signed
 * before a restart still verify.
 */
record SigningKey(PrivateKey privateKey, X509Certificate certificate) {

    private static final Logger LOG = Logger.getLogger(SigningKey.class.getName());
    private static final String DEMO_PASSWORD = "kesu-demo-signing";

    static SigningKey load() {
        return load(System.getenv(), FirstAdministrator.demoMode(),
                Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"))));
    }

    static SigningKey load(Map<String, String> environment, boolean demo, Path dataDirectory) {
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
                return fromKeystore(Path.of(path), password.toCharArray(), environment.get("KESU_SIGNING_ALIAS"));
            }
            Path demoKey = dataDirectory.resolve("kesu-signing-demo.p12");
            if (!Files.exists(demoKey)) {
                createDemo(demoKey);
            }
            return fromKeystore(demoKey, DEMO_PASSWORD.toCharArray(), null);
        } catch (Exception e) {
            throw new IllegalStateException("客诉: cannot load the PDF signing key", e);
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
        // Created readable and writable by the server's account only, before a byte of the key is written.
        Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (OutputStream out = Files.newOutputStream(path)) {
            store.store(out, DEMO_PASSWORD.toCharArray());
        }
        LOG.warning(() -> "客诉: no KESU_SIGNING_KEYSTORE set; created a self-signed demo signing key at " + path);
    }
}
