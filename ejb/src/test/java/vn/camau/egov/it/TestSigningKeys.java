package vn.camau.egov.it;

import vn.camau.egov.dossier.infrastructure.SigningKeys;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Locale;

/**
 * A unit's signing key in a PKCS#12 keystore, configured the way level4.cli does it (the settings
 * are read on every call, so a test can switch them). {@link #close} removes it.
 */
public final class TestSigningKeys implements AutoCloseable {

    public static final String PASSWORD = "keystore-password-for-tests";

    private final Path keystore;
    private final X509Certificate certificate;

    private TestSigningKeys(Path keystore, X509Certificate certificate) {
        this.keystore = keystore;
        this.certificate = certificate;
    }

    public static TestSigningKeys install(String unitCode, String unitName) throws Exception {
        Path keystore = Files.createTempFile("egov-signing", ".p12");
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, PASSWORD.toCharArray());
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = SigningKeys.selfSigned(pair, unitName, "Ủy ban nhân dân tỉnh Cà Mau");
        store.setKeyEntry(unitCode.toLowerCase(Locale.ROOT), pair.getPrivate(), PASSWORD.toCharArray(),
                new Certificate[] {certificate});
        try (OutputStream out = Files.newOutputStream(keystore)) {
            store.store(out, PASSWORD.toCharArray());
        }
        System.setProperty("egov.signing.keystore", keystore.toString());
        System.setProperty("egov.signing.keystore-password", PASSWORD);
        return new TestSigningKeys(keystore, certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    @Override
    public void close() throws Exception {
        System.clearProperty("egov.signing.keystore");
        System.clearProperty("egov.signing.keystore-password");
        Files.deleteIfExists(keystore);
    }
}
