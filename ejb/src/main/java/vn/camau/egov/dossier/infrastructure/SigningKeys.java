package vn.camau.egov.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import vn.camau.egov.dossier.domain.DossierRefusedException;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.application.Settings;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each unit's signing key: from the keystore the province configures (PKCS#12, one entry per
 * unit, aliased by the unit's code in lower case), or in demo mode from a keystore of self-signed
 * keys made in the server's data folder on first use. A unit without a key cannot sign, and is
 * told so.
 */
@ApplicationScoped
public class SigningKeys {

    @Inject
    private Settings settings;

    /** The unit's key and certificate, ready to sign. */
    public synchronized KeyStore.PrivateKeyEntry of(Unit unit) {
        String alias = unit.getCode().toLowerCase(Locale.ROOT);
        try {
            if (!settings.signingKeystore().isEmpty()) {
                return entry(Path.of(settings.signingKeystore()), alias, settings.signingKeystorePassword())
                        .orElseThrow(() -> new DossierRefusedException("dossier.refused.noSigningKey", unit.getName()));
            }
            if (!settings.demo()) {
                throw new DossierRefusedException("dossier.refused.noSigningKey", unit.getName());
            }
            return demoKey(alias, unit.getName());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the signing keystore " + settings.signingKeystore(), e);
        }
    }

    /**
     * A keystore file as last read, and the entries taken from it. Reading a PKCS#12 file and
     * decrypting a key cost milliseconds of CPU (the password's key derivation), and every signed
     * status message of the interconnection asks for a key: the file is read again only when its
     * time or size changes, so a province replacing its keystore needs no restart.
     */
    private record Read(FileTime modified, long size, KeyStore store, Map<String, KeyStore.PrivateKeyEntry> entries) {
    }

    private final Map<Path, Read> read = new ConcurrentHashMap<>();

    private Read read(Path path, char[] password) throws IOException, GeneralSecurityException {
        BasicFileAttributes now = Files.readAttributes(path, BasicFileAttributes.class);
        Read last = read.get(path);
        if (last != null && last.modified().equals(now.lastModifiedTime()) && last.size() == now.size()) {
            return last;
        }
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password);
        }
        Read fresh = new Read(now.lastModifiedTime(), now.size(), store, new ConcurrentHashMap<>());
        read.put(path, fresh);
        return fresh;
    }

    private java.util.Optional<KeyStore.PrivateKeyEntry> entry(Path path, String alias, char[] password)
            throws IOException, GeneralSecurityException {
        Read r = read(path, password);
        KeyStore.PrivateKeyEntry known = r.entries().get(alias);
        if (known != null) {
            return java.util.Optional.of(known);
        }
        java.util.Optional<KeyStore.PrivateKeyEntry> found = entry(r.store(), alias, password);
        found.ifPresent(e -> r.entries().put(alias, e));
        return found;
    }

    private static java.util.Optional<KeyStore.PrivateKeyEntry> entry(KeyStore store, String alias, char[] password)
            throws GeneralSecurityException {
        if (!store.isKeyEntry(alias)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of((KeyStore.PrivateKeyEntry) store.getEntry(alias, new KeyStore.PasswordProtection(password)));
    }

    // --- demo mode -----------------------------------------------------------------------------

    /**
     * Whether the unit has a key to sign with. For what is only best-effort (an answer to a rejected
     * message, a record for the national portal): asking {@link #of} would refuse, and a refusal
     * rolls the caller's transaction back.
     */
    public boolean has(Unit unit) {
        try {
            of(unit);
            return true;
        } catch (vn.camau.egov.shared.domain.BusinessException e) {
            return false;
        }
    }

    /**
     * The demo's sandbox agencies (the other side of the sandbox hub) keep their keys in the demo
     * keystore too, under their own alias. Demo mode only.
     */
    public synchronized KeyStore.PrivateKeyEntry sandboxKey(String alias, String name) {
        if (!settings.demo()) {
            throw new IllegalStateException("sandbox keys exist in demo mode only");
        }
        try {
            return demoKey("sandbox-" + alias, name);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the demo keystore", e);
        }
    }

    private KeyStore.PrivateKeyEntry demoKey(String alias, String subject) throws IOException, GeneralSecurityException {
        Path folder = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "egov");
        Path file = folder.resolve("demo-signing.p12");
        Path passwordFile = folder.resolve("demo-signing.password");
        Files.createDirectories(folder);
        char[] password;
        KeyStore store;
        if (Files.exists(file) && Files.exists(passwordFile)) {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip().toCharArray();
            java.util.Optional<KeyStore.PrivateKeyEntry> known = entry(file, alias, password);
            if (known.isPresent()) {
                return known.get();
            }
            store = read(file, password).store();
        } else {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = HexFormat.of().formatHex(random).toCharArray();
            store = KeyStore.getInstance("PKCS12");
            store.load(null, password);
            Files.writeString(passwordFile, new String(password), StandardCharsets.UTF_8);
        }
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        X509Certificate certificate = selfSigned(pair, subject, settings.provinceName());
        store.setKeyEntry(alias, pair.getPrivate(), password, new Certificate[] {certificate});
        // written aside and moved, so a crash never leaves half a keystore
        Path written = folder.resolve("demo-signing.p12.new");
        try (OutputStream out = Files.newOutputStream(written)) {
            store.store(out, password);
        }
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return entry(store, alias, password).orElseThrow();
    }

    public static X509Certificate selfSigned(KeyPair pair, String unitName, String provinceName) throws GeneralSecurityException {
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, unitName)
                .addRDN(BCStyle.O, provinceName).addRDN(BCStyle.C, "VN").build();
        Instant now = Instant.now();
        try {
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofDays(1))),
                    Date.from(now.plus(Duration.ofDays(5 * 365))), name, pair.getPublic());
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            return new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
        } catch (org.bouncycastle.operator.OperatorCreationException | org.bouncycastle.cert.CertIOException e) {
            throw new GeneralSecurityException(e);
        }
    }
}
