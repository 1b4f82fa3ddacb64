package vn.camau.egov.dossier.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import vn.camau.egov.organization.domain.Unit;
import vn.camau.egov.shared.domain.InvalidInputException;
import vn.camau.egov.shared.domain.VietnamTime;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Signs a result PDF with its unit's key as PAdES (baseline B: a detached CAdES signature in the
 * PDF, with the signing certificate bound by ESS signing-certificate-v2 and the time in the
 * signature dictionary), and checks such a signature.
 */
@ApplicationScoped
public class ResultSigner {

    /** A signed PDF and who signed it (the certificate's subject). */
    public record Signed(byte[] pdf, String signer) {
    }

    @Inject
    private SigningKeys keys;

    /**
     * @throws InvalidInputException (field "result") when the PDF cannot be read, or is encrypted
     */
    public Signed sign(byte[] pdf, Unit unit, Instant at) {
        KeyStore.PrivateKeyEntry key = keys.of(unit);
        X509Certificate certificate = (X509Certificate) key.getCertificate();
        PDDocument document;
        try {
            document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new InvalidInputException("result", "dossier.result.unreadable");
        }
        try (document) {
            if (document.isEncrypted()) {
                throw new InvalidInputException("result", "dossier.result.unreadable");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(unit.getName());
            signature.setLocation("Cà Mau");
            signature.setReason("Kết quả giải quyết thủ tục hành chính");
            Calendar when = Calendar.getInstance(TimeZone.getTimeZone(VietnamTime.ZONE));
            when.setTimeInMillis(at.toEpochMilli());
            signature.setSignDate(when);
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 20_000);
                document.saveIncremental(out);
                return new Signed(out.toByteArray(), certificate.getSubjectX500Principal().getName());
            }
        } catch (IOException e) {
            // the file was read: what failed is the key or the signing, not the official's PDF
            throw new IllegalStateException("cannot sign a result with the key of " + unit.getCode(), e);
        }
    }

    /** The detached CMS signature over the signed byte ranges, as PAdES B-B wants its attributes. */
    private static byte[] cms(byte[] content, KeyStore.PrivateKeyEntry key) throws IOException {
        try {
            X509Certificate certificate = (X509Certificate) key.getCertificate();
            X509CertificateHolder holder = new JcaX509CertificateHolder(certificate);
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256),
                    MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()),
                    new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())), holder.getSerialNumber()));
            AttributeTable signingCertificate = new AttributeTable(new Attribute(
                    PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(new SigningCertificateV2(id))));
            DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(signingCertificate);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    // PAdES: the claimed time is the dictionary's, not a CMS signing-time attribute
                    .setSignedAttributeGenerator(parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime))
                    .build(new JcaContentSignerBuilder(algorithm(key)).build(key.getPrivateKey()), certificate));
            // the whole chain, so a verifier can follow it to the issuing authority
            generator.addCertificates(new JcaCertStore(java.util.Arrays.asList(key.getCertificateChain())));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot sign", e);
        }
    }

    private static String algorithm(KeyStore.PrivateKeyEntry key) {
        return switch (key.getPrivateKey().getAlgorithm()) {
            case "EC" -> "SHA256withECDSA";
            case "RSA" -> "SHA256withRSA";
            default -> throw new IllegalStateException("a signing key is RSA or EC, not " + key.getPrivateKey().getAlgorithm());
        };
    }

    /**
     * Checks the PDF's signature that covers the whole file: it must cover the whole file and verify against the
     * certificate it carries.
     *
     * @return the signer (the certificate's subject), or empty when unsigned, altered or unreadable
     */
    public Optional<String> verify(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // the one signature whose byte ranges reach the end of the file: anything appended
            // after a signature leaves the file without one
            PDSignature signature = document.getSignatureDictionaries().stream().filter(s -> {
                int[] range = s.getByteRange();
                return range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
            }).findFirst().orElse(null);
            if (signature == null) {
                return Optional.empty();
            }
            ContentInfo signed;
            try (ASN1InputStream in = new ASN1InputStream(signature.getContents(pdf))) {
                // the signature is the first DER object of /Contents; zeros pad the rest of the space the
                // signer reserved, which Bouncy Castle (since 1.82) refuses as extra data if given it all
                signed = ContentInfo.getInstance(in.readObject());
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), signed);
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                var matches = cms.getCertificates().getMatches(signer.getSID());
                for (Object match : matches) {
                    X509CertificateHolder certificate = (X509CertificateHolder) match;
                    if (signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate))) {
                        return Optional.of(new javax.security.auth.x500.X500Principal(certificate.getSubject().getEncoded())
                                .getName());
                    }
                }
            }
            return Optional.empty();
        } catch (IOException | CMSException | GeneralSecurityException | OperatorCreationException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
