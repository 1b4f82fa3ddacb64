package vn.camau.egov.shared.domain;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** One page of a list and the total count, for paging controls. */
public record Page<T>(List<T> items, long total, PageRequest request) implements Serializable {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), total, request);
    }

    public int pageCount() {
        return (int) ((total + request.size() - 1) / request.size());
    }
}
