package vn.camau.egov.exchange.domain;

import java.util.HashMap;
import java.util.Map;

/**
 * What edXML's BussinessDocType means. 0 is a new document everywhere; the numbers of a revocation,
 * an update and a replacement differ between SDK versions, so they are configuration
 * (egov.edxml.business-doc-types, "1=REVOKE,2=UPDATE,3=REPLACE" by default).
 */
public final class BusinessDocTypes {

    /** What a received document asks of the receiver. */
    public enum Meaning { NEW, REVOKE, UPDATE, REPLACE }

    private final Map<Integer, Meaning> meanings;

    private BusinessDocTypes(Map<Integer, Meaning> meanings) {
        this.meanings = meanings;
    }

    /**
     * @throws IllegalArgumentException naming the pair that is not "number=REVOKE|UPDATE|REPLACE"
     */
    public static BusinessDocTypes of(String mapping) {
        Map<Integer, Meaning> meanings = new HashMap<>();
        String m = mapping == null || mapping.isBlank() ? "1=REVOKE,2=UPDATE,3=REPLACE" : mapping;
        for (String pair : m.split(",")) {
            String[] kv = pair.strip().split("=", 2);
            try {
                int number = Integer.parseInt(kv[0].strip());
                Meaning meaning = Meaning.valueOf(kv[1].strip());
                if (number == 0 || meaning == Meaning.NEW) {
                    throw new IllegalArgumentException("0 is always a new document");
                }
                meanings.put(number, meaning);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("egov.edxml.business-doc-types: not number=REVOKE|UPDATE|REPLACE: "
                        + pair.strip(), e);
            }
        }
        return new BusinessDocTypes(Map.copyOf(meanings));
    }

    /** An unknown number is treated as a new document: nothing the sender sent is lost. */
    public Meaning meaningOf(int businessDocType) {
        return meanings.getOrDefault(businessDocType, Meaning.NEW);
    }
}
