package vn.camau.egov.exchange.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.organization.domain.AgencyId;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Another agency the province exchanges with (a ministry, another province, the national portal):
 * its identifier, name, the queue on the hub that reaches it, and the certificate its messages are
 * signed with. Kept by the provincial administrator.
 */
@Entity
@Table(name = "exchange_peer")
public class Peer {

    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._\\-]{1,200}");

    @Id
    @Column(name = "agency_id", length = 16)
    private String agencyId;

    @Version
    private long version;

    @Column(nullable = false, length = 255)
    private String name;

    /** The queue on the central hub that delivers to this agency. */
    @Column(nullable = false, length = 200)
    private String address;

    /** The agency's signing certificate (DER); without it, its messages' signatures cannot be checked. */
    @Lob
    @Column(name = "certificate")
    private byte[] certificate;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Peer() {
        // for JPA
    }

    public Peer(String agencyId, String name, String address, byte[] certificate, Instant now) {
        if (!AgencyId.isValid(agencyId)) {
            throw new IllegalArgumentException("not an agency identifier: " + agencyId);
        }
        this.agencyId = agencyId;
        this.active = true;
        change(name, address, certificate, now);
    }

    public void change(String name, String address, byte[] certificate, Instant now) {
        if (name == null || name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("a peer needs a name");
        }
        if (!isValidAddress(address)) {
            throw new IllegalArgumentException("not a queue address: " + address);
        }
        if (certificate != null) {
            parse(certificate);
        }
        this.name = name.strip();
        this.address = address;
        this.certificate = certificate == null ? null : certificate.clone();
        this.updatedAt = Objects.requireNonNull(now);
    }

    public static boolean isValidAddress(String address) {
        return address != null && ADDRESS.matcher(address).matches();
    }

    public void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    /** The certificate, if the agency gave one. */
    public java.util.Optional<X509Certificate> certificate() {
        return certificate == null ? java.util.Optional.empty() : java.util.Optional.of(parse(certificate));
    }

    /**
     * @throws IllegalArgumentException when the bytes are not an X.509 certificate
     */
    public static X509Certificate parse(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("not an X.509 certificate", e);
        }
    }

    public String getAgencyId() {
        return agencyId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public boolean isActive() {
        return active;
    }

    public boolean hasCertificate() {
        return certificate != null;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
