package vn.camau.egov.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One input of a procedure's online form (tờ khai trực tuyến): a key the answers are stored under,
 * the label the applicant reads, its type, whether it is required, and for a choice its options.
 */
@Embeddable
public class FormField implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEY = Pattern.compile("[a-z][a-zA-Z0-9]{0,39}");

    @Column(name = "field_key", nullable = false, length = 40)
    private String key;

    @Column(name = "label", nullable = false, length = 500)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type", nullable = false, length = 16)
    private FieldType type;

    @Column(name = "required", nullable = false)
    private boolean required;

    /** Options of a choice, separated by "|". */
    @Column(name = "options", length = 2000)
    private String options;

    protected FormField() {
        // for JPA
    }

    public FormField(String key, String label, FieldType type, boolean required, List<String> options) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a form field key is a letter then letters or digits: " + key);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("a form field needs a label");
        }
        if (type == FieldType.CHOICE && (options == null || options.isEmpty())) {
            throw new IllegalArgumentException("a choice needs options");
        }
        this.key = key;
        this.label = label;
        this.type = Objects.requireNonNull(type);
        this.required = required;
        this.options = options == null || options.isEmpty() ? null : String.join("|", options);
    }

    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public List<String> getOptions() {
        return options == null ? List.of() : Arrays.asList(options.split("\\|"));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FormField other && key.equals(other.key) && label.equals(other.label)
                && type == other.type && required == other.required && Objects.equals(options, other.options);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, label, type, required, options);
    }
}
