package vn.camau.egov.shared.domain;

import java.io.Serializable;

/**
 * Which slice of a list to read. Every list that grows with data is read one bounded page at a
 * time; the size is capped so no request can ask for the whole table.
 */
public record PageRequest(int page, int size) implements Serializable {

    public static final int MAX_SIZE = 100;

    public PageRequest {
        if (page < 0) {
            page = 0;
        }
        if (size < 1) {
            size = 20;
        }
        size = Math.min(size, MAX_SIZE);
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size);
    }

    public int offset() {
        return page * size;
    }
}
