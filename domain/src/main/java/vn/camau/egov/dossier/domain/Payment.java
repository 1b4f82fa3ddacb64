package vn.camau.egov.dossier.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.camau.egov.shared.domain.VietnamTime;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One attempt to pay a dossier's fees online. The provider is sent the reference and the amount;
 * its signed answer settles the attempt once: paid (the dossier records the payment) or failed.
 * Later answers for a settled attempt change nothing. Payments are kept for the daily
 * reconciliation with the provider's statement.
 */
@Entity
@Table(name = "payment")
@NamedQuery(name = "Payment.findByReference", query = "SELECT p FROM Payment p WHERE p.reference = :reference")
@NamedQuery(name = "Payment.countForDossier", query = "SELECT COUNT(p) FROM Payment p WHERE p.dossier = :dossier")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 50)
    private Long id;

    @Version
    private long version;

    /** Ours, sent to the provider and echoed back: the dossier code and the attempt number. */
    @Column(nullable = false, unique = true, length = 80, updatable = false)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "dossier_id", nullable = false, updatable = false)
    private Dossier dossier;

    /** The dossier's unit, kept here so a unit's reconciliation needs no join. */
    @Column(name = "unit_code", nullable = false, length = 32, updatable = false)
    private String unitCode;

    /** In đồng. */
    @Column(nullable = false, updatable = false)
    private long amount;

    @Column(nullable = false, length = 32, updatable = false)
    private String provider;

    @Column(name = "payer_username", nullable = false, length = 64, updatable = false)
    private String payerUsername;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private PaymentStatus status;

    @Column(name = "provider_transaction", length = 64)
    private String providerTransaction;

    @Column(name = "bank_code", length = 32)
    private String bankCode;

    /** The provider's answer code for a failed attempt. */
    @Column(name = "failure_code", length = 8)
    private String failureCode;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "settled_at")
    private Instant settledAt;

    /** The day (Vietnam time) the attempt was settled: the reconciliation's key. */
    @Column(name = "settled_on")
    private LocalDate settledOn;

    protected Payment() {
        // for JPA
    }

    public Payment(Dossier dossier, int attempt, String provider, String payerUsername, Instant now) {
        this.dossier = Objects.requireNonNull(dossier);
        this.reference = dossier.getCode() + "-" + attempt;
        this.unitCode = dossier.getUnit().getCode();
        this.amount = dossier.getFeeTotal();
        this.provider = Objects.requireNonNull(provider);
        this.payerUsername = Objects.requireNonNull(payerUsername);
        this.status = PaymentStatus.PENDING;
        this.createdAt = Objects.requireNonNull(now);
    }

    /**
     * The provider says the money arrived.
     *
     * @throws IllegalStateException when this attempt was already settled (the caller answers "already confirmed")
     * @throws IllegalArgumentException when the amount is not the one asked (the caller answers "invalid amount")
     */
    public void paid(long paidAmount, String transaction, String bank, Instant now) {
        requirePending();
        if (paidAmount != amount) {
            throw new IllegalArgumentException("amount " + paidAmount + " is not " + amount);
        }
        settle(PaymentStatus.PAID, transaction, bank, null, now);
    }

    /** The provider says the payer cancelled or the payment failed, with its code. */
    public void failed(String transaction, String code, Instant now) {
        requirePending();
        settle(PaymentStatus.FAILED, transaction, null, code, now);
    }

    private void requirePending() {
        if (status.isSettled()) {
            throw new IllegalStateException("payment " + reference + " is already " + status);
        }
    }

    private void settle(PaymentStatus to, String transaction, String bank, String code, Instant now) {
        this.status = to;
        this.providerTransaction = transaction;
        this.bankCode = bank;
        this.failureCode = code;
        this.settledAt = Objects.requireNonNull(now);
        this.settledOn = VietnamTime.dateOf(now);
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Dossier getDossier() {
        return dossier;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public long getAmount() {
        return amount;
    }

    public String getProvider() {
        return provider;
    }

    public String getPayerUsername() {
        return payerUsername;
    }

    public PaymentStatus getStatus() {
        return status;
    }

    public String getProviderTransaction() {
        return providerTransaction;
    }

    public String getBankCode() {
        return bankCode;
    }

    public String getFailureCode() {
        return failureCode;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public LocalDate getSettledOn() {
        return settledOn;
    }
}
